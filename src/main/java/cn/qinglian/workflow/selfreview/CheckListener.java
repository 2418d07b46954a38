package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 查 completed: records the findings; 改 follows only if something was found. */
@Component("selfReviewCheckListener")
class CheckListener implements TaskListener {

    private final ReviewService reviews;

    CheckListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> task.getExecution()
                .setVariable(
                        SelfReviewProcess.VAR_PROBLEMS_FOUND,
                        reviews.check(
                                SelfReviewVariables.reviewId(task),
                                TaskStep.of(task),
                                SelfReviewVariables.slots(task))));
    }
}
