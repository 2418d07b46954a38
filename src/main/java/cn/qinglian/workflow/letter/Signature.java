package cn.qinglian.workflow.letter;

import java.time.Instant;

/** One person's signature of the letter with their upper party (counterpart), at a level of the cascade. */
record Signature(
        long id,
        long letterId,
        String personId,
        String personName,
        String counterpartId,
        String counterpartName,
        int levelNo,
        String unitId,
        String unitName,
        SignatureStatus status,
        Integer versionSigned,
        String personalDuties,
        String opinion,
        Instant signedAt,
        String processInstanceId,
        Instant updatedAt,
        Long handSignatureId) {

    public enum SignatureStatus {
        /** Waiting for the upper party's personal duties. */
        PREPARING,
        /** With the lower party to read and sign. */
        SENT,
        RETURNED,
        SIGNED,
        CANCELLED
    }
}
