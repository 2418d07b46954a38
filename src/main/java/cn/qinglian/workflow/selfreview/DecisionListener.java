package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 支部书记审核 or 纪检委员抽查 completed: approves (routing to the spot check or 销号) or returns to a stage. */
@Component("selfReviewDecisionListener")
class DecisionListener implements TaskListener {

    private final ReviewService reviews;

    DecisionListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean spotCheck = SelfReviewProcess.TASK_SPOT_CHECK.equals(task.getTaskDefinitionKey());
        String verdict = spotCheck ? SelfReviewProcess.VAR_SPOT_CHECK_PASSED : SelfReviewProcess.VAR_APPROVED;
        String returnStage = ProcessVariables.filled(task, SelfReviewProcess.VAR_RETURN_STAGE);
        String comment = ProcessVariables.text(task, SelfReviewProcess.VAR_COMMENT);
        TaskErrors.asBadRequest(() -> {
            Boolean answer = ProcessVariables.answer(task, verdict);
            long id = SelfReviewVariables.reviewId(task);
            ReviewService.Approval approval = spotCheck
                    ? reviews.spotCheck(id, TaskStep.of(task), answer, returnStage, comment)
                    : reviews.decide(id, TaskStep.of(task), answer, returnStage, comment);
            DelegateExecution execution = task.getExecution();
            execution.setVariable(SelfReviewProcess.VAR_SPOT_CHECK, approval.spotCheck());
            execution.setVariable(
                    SelfReviewProcess.VAR_HAS_OPEN_MEASURES,
                    !approval.openMeasureIds().isEmpty());
            execution.setVariable(
                    SelfReviewProcess.VAR_OPEN_MEASURE_IDS, ProcessVariables.jsonList(approval.openMeasureIds()));
            if (Boolean.FALSE.equals(answer)) {
                execution.setVariable(
                        SelfReviewProcess.VAR_RETURN_STAGE,
                        ReviewStage.returnTarget(returnStage).orElseThrow().name());
            }
        });
    }
}
