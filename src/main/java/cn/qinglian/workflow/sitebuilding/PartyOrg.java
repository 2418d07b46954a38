package cn.qinglian.workflow.sitebuilding;

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

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return status.label();
    }
}
