package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.ChinaTime;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /** The kind's word, beside its code, for whoever reads the events (GET /api/task-lists/{year}/events). */
    @JsonProperty("kindLabel")
    public String kindLabel() {
        return kind == null ? null : kind.label();
    }

    public enum Kind {
        APPROVED("审批通过"),
        RETURNED("退回修改"),
        REVISED("修改清单"),
        COOPERATION_NOTICE("协办通知"),
        SIGNED("签收"),
        ADJUSTMENT_REQUESTED("申请调整"),
        ADJUSTED("调整"),
        SIGN_OFF_REMINDER("签收提醒"),
        SIGN_OFF_ESCALATION("签收督办"),
        PROGRESS_REPORTED("报告进展"),
        REPORT_REMINDER("催报"),
        REPORT_ESCALATION("逾期督办"),
        ACCEPTED("核验通过"),
        REJECTED("核验未通过"),
        CLOSED("关闭");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
