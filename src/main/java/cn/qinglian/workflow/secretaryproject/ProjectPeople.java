package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.Optional;

/**
 * Who approves for the 党组: the leadership member who supervises (分管) the project's unit or its nearest
 * supervised ancestor, else the 党组书记 — never the proposer: the secretary's own project goes to another
 * member of the 党组.
 */
final class ProjectPeople {

    private ProjectPeople() {}

    static Optional<String> approver(Organisation org, String unitId, String proposerId) {
        for (Unit unit : org.pathToRoot(unitId)) {
            Optional<Person> leader = org.withRole(Role.LEADERSHIP_MEMBER).stream()
                    .filter(Person::active)
                    .filter(p -> p.supervisedUnitIds().contains(unit.id()))
                    .filter(p -> !p.id().equals(proposerId))
                    .findFirst();
            if (leader.isPresent()) {
                return leader.map(Person::id);
            }
        }
        return org.withRole(Role.SECRETARY).stream()
                .filter(Person::active)
                .filter(p -> !p.id().equals(proposerId))
                .findFirst()
                .or(() -> org.withRole(Role.LEADERSHIP_MEMBER).stream()
                        .filter(Person::active)
                        .filter(p -> !p.id().equals(proposerId))
                        .findFirst())
                .map(Person::id);
    }
}
