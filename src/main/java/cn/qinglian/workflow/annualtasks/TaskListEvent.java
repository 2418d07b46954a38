package cn.qinglian.workflow.annualtasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that happened to the list, a unit's share or a task: a decision, a sign-off, an
 * adjustment request, a progress report, a verification, a reminder, an escalation or a notice.
 */
public record TaskListEvent(Long id, long listId, Long itemId, String unitId, Kind kind, String actorId,
                            String recipientId, String itemNos, Progress progress, Integer percentDone, String note,
                            LocalDate happenedOn, Instant happenedAt) {

    public enum Kind {
        APPROVED, RETURNED, REVISED, COOPERATION_NOTICE, SIGNED, ADJUSTMENT_REQUESTED, ADJUSTED, SIGN_OFF_REMINDER,
        SIGN_OFF_ESCALATION, PROGRESS_REPORTED, REPORT_REMINDER, REPORT_ESCALATION, ACCEPTED, REJECTED, CLOSED
    }
}
