package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 党组书记审批 completed: the list is approved, or returned to the office with the opinion. */
@Component("taskListApprovalListener")
class TaskListApprovalListener implements TaskListener {

    private final TaskListService lists;

    TaskListApprovalListener(TaskListService lists) {
        this.lists = lists;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> lists.approve(
                ProcessVariables.id(task, VAR_LIST_ID),
                TaskStep.of(task),
                ProcessVariables.answer(task, VAR_APPROVED),
                ProcessVariables.text(task, VAR_OPINION)));
    }
}
