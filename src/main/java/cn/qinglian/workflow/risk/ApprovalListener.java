package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 单位负责人审批 / 分管领导审批 completed: records the decision; a return needs a comment. */
@Component("riskApprovalListener")
class ApprovalListener implements TaskListener {

    private final RiskService risks;

    ApprovalListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean byHead = RiskProcess.TASK_HEAD_APPROVAL.equals(task.getTaskDefinitionKey());
        boolean last = !byHead || !RiskVariables.flag(task, RiskProcess.VAR_SUPERVISOR_APPROVAL);
        TaskErrors.asBadRequest(() -> risks.approve(
                RiskVariables.riskPointId(task),
                TaskStep.of(task),
                byHead ? RiskDecision.Kind.HEAD_APPROVAL : RiskDecision.Kind.SUPERVISOR_APPROVAL,
                RiskVariables.flag(task, RiskProcess.VAR_APPROVED),
                RiskVariables.text(task, RiskProcess.VAR_COMMENT),
                last));
    }
}
