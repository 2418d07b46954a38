package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 落实措施并报告: on create, the task goes to the measure's owner with the measure's due date (so
 * Tasklist's 即将到期 / 已逾期 filters show it); on complete, the owner's report is recorded.
 */
@Component("riskMeasureTaskListener")
class MeasureTaskListener implements TaskListener {

    private final RiskService risks;

    MeasureTaskListener(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public void notify(DelegateTask task) {
        long measureId = ((Number) task.getVariable(RiskProcess.VAR_MEASURE_ID)).longValue();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            RiskMeasure measure = risks.measure(measureId);
            task.setAssignee(measure.ownerId());
            task.setDueDate(Date.from(
                    measure.dueDate().atTime(23, 59).atZone(ChinaTime.ZONE).toInstant()));
            task.setDescription(
                    task.getDescription() == null
                            ? measure.content()
                            : task.getDescription() + "\n本项措施：" + measure.content());
        } else {
            TaskErrors.asBadRequest(
                    () -> risks.report(measureId, TaskStep.of(task), RiskVariables.text(task, RiskProcess.VAR_REPORT)));
        }
    }
}
