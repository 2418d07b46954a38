package cn.qinglian.workflow.education;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A session as the ledger keeps it; its sign-in code and token are shown only to those who run it. */
public record Session(
        long id,
        int sessionYear,
        SessionKind kind,
        String topic,
        String speaker,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        String materials,
        String unitId,
        String unitName,
        String organiserId,
        @JsonIgnore String signInCode,
        @JsonIgnore String signInToken,
        Instant createdAt) {

    @JsonProperty("kindLabel")
    public String kindLabel() {
        return kind.label();
    }
}
