package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 制定防控措施 completed: records the measures in the register (their owners' tasks are made from there). */
@Component("riskSetMeasuresListener")
class SetMeasuresListener implements TaskListener {

    private final RiskService risks;

    SetMeasuresListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            risks.setMeasures(RiskVariables.riskPointId(task), TaskStep.of(task), RiskVariables.measures(task));
            // The measures now live in the register; the form's copies go.
            task.getExecution().removeVariables(RiskVariables.slotVariables());
            task.getExecution().removeVariable(RiskProcess.VAR_MEASURES);
        });
    }
}
