package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The member's review reached its end: approved and every measure closed. */
@Component("selfReviewMemberEndListener")
class MemberEndListener implements ExecutionListener {

    private final ReviewService reviews;

    MemberEndListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        reviews.complete(SelfReviewVariables.reviewId(execution), TaskStep.of(execution));
    }
}
