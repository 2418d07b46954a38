package cn.qinglian.workflow.integritytalk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the 廉政谈话 ledger, content included: it never leaves the package as it is — REST answers
 * with a {@link TalkItem} or a {@link TalkDetail} cut to what the reader may see.
 */
record Talk(
        long id,
        String businessKey,
        int talkYear,
        TalkKind kind,
        String unitId,
        String unitName,
        String plannerId,
        String approverId,
        String talkerId,
        String recorderId,
        TalkStatus status,
        String reason,
        String decisionComment,
        Integer replyDays,
        Instant replyDue,
        LocalDate talkDate,
        String place,
        String recordText,
        String replyText,
        boolean replyLate,
        Instant repliedAt,
        Assessment assessment,
        String assessmentText,
        Long sourceTalkId,
        Instant followUpDue,
        FollowUpResult followUpResult,
        String followUpText,
        String archiveNo,
        Instant heldAt,
        Instant filedAt,
        Instant closedAt,
        Instant createdAt) {

    /** A 函询's conclusion. */
    enum Assessment {
        TRUE("属实"),
        PARTLY_TRUE("部分属实"),
        NOT_TRUE("不属实");

        private final String label;

        Assessment(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** What the 回访复查 after a 诫勉谈话 found. */
    enum FollowUpResult {
        CORRECTED("已改正"),
        WATCH("仍需关注");

        private final String label;

        FollowUpResult(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
