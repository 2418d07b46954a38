package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 定期复核: on create the point is under review; on complete, confirm / change grade / retire. */
@Component("riskReReviewListener")
class ReReviewListener implements TaskListener {

    private final RiskService risks;

    ReReviewListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = RiskVariables.riskPointId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            risks.startReReview(id);
            return;
        }
        TaskErrors.asBadRequest(() -> risks.reReview(
                id,
                TaskStep.of(task),
                RiskVariables.text(task, RiskProcess.VAR_REVIEW_OUTCOME),
                RiskVariables.integer(task, RiskProcess.VAR_LIKELIHOOD),
                RiskVariables.integer(task, RiskProcess.VAR_IMPACT),
                RiskVariables.text(task, RiskProcess.VAR_COMMENT)));
    }
}
