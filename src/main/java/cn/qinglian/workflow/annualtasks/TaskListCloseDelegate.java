package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every task is verified: the list is closed. */
@Component("taskListCloseDelegate")
class TaskListCloseDelegate implements JavaDelegate {

    private final TaskListService lists;

    TaskListCloseDelegate(TaskListService lists) {
        this.lists = lists;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        lists.close(ProcessVariables.id(execution, VAR_LIST_ID), TaskStep.of(execution));
    }
}
