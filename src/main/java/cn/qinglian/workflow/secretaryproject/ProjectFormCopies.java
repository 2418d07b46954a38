package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the project's forms carry into the ledger (the proposal, a report, the panel, the scores, the
 * self-assessment) is moved into its tables by the step's own listener and removed from the process in the
 * same transaction; the facts its tasks show are read from the ledger. Engine history keeps none of them.
 */
@Component
class ProjectFormCopies implements DisplayCopies {

    private static final Set<String> COPIES = copies();

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return ProjectProcess.PROCESS_KEY.equals(processDefinitionKey) && COPIES.contains(variableName);
    }

    private static Set<String> copies() {
        Set<String> names = new HashSet<>(ProjectVariables.proposalCopies());
        names.addAll(ProjectVariables.reportFields());
        names.addAll(ProjectVariables.panelFields());
        names.addAll(ProjectVariables.scoreFields());
        names.add(ProjectProcess.VAR_SELF_ASSESSMENT);
        names.addAll(ProjectTaskPresentation.FACTS);
        return Set.copyOf(names);
    }
}
