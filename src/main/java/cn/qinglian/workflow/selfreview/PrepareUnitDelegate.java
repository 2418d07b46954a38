package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The fan-out reached a unit (in its own job): enrol its members, whose reviews then start one by one. */
@Component("selfReviewPrepareUnitDelegate")
class PrepareUnitDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    PrepareUnitDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(
                SelfReviewProcess.VAR_MEMBER_IDS,
                ProcessVariables.jsonList(campaigns.enrolUnit(
                        ProcessVariables.id(execution, SelfReviewProcess.VAR_CAMPAIGN_ID),
                        ProcessVariables.text(execution, SelfReviewProcess.VAR_UNIT_ID))));
    }
}
