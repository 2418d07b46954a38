package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import org.springframework.stereotype.Component;

/** The leave task's facts are read from the ledger when the task is created; history keeps no copy. */
@Component
class LeaveFormCopies implements DisplayCopies {

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return LeaveProcess.PROCESS_KEY.equals(processDefinitionKey)
                && LeaveTaskPresentation.VAR_LEAVE_FACTS.equals(variableName);
    }
}
