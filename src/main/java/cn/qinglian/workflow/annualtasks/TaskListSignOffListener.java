package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 签收 completed: the unit signs for its tasks, or asks to adjust some of them. */
@Component("taskListSignOffListener")
class TaskListSignOffListener implements TaskListener {

    private final UnitWorkService units;

    TaskListSignOffListener(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> units.signOff(
                listId(task),
                unitId(task),
                TaskStep.of(task),
                ProcessVariables.answer(task, VAR_SIGNED),
                ProcessVariables.text(task, VAR_ADJUST_ITEMS),
                ProcessVariables.text(task, VAR_ADJUST_REASON)));
    }
}
