package cn.qinglian.workflow.sitebuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A joint activity recorded against a signed agreement, with the names of its files (photos, minutes…). */
public record Activity(
        long id,
        long agreementId,
        LocalDate activityDate,
        ActivityKind kind,
        int participantCount,
        String note,
        String createdBy,
        List<String> participantIds,
        List<String> files) {

    public Activity {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        files = files == null ? List.of() : List.copyOf(files);
    }

    @JsonProperty
    public String kindLabel() {
        return kind.label();
    }
}
