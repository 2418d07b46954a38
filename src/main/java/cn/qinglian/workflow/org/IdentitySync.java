package cn.qinglian.workflow.org;

import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mirrors the organisation into Camunda's users and groups: a group per unit
 * ({@code unit-<id>}) and per role ({@code role-...}), so candidate groups, Tasklist filters
 * and authorizations work and Admin shows the same organisation. Runs in the caller's
 * transaction, as the system: who may change the organisation is decided before.
 */
@Component
class IdentitySync {

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);
    /** Admin shows a group's type as it is stored: in Chinese, as the group names are. */
    static final String GROUP_TYPE = "组织架构";

    private final IdentityService identity;
    private final SystemAuthentication system;

    IdentitySync(IdentityService identity, SystemAuthentication system) {
        this.identity = identity;
        this.system = system;
    }

    void syncUnits(Collection<Unit> units) {
        system.run(() -> {
            units.forEach(unit ->
                    saveGroup(OrgIds.unitGroupId(unit.id()), unit.unitType().label() + "：" + unit.name()));
            for (Role role : Role.values()) {
                saveGroup(role.groupId(), role.label());
            }
        });
    }

    void syncPeople(Collection<Person> people, String newUserPassword) {
        system.run(() -> people.forEach(person -> {
            saveUser(person, newUserPassword);
            syncMemberships(person);
        }));
        log.info("Synced {} people into Camunda identity", people.size());
    }

    /**
     * Of these person ids, the Camunda accounts the organisation may not take over: administrators
     * ({@code camunda-admin}), and accounts that exist but are none of the organisation's people
     * (e.g. the configured administrator, or a technical user created in Admin).
     */
    Set<String> accountsNotOwned(Collection<String> personIds, Set<String> organisationPeople) {
        Set<String> existing = system.call(() -> {
            Set<String> found = new HashSet<>();
            List<String> ids = List.copyOf(new HashSet<>(personIds));
            for (int from = 0; from < ids.size(); from += 500) {
                String[] chunk =
                        ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new);
                identity.createUserQuery().userIdIn(chunk).list().forEach(user -> found.add(user.getId()));
            }
            return found;
        });
        Set<String> admins =
                system.call(() -> identity.createUserQuery().memberOfGroup(CurrentUser.ADMIN_GROUP).list().stream()
                        .map(User::getId)
                        .collect(Collectors.toSet()));
        return existing.stream()
                .filter(id -> admins.contains(id) || !organisationPeople.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void saveGroup(String id, String name) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        } else if (name.equals(group.getName()) && GROUP_TYPE.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(GROUP_TYPE);
        identity.saveGroup(group);
    }

    private void saveUser(Person person, String newUserPassword) {
        User user = identity.createUserQuery().userId(person.id()).singleResult();
        if (user == null) {
            user = identity.newUser(person.id());
            // Without a configured initial password the account stays locked until an
            // administrator sets one in Admin.
            user.setPassword(
                    newUserPassword != null
                            ? newUserPassword
                            : UUID.randomUUID().toString());
        } else if (person.name().equals(user.getFirstName()) && equalsNullable(person.email(), user.getEmail())) {
            return;
        }
        // Chinese names are written surname first: the whole name goes in one field.
        user.setFirstName(person.name());
        user.setLastName("");
        user.setEmail(person.email());
        identity.saveUser(user);
    }

    private void syncMemberships(Person person) {
        Set<String> wanted = person.active() ? wantedGroups(person) : Set.of();
        Set<String> current = identity.createGroupQuery().groupMember(person.id()).list().stream()
                .map(Group::getId)
                .filter(IdentitySync::isManaged)
                .collect(Collectors.toSet());
        for (String groupId : current) {
            if (!wanted.contains(groupId)) {
                identity.deleteMembership(person.id(), groupId);
            }
        }
        for (String groupId : wanted) {
            if (!current.contains(groupId)) {
                identity.createMembership(person.id(), groupId);
            }
        }
    }

    private static Set<String> wantedGroups(Person person) {
        Set<String> groups = new HashSet<>(List.of(OrgIds.unitGroupId(person.unitId())));
        person.roles().forEach(role -> groups.add(role.groupId()));
        return groups;
    }

    private static boolean isManaged(String groupId) {
        return groupId.startsWith("unit-") || groupId.startsWith("role-");
    }

    private static boolean equalsNullable(String a, String b) {
        return a == null ? b == null || b.isEmpty() : a.equals(b);
    }
}
