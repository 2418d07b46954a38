package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import cn.qinglian.workflow.common.audit.TaskStep;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 制定防控措施 completed: records the measures and hands their ids to the owners' tasks. */
@Component("riskSetMeasuresListener")
class SetMeasuresListener implements TaskListener {

    private final RiskService risks;

    SetMeasuresListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            List<Long> ids = risks.setMeasures(RiskVariables.riskPointId(task), TaskStep.of(task), RiskVariables.measures(task));
            task.getExecution().setVariable(RiskProcess.VAR_MEASURE_IDS, ProcessVariables.jsonList(ids));
            // The measures now live in the register; variables keep only their ids.
            task.getExecution().removeVariables(RiskVariables.slotVariables());
            task.getExecution().removeVariable(RiskProcess.VAR_MEASURES);
        });
    }
}
