package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 签收 not done by its deadline: reminds the unit's head, or, after escalation, tells the responsible leader. */
@Component("taskListSignOffDeadlineDelegate")
class TaskListSignOffDeadlineDelegate implements JavaDelegate {

    private final UnitWorkService units;

    TaskListSignOffDeadlineDelegate(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        units.signOffDeadline(
                listId(execution),
                unitId(execution),
                TASK_ESCALATE_SIGN_OFF.equals(execution.getCurrentActivityId()),
                TaskStep.of(execution));
    }
}
