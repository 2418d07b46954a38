package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.util.List;
import java.util.Optional;

/**
 * Who sees which part of the register: administrators, the Party office, discipline inspectors,
 * leadership members and the secretary see every unit; everyone else sees their own unit, and
 * may register risk points only for it.
 */
final class RiskAccess {

    private static final List<Role> SEE_ALL =
            List.of(Role.PARTY_OFFICE, Role.DISCIPLINE_INSPECTOR, Role.LEADERSHIP_MEMBER, Role.SECRETARY);

    private RiskAccess() {}

    static boolean seesAll(CurrentUser user, Organisation org) {
        if (user.isAdmin()) {
            return true;
        }
        Optional<Person> person = org.person(user.userId());
        return person.isPresent() && SEE_ALL.stream().anyMatch(person.get()::has);
    }

    /** The unit the user is limited to, or empty when they see all. */
    static Optional<String> ownUnit(CurrentUser user, Organisation org) {
        if (seesAll(user, org)) {
            return Optional.empty();
        }
        return Optional.of(org.person(user.userId())
                .map(Person::unitId)
                .orElseThrow(() -> ApiException.forbidden("您不在组织架构中，无法查看风险点台账。")));
    }

    /**
     * The 台账 export is for those who keep the register: whoever sees every unit, and a unit's head and
     * branch secretary for their own unit. Members read their unit's points (风险告知) but do not export them.
     */
    static void requireKeeper(CurrentUser user, Organisation org) {
        if (!seesAll(user, org) && !org.holds(user.userId(), Role.UNIT_HEAD, Role.BRANCH_SECRETARY)) {
            throw ApiException.forbidden("风险点台账仅单位负责人、支部书记、纪检委员、机关党委、党组成员和管理员可以导出。");
        }
    }

    static void requireUnit(CurrentUser user, Organisation org, String unitId) {
        ownUnit(user, org).filter(own -> !own.equals(unitId)).ifPresent(own -> {
            throw ApiException.forbidden("只能查看或登记本单位的风险点。");
        });
    }
}
