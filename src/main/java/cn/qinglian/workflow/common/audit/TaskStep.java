package cn.qinglian.workflow.common.audit;

import cn.qinglian.workflow.common.camunda.TaskInternals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The step a handler runs in — who, which instance, which task — so a service can record its
 * outcome in the audit trail without knowing the engine's delegate types.
 */
public record TaskStep(
        String actorId, String processInstanceId, String stepId, String stepName, String taskId, String businessKey) {

    /** The task's assignee or, for a group task completed without being claimed, whoever completes it. */
    public static TaskStep of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String actor = task.getAssignee() != null ? task.getAssignee() : TaskInternals.authenticatedUserId();
        return new TaskStep(
                actor,
                task.getProcessInstanceId(),
                task.getTaskDefinitionKey(),
                TaskInternals.modelledName(task),
                task.getId(),
                execution == null ? null : execution.getProcessBusinessKey());
    }

    /** A step the process takes by itself (a timer, a service task): no actor. */
    public static TaskStep of(DelegateExecution execution) {
        return new TaskStep(
                null,
                execution.getProcessInstanceId(),
                execution.getCurrentActivityId(),
                execution.getCurrentActivityName(),
                null,
                execution.getProcessBusinessKey());
    }

    /** The same step, recorded as done by the process itself (a notice it sends), not by the task's actor. */
    public TaskStep bySystem() {
        return new TaskStep(null, processInstanceId, stepId, stepName, null, businessKey);
    }

    public AuditEntry audit(String processKey, AuditOutcome outcome, String opinion) {
        return new AuditEntry(
                actorId, processKey, processInstanceId, stepId, stepName, taskId, businessKey, outcome.code(), opinion);
    }

    /** An outcome with its detail, if any: whom it concerns, or which stage ({@code returned:CHECK}). */
    public AuditEntry audit(String processKey, AuditOutcome outcome, String detail, String opinion) {
        return new AuditEntry(
                actorId,
                processKey,
                processInstanceId,
                stepId,
                stepName,
                taskId,
                businessKey,
                detail == null ? outcome.code() : outcome.code() + ":" + detail,
                opinion);
    }
}
