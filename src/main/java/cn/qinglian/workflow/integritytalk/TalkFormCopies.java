package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Confidentiality at the engine: every field a talk's forms submit (the plan's reason, the record, a
 * statement, a reply, an assessment, a follow-up) is moved into the ledger by the step's own listener and
 * removed from the process in the same transaction, and the facts its tasks show are task-local copies
 * of the ledger. None of them is ever written to engine history.
 */
@Component
class TalkFormCopies implements DisplayCopies {

    private static final Set<String> COPIES = copies();

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return TalkProcess.PROCESS_KEY.equals(processDefinitionKey) && COPIES.contains(variableName);
    }

    private static Set<String> copies() {
        Set<String> names = new HashSet<>(TalkVariables.allFormFields());
        names.addAll(TalkTaskPresentation.FACTS);
        return Set.copyOf(names);
    }
}
