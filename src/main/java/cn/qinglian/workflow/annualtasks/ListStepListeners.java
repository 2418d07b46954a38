package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The list-level handlers of processes/task-list-signoff.bpmn: approval, revision, closing. Each only calls the service. */
@Configuration
class ListStepListeners {

    @Bean
    TaskListener taskListApprovalListener(TaskListService lists) {
        return task -> TaskErrors.asBadRequest(() -> lists.approve(
                ProcessVariables.id(task, VAR_LIST_ID),
                TaskStep.of(task),
                ProcessVariables.answer(task, VAR_APPROVED),
                ProcessVariables.text(task, VAR_OPINION)));
    }

    @Bean
    TaskListener taskListRevisionListener(TaskListService lists) {
        return task -> TaskErrors.asBadRequest(() -> {
            long listId = ProcessVariables.id(task, VAR_LIST_ID);
            int count = lists.revise(listId, TaskStep.of(task), ProcessVariables.text(task, VAR_REVISION_NOTE));
            task.getExecution().setVariable(VAR_LIST_SUMMARY, lists.summary(listId));
            task.getExecution().setVariable(VAR_TASK_COUNT, count);
            task.getExecution().setVariable(VAR_APPROVED, null);
        });
    }

    @Bean
    JavaDelegate taskListCloseDelegate(TaskListService lists) {
        return execution -> lists.close(ProcessVariables.id(execution, VAR_LIST_ID), TaskStep.of(execution));
    }
}
