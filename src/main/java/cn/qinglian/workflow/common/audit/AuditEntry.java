package cn.qinglian.workflow.common.audit;

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
        String opinion) {}
