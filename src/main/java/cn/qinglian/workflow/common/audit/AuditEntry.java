package cn.qinglian.workflow.common.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** What a handler records; the time is added by {@link AuditService}. */
public record AuditEntry(
        String actorId,
        String processKey,
        String processInstanceId,
        String stepId,
        String stepName,
        String taskId,
        String businessKey,
        String outcome,
        String opinion) {

    /** An entry for a user task being completed by its assignee. */
    public static AuditEntry ofTask(DelegateTask task, String processKey, String outcome, String opinion) {
        return TaskStep.of(task).audit(processKey, outcome, opinion);
    }
}
