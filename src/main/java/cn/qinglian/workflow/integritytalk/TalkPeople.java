package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.Collection;
import java.util.Optional;

/**
 * 谁批准谁实施: the talk is approved by the leadership member who supervises (分管) the person's unit or its
 * nearest supervised ancestor, else by the 党组书记 — never by someone the talk concerns.
 */
final class TalkPeople {

    private TalkPeople() {}

    static Optional<String> approver(Organisation org, String unitId, Collection<String> talkedTo) {
        for (Unit unit : org.pathToRoot(unitId)) {
            Optional<Person> leader = org.withRole(Role.LEADERSHIP_MEMBER).stream()
                    .filter(Person::active)
                    .filter(p -> p.supervisedUnitIds().contains(unit.id()))
                    .filter(p -> !talkedTo.contains(p.id()))
                    .findFirst();
            if (leader.isPresent()) {
                return leader.map(Person::id);
            }
        }
        return org.withRole(Role.SECRETARY).stream()
                .filter(Person::active)
                .filter(p -> !talkedTo.contains(p.id()))
                .findFirst()
                .map(Person::id);
    }
}
