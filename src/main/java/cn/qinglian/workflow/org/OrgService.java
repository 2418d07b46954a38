package cn.qinglian.workflow.org;

import cn.qinglian.workflow.common.error.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes the organisation; every write is mirrored into Camunda's identity. */
@Service
public class OrgService {

    private final UnitMapper units;
    private final PersonMapper people;
    private final IdentitySync identitySync;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final OrgVersionMapper versions;
    private volatile Snapshot snapshot;

    /** The organisation as it was at one change token. */
    private record Snapshot(String token, Organisation organisation) {}

    OrgService(
            UnitMapper units,
            PersonMapper people,
            IdentitySync identitySync,
            Clock clock,
            ApplicationEventPublisher events,
            OrgVersionMapper versions) {
        this.units = units;
        this.people = people;
        this.identitySync = identitySync;
        this.clock = clock;
        this.events = events;
        this.versions = versions;
    }

    /**
     * The whole organisation. Processes ask for it at every step (who reviews whom, who signs with
     * whom), so it is kept in memory and reloaded only when its change token has moved — which every
     * save, on any node, does.
     */
    @Transactional(readOnly = true)
    public Organisation organisation() {
        String token = versions.token();
        Snapshot current = snapshot;
        if (current != null && current.token().equals(token)) {
            return current.organisation();
        }
        Organisation organisation = new Organisation(units.findAll(), assemble(people.findAll(), null));
        snapshot = new Snapshot(token, organisation);
        return organisation;
    }

    /**
     * The organisation as this node last read it, without asking whether it changed: for words shown
     * to people (a name in a notice), never for who may or must do what. Reads it on first use.
     */
    public Organisation recent() {
        Snapshot current = snapshot;
        return current != null ? current.organisation() : organisation();
    }

    @Transactional(readOnly = true)
    public List<Unit> units() {
        return units.findAll();
    }

    @Transactional(readOnly = true)
    public Unit unit(String id) {
        Unit unit = units.findById(id);
        if (unit == null) {
            throw ApiException.notFound("unit-not-found", "找不到单位：" + id);
        }
        return unit;
    }

    @Transactional(readOnly = true)
    public Person person(String id) {
        PersonMapper.PersonRow row = people.findById(id);
        if (row == null) {
            throw ApiException.notFound("person-not-found", "找不到人员：" + id);
        }
        return assemble(List.of(row), id).get(0);
    }

    @Transactional(readOnly = true)
    public List<Person> people(String unitId, Role role) {
        List<PersonMapper.PersonRow> rows = unitId == null ? people.findAll() : people.findByUnit(unitId);
        return assemble(rows, null).stream()
                .filter(p -> role == null || p.has(role))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return units.count() == 0;
    }

    /**
     * Creates or updates the given units and people (parents before children) and brings
     * Camunda's users, groups and memberships in line, all in the caller's transaction.
     *
     * @param newUserPassword password for people who are new to Camunda; null leaves them
     *                        without one until an administrator sets it
     */
    @Transactional
    public SaveResult save(Collection<Unit> unitsToSave, Collection<Person> peopleToSave, String newUserPassword) {
        Set<String> notOwned =
                accountsNotOwned(peopleToSave.stream().map(Person::id).toList());
        if (!notOwned.isEmpty()) {
            throw ApiException.invalidField("人员编号", notOwnedMessage(String.join("、", notOwned)));
        }
        Instant now = clock.instant();
        Set<String> existingUnits = units.findAll().stream().map(Unit::id).collect(Collectors.toSet());
        int unitsCreated = 0;
        for (Unit unit : parentsFirst(unitsToSave, existingUnits)) {
            if (existingUnits.contains(unit.id())) {
                units.update(unit, now);
            } else {
                units.insert(unit, now);
                existingUnits.add(unit.id());
                unitsCreated++;
            }
        }
        int peopleCreated = 0;
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Person person : peopleToSave) {
            PersonMapper.PersonRow before = people.findById(person.id());
            if (person.active() && (before == null || !before.active())) {
                joined.add(person.id());
            } else if (!person.active() && before != null && before.active()) {
                left.add(person.id());
            }
            if (before == null) {
                people.insert(person, now);
                peopleCreated++;
            } else {
                people.update(person, now);
                people.deleteRoles(person.id());
                people.deleteSupervisions(person.id());
            }
            person.roles().forEach(role -> people.insertRole(person.id(), role));
            person.supervisedUnitIds().forEach(unitId -> people.insertSupervision(person.id(), unitId));
        }
        versions.change(UUID.randomUUID().toString());
        identitySync.syncUnits(unitsToSave);
        identitySync.syncPeople(peopleToSave, newUserPassword);
        if (!joined.isEmpty() || !left.isEmpty()) {
            events.publishEvent(new PeopleChanged(joined, left));
        }
        return new SaveResult(
                unitsCreated, unitsToSave.size() - unitsCreated, peopleCreated, peopleToSave.size() - peopleCreated);
    }

    /** Of these ids, the accounts the organisation may not create or change (administrators, accounts of no person). */
    @Transactional(readOnly = true)
    public Set<String> accountsNotOwned(Collection<String> personIds) {
        Set<String> organisationPeople =
                people.findAll().stream().map(PersonMapper.PersonRow::id).collect(Collectors.toSet());
        return identitySync.accountsNotOwned(personIds, organisationPeople);
    }

    public static String notOwnedMessage(String ids) {
        return "编号 " + ids + " 是系统管理员或不属于本组织的账号，不能通过组织导入创建或修改。";
    }

    public record SaveResult(int unitsCreated, int unitsUpdated, int peopleCreated, int peopleUpdated) {}

    /** Orders units so that each parent that is saved too comes before its children. */
    private static List<Unit> parentsFirst(Collection<Unit> toSave, Set<String> existing) {
        Map<String, Unit> pending = new HashMap<>();
        toSave.forEach(u -> pending.put(u.id(), u));
        Set<String> placed = new HashSet<>(existing);
        pending.keySet().forEach(placed::remove);
        List<Unit> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<Unit> ready = pending.values().stream()
                    .filter(u ->
                            u.parentId() == null || placed.contains(u.parentId()) || !pending.containsKey(u.parentId()))
                    .sorted((a, b) -> a.id().compareTo(b.id()))
                    .toList();
            if (ready.isEmpty()) {
                throw ApiException.invalidField("parentId", "单位的上级关系形成了循环：" + pending.keySet());
            }
            ready.forEach(u -> {
                ordered.add(u);
                placed.add(u.id());
                pending.remove(u.id());
            });
        }
        return ordered;
    }

    private List<Person> assemble(List<PersonMapper.PersonRow> rows, String onlyPersonId) {
        Map<String, Set<Role>> roles = new HashMap<>();
        people.findRoles(onlyPersonId)
                .forEach(r -> roles.computeIfAbsent(r.personId(), k -> EnumSet.noneOf(Role.class))
                        .add(r.role()));
        Map<String, List<String>> supervised = people.findSupervisions(onlyPersonId).stream()
                .collect(Collectors.groupingBy(
                        PersonMapper.SupervisionRow::leaderId,
                        Collectors.mapping(PersonMapper.SupervisionRow::unitId, Collectors.toList())));
        return rows.stream()
                .map(r -> new Person(
                        r.id(),
                        r.name(),
                        r.unitId(),
                        r.post(),
                        r.email(),
                        r.active(),
                        roles.getOrDefault(r.id(), Set.of()),
                        supervised.getOrDefault(r.id(), List.of()),
                        new Person.Contacts(r.mobile(), r.dingtalkId(), r.zzdId(), r.wecomId())))
                .toList();
    }
}
