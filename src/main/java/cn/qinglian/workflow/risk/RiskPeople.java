package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.Optional;

/**
 * Who acts on a unit's risk point: its head approves, the leadership member who supervises
 * (分管) the unit — or its nearest supervised ancestor — approves high risks, and the nearest
 * discipline inspection commissioner (纪检委员) verifies.
 */
record RiskPeople(String unitHead, String supervisor, String inspector) {

    static RiskPeople of(Organisation org, String unitId) {
        String head = org.nearest(unitId, Role.UNIT_HEAD).map(Person::id).orElse(null);
        String inspector =
                org.nearest(unitId, Role.DISCIPLINE_INSPECTOR).map(Person::id).orElse(null);
        return new RiskPeople(head, supervisorOf(org, unitId).map(Person::id).orElse(null), inspector);
    }

    private static Optional<Person> supervisorOf(Organisation org, String unitId) {
        for (Unit unit : org.pathToRoot(unitId)) {
            Optional<Person> leader = org.withRole(Role.LEADERSHIP_MEMBER).stream()
                    .filter(p -> p.supervisedUnitIds().contains(unit.id()))
                    .findFirst();
            if (leader.isPresent()) {
                return leader;
            }
        }
        return org.withRole(Role.SECRETARY).stream().findFirst();
    }
}
