package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A task's progress report is overdue: reminds the lead unit's head, then escalates to the leader. */
@Component("taskListChaseReportDelegate")
class TaskListChaseReportDelegate implements JavaDelegate {

    private final UnitWorkService units;

    TaskListChaseReportDelegate(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        units.chaseReport(itemId(execution), (Date) execution.getVariable(VAR_REPORT_DUE), TaskStep.of(execution));
    }
}
