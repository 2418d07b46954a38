package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.UnitType;
import java.util.List;
import java.util.Objects;

/**
 * Who may do what with the 项目党建 ledger: the Party office, the secretary, leadership members and
 * administrators keep all of it; a project Party organisation's secretary keeps their own organisation's
 * members and activities; every member of the organisation reads it.
 */
final class SiteAccess {

    private static final List<Role> KEEPERS = List.of(Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER);

    private SiteAccess() {}

    static boolean keepsAll(CurrentUser user, Organisation org) {
        return user.isAdmin() || org.holds(user.userId(), KEEPERS.toArray(Role[]::new));
    }

    static void requireReader(CurrentUser user, Organisation org) {
        if (!user.isAdmin() && org.person(user.userId()).filter(Person::active).isEmpty()) {
            throw ApiException.forbidden("您不在组织架构中，无法查看项目党建台账。");
        }
    }

    static void requireKeeper(CurrentUser user, Organisation org) {
        if (!keepsAll(user, org)) {
            throw ApiException.forbidden("项目党建台账仅机关党委（党务）、党组书记、党组成员和管理员可以登记和修改。");
        }
    }

    static void requireImporter(CurrentUser user, Organisation org) {
        if (!user.isAdmin() && !org.holds(user.userId(), Role.PARTY_OFFICE)) {
            throw ApiException.forbidden("项目党建台账仅机关党委（党务）和管理员可以导入。");
        }
    }

    /** Whether the user is the organisation's secretary, or the branch secretary of the unit it is. */
    static boolean isSecretaryOf(CurrentUser user, Organisation org, PartyOrg partyOrg) {
        if (Objects.equals(partyOrg.secretaryId(), user.userId())) {
            return true;
        }
        return partyOrg.unitId() != null
                && org.membersOf(partyOrg.unitId()).stream()
                        .anyMatch(p -> p.id().equals(user.userId()) && p.has(Role.BRANCH_SECRETARY));
    }

    static void requireOrgKeeper(CurrentUser user, Organisation org, PartyOrg partyOrg) {
        if (!keepsAll(user, org) && !isSecretaryOf(user, org, partyOrg)) {
            throw ApiException.forbidden("只能维护本项目党组织的党员和联建活动。");
        }
    }

    /** Who may propose 联建 agreements at all: the keepers and the agency branches' secretaries. */
    static void requireProposer(CurrentUser user, Organisation org) {
        boolean branchSecretary = org.person(user.userId())
                .filter(p -> p.active() && p.has(Role.BRANCH_SECRETARY))
                .flatMap(p -> org.unit(p.unitId()))
                .filter(u -> u.unitType() == UnitType.AGENCY_BRANCH)
                .isPresent();
        if (!keepsAll(user, org) && !branchSecretary) {
            throw ApiException.forbidden("联建协议由机关党委（党务）、党组成员或机关支部书记提出。");
        }
    }

    /** The branch secretary of an agency branch: who signs for it and may propose its agreements. */
    static boolean isBranchSecretary(String userId, Organisation org, String unitId) {
        return unitId != null
                && org.membersOf(unitId).stream().anyMatch(p -> p.id().equals(userId) && p.has(Role.BRANCH_SECRETARY));
    }
}
