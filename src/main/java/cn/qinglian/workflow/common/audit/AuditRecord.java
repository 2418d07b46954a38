package cn.qinglian.workflow.common.audit;

import java.time.Instant;

/**
 * One entry of the 履责纪实 (record of duty performance): who did what, at which step of which
 * process, for which business key, with which outcome and opinion. {@code actorName} is read
 * from the organisation when queried.
 */
public record AuditRecord(
        Long id,
        Instant occurredAt,
        String actorId,
        String actorName,
        String processKey,
        String processInstanceId,
        String stepId,
        String stepName,
        String taskId,
        String businessKey,
        String outcome,
        String opinion) {}
