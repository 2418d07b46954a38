package cn.qinglian.workflow.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole organisation read at one moment, for routing work along the tree without a query
 * per step. Built by {@link OrgService#organisation()}.
 */
public final class Organisation {

    private final Map<String, Unit> units;
    private final Map<String, Person> people;
    private final Map<String, List<Unit>> children;
    private final Map<String, List<Person>> members;

    Organisation(Collection<Unit> units, Collection<Person> people) {
        this.units = units.stream().collect(Collectors.toMap(Unit::id, u -> u, (a, b) -> a, LinkedHashMap::new));
        this.people = people.stream().collect(Collectors.toMap(Person::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        this.children = units.stream()
                .filter(u -> u.parentId() != null)
                .sorted(Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::id))
                .collect(Collectors.groupingBy(Unit::parentId, LinkedHashMap::new, Collectors.toList()));
        this.members = people.stream()
                .filter(Person::active)
                .collect(Collectors.groupingBy(Person::unitId, LinkedHashMap::new, Collectors.toList()));
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Collection<Person> people() {
        return people.values();
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    public List<Unit> childrenOf(String unitId) {
        return children.getOrDefault(unitId, List.of());
    }

    /** Active people whose own unit is {@code unitId}. */
    public List<Person> membersOf(String unitId) {
        return members.getOrDefault(unitId, List.of());
    }

    public List<Person> withRole(Role role) {
        return people.values().stream().filter(p -> p.active() && p.has(role)).toList();
    }

    /** Whether the person exists, is active and holds any of the roles. */
    public boolean holds(String personId, Role... roles) {
        return person(personId)
                .filter(Person::active)
                .map(p -> Arrays.stream(roles).anyMatch(p::has))
                .orElse(false);
    }

    /** The unit and its ancestors, nearest first. */
    public List<Unit> pathToRoot(String unitId) {
        List<Unit> path = new ArrayList<>();
        Unit current = units.get(unitId);
        while (current != null && path.size() <= units.size()) {
            path.add(current);
            current = current.parentId() == null ? null : units.get(current.parentId());
        }
        return path;
    }

    /** The nearest person holding {@code role} in the unit or, failing that, up the tree. */
    public Optional<Person> nearest(String unitId, Role role) {
        for (Unit unit : pathToRoot(unitId)) {
            Optional<Person> found =
                    membersOf(unit.id()).stream().filter(p -> p.has(role)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
