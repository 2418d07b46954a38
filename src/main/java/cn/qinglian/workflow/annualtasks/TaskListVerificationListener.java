package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 核验 completed: a task reported complete is accepted, or sent back with the reason. */
@Component("taskListVerificationListener")
class TaskListVerificationListener implements TaskListener {

    private final UnitWorkService units;

    TaskListVerificationListener(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> units.verify(
                itemId(task),
                TaskStep.of(task),
                ProcessVariables.answer(task, VAR_ACCEPTED),
                ProcessVariables.text(task, VAR_REASON)));
    }
}
