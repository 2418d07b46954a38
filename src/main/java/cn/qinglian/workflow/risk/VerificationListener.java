package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 核查整改成效 completed: effective controls the point; not effective needs a finding. */
@Component("riskVerificationListener")
class VerificationListener implements TaskListener {

    private final RiskService risks;

    VerificationListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> risks.verify(
                RiskVariables.riskPointId(task),
                TaskStep.of(task),
                RiskVariables.flag(task, RiskProcess.VAR_EFFECTIVE),
                RiskVariables.text(task, RiskProcess.VAR_FINDING)));
    }
}
