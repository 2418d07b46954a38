package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 改 completed: records a measure for every problem found. */
@Component("selfReviewCorrectionListener")
class CorrectionListener implements TaskListener {

    private final ReviewService reviews;

    CorrectionListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> reviews.correct(
                SelfReviewVariables.reviewId(task), TaskStep.of(task), SelfReviewVariables.slots(task)));
    }
}
