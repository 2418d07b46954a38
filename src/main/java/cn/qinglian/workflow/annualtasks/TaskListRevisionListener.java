package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 修改清单 completed: the revised list goes to the 党组书记 again. */
@Component("taskListRevisionListener")
class TaskListRevisionListener implements TaskListener {

    private final TaskListService lists;

    TaskListRevisionListener(TaskListService lists) {
        this.lists = lists;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            long listId = ProcessVariables.id(task, VAR_LIST_ID);
            int count = lists.revise(listId, TaskStep.of(task), ProcessVariables.text(task, VAR_REVISION_NOTE));
            task.getExecution().setVariable(VAR_LIST_SUMMARY, lists.summary(listId));
            task.getExecution().setVariable(VAR_TASK_COUNT, count);
            task.getExecution().setVariable(VAR_APPROVED, null);
        });
    }
}
