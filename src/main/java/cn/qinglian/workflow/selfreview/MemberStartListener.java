package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A member's review starts: links it to its process and loads who, the deadlines and the checklist. */
@Component("selfReviewMemberStartListener")
class MemberStartListener implements ExecutionListener {

    private final ReviewService reviews;

    MemberStartListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariables(reviews.start(
                ProcessVariables.id(execution, SelfReviewProcess.VAR_CAMPAIGN_ID),
                ProcessVariables.text(execution, SelfReviewProcess.VAR_MEMBER_ID),
                execution.getProcessInstanceId()));
    }
}
