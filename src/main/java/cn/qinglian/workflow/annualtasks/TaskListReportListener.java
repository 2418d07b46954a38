package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 报告进展: on creation, the report's due date; on completion, the progress is recorded. */
@Component("taskListReportListener")
class TaskListReportListener implements TaskListener {

    private final UnitWorkService units;

    TaskListReportListener(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            Date due = units.reportDue();
            task.setDueDate(due);
            task.getExecution().setVariable(VAR_REPORT_DUE, due);
            return;
        }
        TaskErrors.asBadRequest(() -> task.getExecution()
                .setVariable(
                        VAR_REPORTED_COMPLETE,
                        units.report(
                                itemId(task),
                                TaskStep.of(task),
                                ProcessVariables.text(task, VAR_PROGRESS),
                                ProcessVariables.integer(task, VAR_PERCENT),
                                ProcessVariables.text(task, VAR_NOTE))));
    }
}
