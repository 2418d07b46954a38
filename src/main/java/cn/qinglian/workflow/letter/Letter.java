package cn.qinglian.workflow.letter;

import java.time.Instant;

/** The year's letter; {@code versionNo} is the version being signed. */
public record Letter(
        long id,
        int letterYear,
        String businessKey,
        LetterStatus status,
        int versionNo,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        Instant approvedAt) {

    public enum LetterStatus {
        PENDING_APPROVAL,
        RETURNED,
        SIGNING,
        COMPLETED
    }
}
