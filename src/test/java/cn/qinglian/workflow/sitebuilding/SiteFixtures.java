package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.sitebuilding.Requests.AgreementRequest;
import cn.qinglian.workflow.sitebuilding.Requests.MemberInput;
import cn.qinglian.workflow.sitebuilding.Requests.PartyOrgRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ProjectRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test data for the 项目党建 ledger, unique per call so tests sharing the database do not meet. */
final class SiteFixtures {

    static final CurrentUser OFFICE = new CurrentUser("office1", List.of());
    /** The demo organisation's project Party organisation unit and its secretary. */
    static final String PROJECT_UNIT = "p01";

    static final String PROJECT_SECRETARY = "bs-p01";
    static final String AGENCY_BRANCH = "b1";
    static final String AGENCY_SECRETARY = "bs-b1";

    private SiteFixtures() {}

    static String unique(String name) {
        return name + "（" + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    static ProjectRequest project(String name, LocalDate start, LocalDate plannedEnd) {
        return new ProjectRequest(name, "市政", "滨江区", start, plannedEnd, "市城投集团", "鼎诚工程监理有限公司", "宏建建筑工程有限公司");
    }

    static ProjectRequest project(String name) {
        return project(name, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31));
    }

    static PartyOrgRequest org(
            long projectId, String kind, String name, String secretaryId, List<MemberInput> members) {
        return new PartyOrgRequest(projectId, kind, name, null, secretaryId, null, LocalDate.of(2026, 4, 1), members);
    }

    static MemberInput outsider(String name, String membership) {
        return new MemberInput(null, name, "宏建建筑工程有限公司", membership);
    }

    static AgreementRequest agreement(long partyOrgId) {
        return new AgreementRequest(
                AGENCY_BRANCH,
                null,
                partyOrgId,
                "联学理论、联办活动、联解难题：每季度一次联学，共建质量安全党员先锋队",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
    }
}
