package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.List;
import java.util.Optional;

/**
 * Who reads which projects: administrators, the Party office, the 党组 (secretary and leadership members)
 * and discipline inspectors read all; everyone else their own unit's and those of the units above it. Only secretaries propose: the
 * 党组书记 and the secretaries of branches and affiliated units' Party organisations.
 */
final class ProjectAccess {

    private static final List<Role> SEE_ALL =
            List.of(Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER, Role.DISCIPLINE_INSPECTOR);

    private ProjectAccess() {}

    static boolean seesAll(CurrentUser user, Organisation org) {
        if (user.isAdmin()) {
            return true;
        }
        Optional<Person> person = org.person(user.userId());
        return person.isPresent() && SEE_ALL.stream().anyMatch(person.get()::has);
    }

    /**
     * The units whose projects the user reads, or empty when they read all: their own unit and those above
     * it — a department's member reads their branch's projects and the 党组's own.
     */
    static Optional<List<String>> ownUnits(CurrentUser user, Organisation org) {
        if (seesAll(user, org)) {
            return Optional.empty();
        }
        String unitId = org.person(user.userId())
                .map(Person::unitId)
                .orElseThrow(() -> ApiException.forbidden("您不在组织架构中，无法查看书记领办项目。"));
        return Optional.of(org.pathToRoot(unitId).stream().map(Unit::id).toList());
    }

    static void requireUnit(CurrentUser user, Organisation org, String unitId) {
        ownUnits(user, org).filter(own -> !own.contains(unitId)).ifPresent(own -> {
            throw ApiException.forbidden("只能查看本单位和上级党组织的书记领办项目。");
        });
    }

    /** The 台账 is kept by whoever reads every unit, and by a branch secretary for their own unit. */
    static void requireKeeper(CurrentUser user, Organisation org) {
        if (!seesAll(user, org) && !org.holds(user.userId(), Role.BRANCH_SECRETARY)) {
            throw ApiException.forbidden("书记领办项目台账仅支部书记、机关党委、党组成员、纪检委员和管理员可以导出。");
        }
    }

    static Person requireProposer(CurrentUser user, Organisation org) {
        return org.person(user.userId())
                .filter(Person::active)
                .filter(p -> p.has(Role.SECRETARY) || p.has(Role.BRANCH_SECRETARY))
                .orElseThrow(() -> ApiException.forbidden("只有党组书记和支部书记（含直属单位党组织书记）可以领办党建项目。"));
    }
}
