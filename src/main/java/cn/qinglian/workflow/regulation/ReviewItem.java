package cn.qinglian.workflow.regulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** An item of the year's 立改废 review: what is to become of a regulation, by when, by whom. */
public record ReviewItem(
        long id,
        int reviewYear,
        long regulationId,
        String regulationTitle,
        String docNumber,
        ReviewAction action,
        LocalDate dueDate,
        String ownerId,
        String ownerName,
        String note,
        ReviewStatus status,
        String doneNote,
        Instant doneAt,
        boolean overdue) {

    @JsonProperty("actionLabel")
    public String actionLabel() {
        return action.label();
    }

    @JsonProperty("statusLabel")
    public String statusLabel() {
        return overdue ? "已逾期" : status.label();
    }
}
