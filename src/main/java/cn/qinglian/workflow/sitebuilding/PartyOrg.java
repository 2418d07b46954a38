package cn.qinglian.workflow.sitebuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A project Party organisation: linked to an org unit of type 项目党组织, or recorded by name. */
public record PartyOrg(
        long id,
        long projectId,
        String projectName,
        PartyOrgKind kind,
        String name,
        String unitId,
        String secretaryId,
        String secretaryName,
        LocalDate establishedOn,
        PartyOrgStatus status,
        LocalDate dissolvedOn) {

    @JsonProperty
    public String kindLabel() {
        return kind.label();
    }

    @JsonProperty
    public String statusLabel() {
        return status.label();
    }
}
