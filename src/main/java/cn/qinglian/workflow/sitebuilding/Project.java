package cn.qinglian.workflow.sitebuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A construction project the commission serves (在建/已竣工). */
public record Project(
        long id,
        String name,
        ProjectType projectType,
        String district,
        LocalDate startDate,
        LocalDate plannedEndDate,
        String ownerUnit,
        String supervisorUnit,
        String contractorUnit,
        ProjectStatus status,
        LocalDate completedOn) {

    @JsonProperty
    public String typeLabel() {
        return projectType.label();
    }

    @JsonProperty
    public String statusLabel() {
        return status.label();
    }

    /** Six months or more from start to planned end: long enough for a temporary branch. */
    boolean lastsSixMonths() {
        return !startDate.plusMonths(6).isAfter(plannedEndDate);
    }
}
