package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.List;
import java.util.Optional;

/**
 * Who sets sessions and reads attendance: the Party office, the 党组 (secretary, leadership members), 纪检委员
 * and administrators for every unit; a branch secretary for their own unit and the units under it. Everyone
 * reads the sessions they are expected at and their own record.
 */
final class EducationAccess {

    private static final List<Role> ALL_UNITS =
            List.of(Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER, Role.DISCIPLINE_INSPECTOR);

    private EducationAccess() {}

    static boolean seesAll(CurrentUser user, Organisation org) {
        return user.isAdmin()
                || org.person(user.userId())
                        .filter(p -> ALL_UNITS.stream().anyMatch(p::has))
                        .isPresent();
    }

    /** The unit a branch secretary keeps (theirs and those under it); empty for those who keep all, or none. */
    static Optional<String> keptUnit(CurrentUser user, Organisation org) {
        return org.person(user.userId())
                .filter(p -> p.active() && p.has(Role.BRANCH_SECRETARY))
                .map(Person::unitId);
    }

    static boolean keeps(CurrentUser user, Organisation org, String unitId) {
        return seesAll(user, org)
                || keptUnit(user, org).filter(own -> isUnder(org, unitId, own)).isPresent();
    }

    /** Whether people of {@code unitId} are within what the user may set sessions for. */
    static boolean within(CurrentUser user, Organisation org, String unitId) {
        return unitId != null && keeps(user, org, unitId);
    }

    static void requireWithin(CurrentUser user, Organisation org, String unitId) {
        if (!within(user, org, unitId)) {
            throw ApiException.forbidden("支部书记只能安排本支部（含下属单位）人员参加的学习。");
        }
    }

    /** The organising unit of a session the user sets: their own unless they keep all units. */
    static String requireOrganiser(CurrentUser user, Organisation org, String unitId) {
        if (seesAll(user, org) && (unitId == null || unitId.isBlank())) {
            return org.person(user.userId())
                    .map(Person::unitId)
                    .orElseGet(() -> org.units().stream()
                            .filter(u -> u.parentId() == null)
                            .map(Unit::id)
                            .findFirst()
                            .orElseThrow());
        }
        if (seesAll(user, org)) {
            if (org.unit(unitId).isEmpty()) {
                throw ApiException.invalidField("unitId", "单位不存在：" + unitId);
            }
            return unitId;
        }
        String own = keptUnit(user, org).orElseThrow(() -> ApiException.forbidden("学习活动由机关党委、党组成员或支部书记安排。"));
        if (unitId != null && !unitId.isBlank() && !isUnder(org, unitId, own)) {
            throw ApiException.forbidden("支部书记只能为本支部（含下属单位）安排学习。");
        }
        return unitId == null || unitId.isBlank() ? own : unitId;
    }

    static void requireKeeper(CurrentUser user, Organisation org, String unitId) {
        if (!keeps(user, org, unitId)) {
            throw ApiException.forbidden("只能查看本支部（含下属单位）的学习签到情况。");
        }
    }

    static boolean isUnder(Organisation org, String unitId, String ancestorId) {
        return org.pathToRoot(unitId).stream().anyMatch(u -> u.id().equals(ancestorId));
    }
}
