package cn.qinglian.workflow.common.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What a handler records; the time is added by {@link AuditService}. */
public record AuditEntry(String actorId, String processKey, String processInstanceId, String stepId,
                         String stepName, String taskId, String businessKey, String outcome, String opinion) {

    /** An entry for a user task being completed by its assignee. */
    public static AuditEntry ofTask(DelegateTask task, String processKey, String outcome, String opinion) {
        DelegateExecution execution = task.getExecution();
        return new AuditEntry(task.getAssignee(), processKey, task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), task.getId(),
                execution == null ? null : execution.getProcessBusinessKey(), outcome, opinion);
    }

    /** An entry for something the process itself did (a service task, a timer, an escalation). */
    public static AuditEntry ofExecution(DelegateExecution execution, String processKey, String outcome, String opinion) {
        return new AuditEntry(null, processKey, execution.getProcessInstanceId(),
                execution.getCurrentActivityId(), execution.getCurrentActivityName(), null,
                execution.getProcessBusinessKey(), outcome, opinion);
    }
}
