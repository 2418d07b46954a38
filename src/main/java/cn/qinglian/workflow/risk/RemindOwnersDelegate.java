package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The periodic due-date check while measures are carried out: reminders and escalations. */
@Component("riskRemindOwnersDelegate")
class RemindOwnersDelegate implements JavaDelegate {

    private final RiskService risks;

    RemindOwnersDelegate(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        risks.remindAndEscalate(RiskVariables.riskPointId(execution), TaskStep.of(execution));
    }
}
