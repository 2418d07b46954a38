package cn.qinglian.workflow.education;

import java.time.Instant;

/** A request for leave from a session, decided by the person's branch secretary. */
public record Leave(
        long id,
        long sessionId,
        String personId,
        String reason,
        String approverId,
        Status status,
        String commentText,
        Instant requestedAt,
        Instant decidedAt) {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }
}
