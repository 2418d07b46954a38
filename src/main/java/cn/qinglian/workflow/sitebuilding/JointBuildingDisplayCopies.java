package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The facts a 联建 task shows and the terms its revise form is filled in with are copies of
 * site_agreement, where the revision is written: engine history keeps no second copy.
 */
@Component
class JointBuildingDisplayCopies implements DisplayCopies {

    private static final Set<String> COPIES = Set.of(
            JointBuildingTaskPresentation.VAR_AGREEMENT_FACTS,
            JointBuildingProcess.VAR_REVISED_CONTENT,
            JointBuildingProcess.VAR_REVISED_FROM,
            JointBuildingProcess.VAR_REVISED_TO);

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return JointBuildingProcess.PROCESS_KEY.equals(processDefinitionKey) && COPIES.contains(variableName);
    }
}
