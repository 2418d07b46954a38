package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that happened to the list, a unit's share or a task: a decision, a sign-off, an
 * adjustment request, a progress report, a verification, a reminder, an escalation or a notice.
 */
record TaskListEvent(
        Long id,
        long listId,
        Long itemId,
        String unitId,
        Kind kind,
        String actorId,
        String recipientId,
        String itemNos,
        Progress progress,
        Integer percentDone,
        String note,
        LocalDate happenedOn,
        Instant happenedAt) {

    /** A new event of a list or a unit's share, by whom, now; what else it carries is added by name below. */
    static TaskListEvent of(long listId, String unitId, Kind kind, String actorId, Clock clock) {
        return new TaskListEvent(
                null,
                listId,
                null,
                unitId,
                kind,
                actorId,
                null,
                null,
                null,
                null,
                null,
                ChinaTime.today(clock),
                clock.instant());
    }

    TaskListEvent item(Long itemId, String itemNos) {
        return new TaskListEvent(
                id,
                listId,
                itemId,
                unitId,
                kind,
                actorId,
                recipientId,
                itemNos,
                progress,
                percentDone,
                note,
                happenedOn,
                happenedAt);
    }

    TaskListEvent recipient(String recipientId) {
        return new TaskListEvent(
                id,
                listId,
                itemId,
                unitId,
                kind,
                actorId,
                recipientId,
                itemNos,
                progress,
                percentDone,
                note,
                happenedOn,
                happenedAt);
    }

    TaskListEvent progress(Progress progress, Integer percentDone) {
        return new TaskListEvent(
                id,
                listId,
                itemId,
                unitId,
                kind,
                actorId,
                recipientId,
                itemNos,
                progress,
                percentDone,
                note,
                happenedOn,
                happenedAt);
    }

    /** The note as typed, trimmed; a blank one is none. */
    TaskListEvent note(String note) {
        return new TaskListEvent(
                id,
                listId,
                itemId,
                unitId,
                kind,
                actorId,
                recipientId,
                itemNos,
                progress,
                percentDone,
                note == null || note.isBlank() ? null : note.trim(),
                happenedOn,
                happenedAt);
    }

    public enum Kind {
        APPROVED,
        RETURNED,
        REVISED,
        COOPERATION_NOTICE,
        SIGNED,
        ADJUSTMENT_REQUESTED,
        ADJUSTED,
        SIGN_OFF_REMINDER,
        SIGN_OFF_ESCALATION,
        PROGRESS_REPORTED,
        REPORT_REMINDER,
        REPORT_ESCALATION,
        ACCEPTED,
        REJECTED,
        CLOSED
    }
}
