package cn.qinglian.workflow.sitebuilding;

/** A Party member on a project's site, from the organisation ({@code personId}) or named outside it. */
public record PartyMember(
        long id, long projectId, Long orgId, String personId, String name, String employer, Membership membership) {

    public String membershipLabel() {
        return membership.label();
    }
}
