package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;

/**
 * Who may do what with 制度汇编: the Party office, the 党组 (secretary and leadership members) and
 * administrators keep the register, the compilations and the 立改废 review; every member of the
 * organisation reads the regulations in force, the published compilations, and confirms their study.
 */
final class RegulationAccess {

    private static final Role[] KEEPERS = {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER};

    private RegulationAccess() {}

    static boolean keeps(CurrentUser user, Organisation org) {
        return user.isAdmin() || org.holds(user.userId(), KEEPERS);
    }

    static void requireKeeper(CurrentUser user, Organisation org) {
        if (!keeps(user, org)) {
            throw ApiException.forbidden("制度汇编仅机关党委（党务）、党组书记、党组成员和管理员可以登记、编排和导出。");
        }
    }

    static void requireReader(CurrentUser user, Organisation org) {
        if (!user.isAdmin() && org.person(user.userId()).filter(Person::active).isEmpty()) {
            throw ApiException.forbidden("您不在组织架构中，无法查看制度汇编。");
        }
    }

    /** A member reads a regulation only while it is in force; keepers read every one. */
    static void requireReadable(CurrentUser user, Organisation org, Regulation regulation) {
        requireReader(user, org);
        if (!regulation.inForce() && !keeps(user, org)) {
            throw ApiException.forbidden("该制度" + regulation.statusLabel() + "，请查阅现行制度。");
        }
    }

    /** A member reads a compilation once it is published; keepers read drafts too. */
    static void requireReadable(CurrentUser user, Organisation org, Compilation compilation) {
        requireReader(user, org);
        if (!compilation.published() && !keeps(user, org)) {
            throw ApiException.forbidden("该制度汇编尚未发布。");
        }
    }
}
