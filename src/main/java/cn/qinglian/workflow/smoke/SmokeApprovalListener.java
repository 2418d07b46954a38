package cn.qinglian.workflow.smoke;

import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completion of the approval: the decision and opinion go into the audit trail. */
@Component("smokeApprovalListener")
class SmokeApprovalListener implements TaskListener {

    private final AuditService audit;

    SmokeApprovalListener(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = (String) task.getVariable(SmokeApproval.VAR_DECISION);
        String opinion = (String) task.getVariable(SmokeApproval.VAR_OPINION);
        audit.record(AuditEntry.ofTask(task, SmokeApproval.PROCESS_KEY, decision == null ? "completed" : decision, opinion));
    }
}
