package cn.qinglian.workflow.sitebuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** A 联建 agreement between an agency branch or a service group and a project Party organisation. */
public record Agreement(
        long id,
        String businessKey,
        String agencyUnitId,
        Long serviceGroupId,
        String agencyName,
        long partyOrgId,
        String partyOrgName,
        String content,
        LocalDate periodFrom,
        LocalDate periodTo,
        AgreementStatus status,
        String proposerId,
        String agencySignerId,
        String projectSignerId,
        Instant agencySignedAt,
        Instant projectSignedAt,
        String returnReason) {

    @JsonProperty
    public String statusLabel() {
        return status.label();
    }
}
