package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import org.springframework.stereotype.Component;

/**
 * A member's review carries the campaign's checklist, its name and the member's name for the 查改剖
 * forms and task names; self_review and its checklist tables keep them, so engine history need not.
 */
@Component
class SelfReviewDisplayCopies implements DisplayCopies {

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return SelfReviewProcess.MEMBER_KEY.equals(processDefinitionKey)
                && (variableName.startsWith(SelfReviewProcess.VAR_CHECK_ITEM)
                        || variableName.startsWith(SelfReviewProcess.VAR_CHECK_GUIDE)
                        || variableName.equals(SelfReviewProcess.VAR_MEMBER_NAME)
                        || variableName.equals(SelfReviewProcess.VAR_MEMBER_UNIT_NAME)
                        || variableName.equals(SelfReviewProcess.VAR_CAMPAIGN_NAME));
    }
}
