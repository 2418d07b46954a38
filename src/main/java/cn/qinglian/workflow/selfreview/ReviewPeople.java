package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.Optional;

/**
 * Who reviews a member's 查改剖 and who may spot-check it: the nearest 支部书记 and 纪检委员 up the
 * organisation tree, never the member themself. A member with no branch secretary above them (the
 * 党组 members, the branch secretaries of top-level branches) is reviewed by the 机关党委 — the first
 * Party office member; the 驻委纪检监察组 at the root is the inspector of last resort.
 */
record ReviewPeople(String reviewer, String inspector) {

    static Optional<ReviewPeople> of(Organisation org, Person member) {
        Optional<String> reviewer = nearest(org, member, Role.BRANCH_SECRETARY)
                .or(() -> org.withRole(Role.PARTY_OFFICE).stream()
                        .map(Person::id)
                        .filter(id -> !id.equals(member.id()))
                        .findFirst());
        String inspector = nearest(org, member, Role.DISCIPLINE_INSPECTOR).orElse(null);
        return reviewer.map(r -> new ReviewPeople(r, inspector));
    }

    private static Optional<String> nearest(Organisation org, Person member, Role role) {
        for (Unit unit : org.pathToRoot(member.unitId())) {
            Optional<String> holder = org.membersOf(unit.id()).stream()
                    .filter(p -> p.active() && p.has(role) && !p.id().equals(member.id()))
                    .map(Person::id)
                    .findFirst();
            if (holder.isPresent()) {
                return holder;
            }
        }
        return Optional.empty();
    }
}
