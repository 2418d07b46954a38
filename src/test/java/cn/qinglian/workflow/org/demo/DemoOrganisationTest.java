package cn.qinglian.workflow.org.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoOrganisationTest {

    private final DemoOrganisation demo = DemoOrganisation.of(DemoOrganisation.DEFAULT_SIZE);

    @Test
    void hasTheConfiguredNumberOfPeopleWithUniqueIds() {
        assertThat(demo.people()).hasSize(DemoOrganisation.DEFAULT_SIZE);
        assertThat(demo.people().stream().map(Person::id).collect(Collectors.toSet()))
                .hasSize(DemoOrganisation.DEFAULT_SIZE);
        assertThat(DemoOrganisation.of(6000).people()).hasSize(6000);
    }

    @Test
    void putsSixHundredAndMorePeopleInTheAgencyAndItsAffiliatedUnits() {
        Set<String> agency = demo.units().stream()
                .filter(u -> u.unitType() != UnitType.NEW_ORGANISATION && u.unitType() != UnitType.ASSOCIATION)
                .map(Unit::id)
                .collect(Collectors.toSet());
        assertThat(demo.people().stream()
                        .filter(p -> agency.contains(p.unitId()))
                        .count())
                .isGreaterThanOrEqualTo(600);
    }

    @Test
    void hasTheCommissionsShape() {
        assertThat(count(UnitType.PARTY_GROUP)).isEqualTo(1);
        assertThat(count(UnitType.AGENCY_BRANCH)).isEqualTo(4);
        assertThat(count(UnitType.NEW_ORGANISATION)).isEqualTo(7);
        assertThat(count(UnitType.ASSOCIATION)).isEqualTo(5);
        assertThat(count(UnitType.PROJECT_PARTY_ORG)).isEqualTo(1);
        assertThat(withRole(Role.SECRETARY)).hasSize(1);
        assertThat(withRole(Role.LEADERSHIP_MEMBER)).hasSize(5);
    }

    @Test
    void everyUnitBelowThePartyGroupIsSupervisedByExactlyOneLeadershipMember() {
        Set<String> supervised = new HashSet<>();
        for (Person leader : withRole(Role.LEADERSHIP_MEMBER)) {
            assertThat(leader.supervisedUnitIds()).isNotEmpty();
            leader.supervisedUnitIds()
                    .forEach(id -> assertThat(supervised.add(id)).as(id).isTrue());
        }
        Set<String> expected = demo.units().stream()
                .filter(u -> u.unitType() != UnitType.PARTY_GROUP
                        && u.unitType() != UnitType.AGENCY_BRANCH
                        && u.unitType() != UnitType.PROJECT_PARTY_ORG)
                .map(Unit::id)
                .collect(Collectors.toSet());
        assertThat(supervised).isEqualTo(expected);
    }

    @Test
    void everyUnitWithPeopleHasAHeadOrBranchSecretaryAndEveryParentExists() {
        Set<String> ids = demo.units().stream().map(Unit::id).collect(Collectors.toSet());
        demo.units().stream()
                .filter(u -> u.parentId() != null)
                .forEach(u -> assertThat(ids).contains(u.parentId()));
        demo.people().forEach(p -> assertThat(ids).contains(p.unitId()));
        for (Unit unit : demo.units()) {
            if (unit.unitType() == UnitType.DEPARTMENT || unit.unitType() == UnitType.AFFILIATED_UNIT) {
                assertThat(demo.people())
                        .filteredOn(p -> p.unitId().equals(unit.id()) && p.has(Role.UNIT_HEAD))
                        .as(unit.id())
                        .hasSize(1);
            }
        }
        long newOrgsWithInspector = demo.units().stream()
                .filter(u -> u.unitType() == UnitType.NEW_ORGANISATION)
                .filter(u -> demo.people().stream()
                        .anyMatch(p -> p.unitId().equals(u.id()) && p.has(Role.DISCIPLINE_INSPECTOR)))
                .count();
        assertThat(newOrgsWithInspector).isEqualTo(5);
    }

    @Test
    void isTheSameEveryTimeAndHoldsRareCharacters() {
        assertThat(DemoOrganisation.of(DemoOrganisation.DEFAULT_SIZE).people()).isEqualTo(demo.people());
        assertThat(demo.people()).extracting(Person::name).contains("王𠀾", "李𡘙");
    }

    @Test
    void aCityOfTwentyThousandHasTwoHundredFortyUnitsWithEveryPostFilled() {
        DemoOrganisation city = DemoOrganisation.of(20_000);
        assertThat(city.people()).hasSize(20_000);
        assertThat(city.people().stream().map(Person::id).distinct()).hasSize(20_000);
        assertThat(city.units()).hasSizeGreaterThanOrEqualTo(240);
        Set<String> ids = city.units().stream().map(Unit::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(city.units().size());
        city.people().forEach(p -> assertThat(ids).contains(p.unitId()));
        for (Unit unit : city.units()) {
            List<Person> inUnit = city.people().stream()
                    .filter(p -> p.unitId().equals(unit.id()))
                    .toList();
            if (unit.unitType() == UnitType.DEPARTMENT || unit.unitType() == UnitType.AFFILIATED_UNIT) {
                assertThat(inUnit)
                        .filteredOn(p -> p.has(Role.UNIT_HEAD))
                        .as(unit.id())
                        .hasSize(1);
            }
            if (unit.unitType() == UnitType.AGENCY_BRANCH
                    || (unit.id().startsWith("q") && unit.unitType() != UnitType.DEPARTMENT)) {
                assertThat(inUnit)
                        .filteredOn(p -> p.has(Role.BRANCH_SECRETARY))
                        .as(unit.id())
                        .hasSize(1);
                assertThat(inUnit)
                        .filteredOn(p -> p.has(Role.DISCIPLINE_INSPECTOR))
                        .as(unit.id())
                        .hasSize(1);
            }
        }
        Set<String> supervised = new HashSet<>();
        city.people().stream()
                .filter(p -> p.has(Role.LEADERSHIP_MEMBER))
                .forEach(l -> l.supervisedUnitIds()
                        .forEach(u -> assertThat(supervised.add(u)).isTrue()));
        assertThat(supervised)
                .containsAll(city.units().stream()
                        .filter(u -> u.unitType() == UnitType.DEPARTMENT || u.unitType() == UnitType.AFFILIATED_UNIT)
                        .map(Unit::id)
                        .toList());
        // The benchmark's branch secretary with ≈ 500 reviews: the largest affiliated unit's.
        assertThat(city.people().stream().filter(p -> p.unitId().equals("a01")).count())
                .isBetween(480L, 520L);
    }

    @Test
    void sizesUpToTheCommissionsCapacityAreTheCommissionAlone() {
        DemoOrganisation six = DemoOrganisation.of(6000);
        assertThat(six.units()).hasSameSizeAs(demo.units());
        assertThat(six.units()).noneMatch(u -> u.id().startsWith("q"));
        // The city keeps the commission's people as they are at its capacity.
        List<Person> atCapacity =
                DemoOrganisation.of(DemoOrganisation.COMMISSION_CAPACITY).people();
        Set<String> cityIds =
                DemoOrganisation.of(8000).people().stream().map(Person::id).collect(Collectors.toSet());
        assertThat(cityIds).containsAll(atCapacity.stream().map(Person::id).toList());
    }

    private long count(UnitType type) {
        return demo.units().stream().filter(u -> u.unitType() == type).count();
    }

    private List<Person> withRole(Role role) {
        return demo.people().stream().filter(p -> p.has(role)).toList();
    }
}
