package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit's reviews are done: the campaign is complete. */
@Component("selfReviewCompleteCampaignDelegate")
class CompleteCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CompleteCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.complete(ProcessVariables.id(execution, SelfReviewProcess.VAR_CAMPAIGN_ID), TaskStep.of(execution));
    }
}
