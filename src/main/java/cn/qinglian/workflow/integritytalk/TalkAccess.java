package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.util.Collection;
import java.util.List;

/**
 * Who reads what of a talk. Its content (reason, record, place, statements, reply, assessment, follow-up)
 * only the talker, the recorder, the people talked to, the discipline inspection group (纪检委员 and the
 * 驻委纪检监察组, role DISCIPLINE_INSPECTOR) and administrators. The Party office and the 党组 keep the
 * ledger: counts and statuses of every talk, never its content. Planning is for the office, the 党组 and the
 * inspection group.
 */
final class TalkAccess {

    /** Those who keep the ledger (lists, figures, the 台账 without content). */
    private static final List<Role> KEEPERS =
            List.of(Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER, Role.DISCIPLINE_INSPECTOR);

    private TalkAccess() {}

    static boolean keepsLedger(CurrentUser user, Organisation org) {
        return user.isAdmin() || holdsAny(user, org, KEEPERS);
    }

    static void requireKeeper(CurrentUser user, Organisation org) {
        if (!keepsLedger(user, org)) {
            throw ApiException.forbidden("廉政谈话台账仅机关党委（党办）、党组成员、纪检委员和管理员可以查看。");
        }
    }

    /** The inspection group and administrators read every talk's content. */
    static boolean inspects(CurrentUser user, Organisation org) {
        return user.isAdmin() || holdsAny(user, org, List.of(Role.DISCIPLINE_INSPECTOR));
    }

    /** Whether the user reads this talk's content. */
    static boolean readsContent(CurrentUser user, Organisation org, Talk talk, Collection<TalkPerson> people) {
        String id = user.userId();
        return inspects(user, org)
                || id.equals(talk.talkerId())
                || id.equals(talk.recorderId())
                || people.stream().anyMatch(p -> p.personId().equals(id));
    }

    /** The planner and the approver see whom it concerns and the approver's comment, not its content. */
    static boolean involved(CurrentUser user, Talk talk) {
        return user.userId().equals(talk.plannerId()) || user.userId().equals(talk.approverId());
    }

    static Person requirePlanner(String userId, Organisation org) {
        return org.person(userId)
                .filter(Person::active)
                .filter(p -> KEEPERS.stream().anyMatch(p::has))
                .orElseThrow(() -> ApiException.forbidden("只有机关党委（党办）、党组成员和纪检委员可以拟定廉政谈话计划。"));
    }

    private static boolean holdsAny(CurrentUser user, Organisation org, List<Role> roles) {
        return org.person(user.userId())
                .filter(p -> roles.stream().anyMatch(p::has))
                .isPresent();
    }
}
