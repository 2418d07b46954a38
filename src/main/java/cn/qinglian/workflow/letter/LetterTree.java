package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who signs with whom: the 党组书记 with each leadership member; each leadership member with the heads
 * of the units they supervise (分管, so 两新组织 and 协会 too); each head with every cadre of their unit
 * and of units below it without a head of their own. Anyone the rule leaves out signs with the
 * supervising leader of their unit, or with the secretary. The depth follows the organisation.
 */
final class LetterTree {

    private final Map<String, String> upper = new HashMap<>();
    private final Map<String, List<String>> lowers = new HashMap<>();
    private final String secretary;

    private LetterTree(String secretary) {
        this.secretary = secretary;
    }

    /** The tree, or a refusal the office can act on when the organisation has no serving 党组书记. */
    static LetterTree require(Organisation org) {
        return of(org).orElseThrow(
                        () -> ApiException.conflict("no-secretary", "组织架构中没有在岗的党组书记，无法确定责任书的签订关系；请先在组织架构中设置党组书记。"));
    }

    /** The tree of the organisation last asked about: built again only when the organisation changed. */
    private record Built(Organisation org, Optional<LetterTree> tree) {}

    private static volatile Built last;

    static Optional<LetterTree> of(Organisation org) {
        Built built = last;
        if (built == null || built.org() != org) {
            built = new Built(org, build(org));
            last = built;
        }
        return built.tree();
    }

    private static Optional<LetterTree> build(Organisation org) {
        Optional<Person> secretary =
                org.withRole(Role.SECRETARY).stream().filter(Person::active).findFirst();
        if (secretary.isEmpty()) {
            return Optional.empty();
        }
        LetterTree tree = new LetterTree(secretary.get().id());
        org.people().stream()
                .filter(Person::active)
                .filter(p -> !p.id().equals(tree.secretary))
                .sorted(Comparator.comparing(Person::id))
                .forEach(p -> {
                    String up = tree.upperOf(org, p);
                    tree.upper.put(p.id(), up);
                    tree.lowers.computeIfAbsent(up, k -> new ArrayList<>()).add(p.id());
                });
        return Optional.of(tree);
    }

    String secretary() {
        return secretary;
    }

    Optional<String> upper(String personId) {
        return Optional.ofNullable(upper.get(personId));
    }

    List<String> lowers(String personId) {
        return lowers.getOrDefault(personId, List.of());
    }

    /** 1 for those who sign with the secretary, 2 for their lowers, and so on. */
    int level(String personId) {
        int level = 0;
        for (String p = personId; p != null && !p.equals(secretary) && level <= upper.size(); p = upper.get(p)) {
            level++;
        }
        return level;
    }

    /** Everyone who signs (all but the secretary). */
    int size() {
        return upper.size();
    }

    private String upperOf(Organisation org, Person p) {
        if (p.has(Role.LEADERSHIP_MEMBER)) {
            return secretary;
        }
        if (!p.has(Role.UNIT_HEAD)) {
            for (Unit unit : org.pathToRoot(p.unitId())) {
                Optional<Person> head = org.membersOf(unit.id()).stream()
                        .filter(h -> h.active() && h.has(Role.UNIT_HEAD) && !h.id().equals(p.id()))
                        .findFirst();
                if (head.isPresent()) {
                    return head.get().id();
                }
            }
        }
        for (Unit unit : org.pathToRoot(p.unitId())) {
            Optional<Person> leader = org.withRole(Role.LEADERSHIP_MEMBER).stream()
                    .filter(l -> l.active() && l.supervisedUnitIds().contains(unit.id()) && !l.id().equals(p.id()))
                    .findFirst();
            if (leader.isPresent()) {
                return leader.get().id();
            }
        }
        return secretary;
    }
}
