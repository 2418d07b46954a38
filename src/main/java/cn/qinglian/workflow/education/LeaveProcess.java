package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of processes/education-leave.bpmn (请假审批). */
public final class LeaveProcess {

    public static final String PROCESS_KEY = "educationLeave";
    public static final String BUSINESS_KEY_PREFIX = "leave-";

    public static final String TASK_APPROVE = "userTask_approveLeave";

    public static final String VAR_LEAVE_ID = "leaveId";
    public static final String VAR_APPROVER = "approver";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_COMMENT = "comment";
    /** The session's topic: names the request in 我发起的. */
    public static final String VAR_TITLE = "title";

    private LeaveProcess() {}

    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(VAR_LEAVE_ID);
        }
    }
}
