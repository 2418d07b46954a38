package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The periodic look for measures past their due date: the member is reminded. */
@Component("selfReviewRemindDelegate")
class RemindDelegate implements JavaDelegate {

    private final ReviewService reviews;

    RemindDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.remindOverdue(SelfReviewVariables.reviewId(execution), TaskStep.of(execution));
    }
}
