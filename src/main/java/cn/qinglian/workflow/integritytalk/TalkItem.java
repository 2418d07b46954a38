package cn.qinglian.workflow.integritytalk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A talk in a list, the 台账 of the Party office and the report card: what kind, for which unit, how many
 * people, where it stands and when — no names of the people, no reason, record or reply.
 */
public record TalkItem(
        long id,
        String businessKey,
        int year,
        TalkKind kind,
        String unitId,
        String unitName,
        int people,
        TalkStatus status,
        boolean replyLate,
        LocalDate talkDate,
        Instant createdAt,
        Instant closedAt,
        Long sourceTalkId) {

    static TalkItem of(Talk t, int people) {
        return new TalkItem(
                t.id(),
                t.businessKey(),
                t.talkYear(),
                t.kind(),
                t.unitId(),
                t.unitName(),
                people,
                t.status(),
                t.replyLate(),
                t.talkDate(),
                t.createdAt(),
                t.closedAt(),
                t.sourceTalkId());
    }

    @JsonProperty("kindLabel")
    public String kindLabel() {
        return kind.label();
    }

    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }
}
