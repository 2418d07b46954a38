package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 剖 completed: records the analysis and submits the review to the branch secretary. */
@Component("selfReviewAnalysisListener")
class AnalysisListener implements TaskListener {

    private final ReviewService reviews;

    AnalysisListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> reviews.analyseAndSubmit(
                SelfReviewVariables.reviewId(task),
                TaskStep.of(task),
                ProcessVariables.text(task, SelfReviewProcess.VAR_ANALYSIS)));
        // A fresh submission gets a fresh decision: the reviewer's form must not open with the last verdict.
        for (String name : List.of(
                SelfReviewProcess.VAR_APPROVED,
                SelfReviewProcess.VAR_SPOT_CHECK_PASSED,
                SelfReviewProcess.VAR_RETURN_STAGE,
                SelfReviewProcess.VAR_COMMENT)) {
            task.getExecution().setVariable(name, null);
        }
    }
}
