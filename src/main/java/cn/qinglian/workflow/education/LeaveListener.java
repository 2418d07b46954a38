package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import cn.qinglian.workflow.common.error.ApiException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 请假审批 completed: the branch secretary's decision; not agreeing needs a reason. */
@Component("educationLeaveListener")
class LeaveListener implements TaskListener {

    private final EducationService sessions;

    LeaveListener(EducationService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            Boolean approved = ProcessVariables.answer(task, LeaveProcess.VAR_APPROVED);
            if (approved == null) {
                throw ApiException.invalidField(LeaveProcess.VAR_APPROVED, "请选择同意或不同意");
            }
            sessions.decideLeave(
                    ProcessVariables.id(task, LeaveProcess.VAR_LEAVE_ID),
                    TaskStep.of(task),
                    approved,
                    ProcessVariables.filled(task, LeaveProcess.VAR_COMMENT));
        });
    }
}
