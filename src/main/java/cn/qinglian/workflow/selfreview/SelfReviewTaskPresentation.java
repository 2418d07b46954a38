package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.engine.TaskPresentation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A member's 查改剖 tasks name the member, their unit and the campaign — from the review's own variables. */
@Component
class SelfReviewTaskPresentation implements TaskPresentation {

    @Override
    public String processKey() {
        return SelfReviewProcess.MEMBER_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        Object member = task.getVariable(SelfReviewProcess.VAR_MEMBER_NAME);
        Object unit = task.getVariable(SelfReviewProcess.VAR_MEMBER_UNIT_NAME);
        Object campaign = task.getVariable(SelfReviewProcess.VAR_CAMPAIGN_NAME);
        return (member == null ? "" : member + (unit == null ? "" : "（" + unit + "）"))
                + (campaign == null ? "" : " · " + campaign);
    }
}
