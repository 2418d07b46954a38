package cn.qinglian.workflow.sitebuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A joint activity recorded against a signed agreement. */
public record Activity(
        long id,
        long agreementId,
        LocalDate activityDate,
        ActivityKind kind,
        int participantCount,
        String note,
        String createdBy,
        List<String> participantIds) {

    public Activity {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

    @JsonProperty
    public String kindLabel() {
        return kind.label();
    }
}
