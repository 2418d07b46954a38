package cn.qinglian.workflow.sitebuilding;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Party member on a project's site, from the organisation ({@code personId}) or named outside it. */
public record PartyMember(
        long id, long projectId, Long orgId, String personId, String name, String employer, Membership membership) {

    @JsonProperty
    public String membershipLabel() {
        return membership.label();
    }
}
