package cn.qinglian.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.demo.DemoOrganisation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo organisation is loaded, readable over REST and mirrored into Camunda. */
class OrganisationApiTest extends IntegrationTest {

    @Autowired
    OrgService orgService;

    @Autowired
    ObjectMapper json;

    @Test
    void demoOrganisationIsLoadedWithItsShape() {
        Organisation org = orgService.organisation();
        assertThat(org.unit(DemoOrganisation.ROOT))
                .get()
                .extracting(Unit::unitType)
                .isEqualTo(UnitType.PARTY_GROUP);
        assertThat(org.units().stream().filter(u -> u.unitType() == UnitType.NEW_ORGANISATION))
                .hasSize(7);
        assertThat(org.units().stream().filter(u -> u.unitType() == UnitType.ASSOCIATION))
                .hasSize(5);
        assertThat(org.withRole(Role.SECRETARY)).extracting(Person::id).containsExactly("secretary");
        assertThat(org.person("leader1"))
                .get()
                .extracting(Person::supervisedUnitIds)
                .asList()
                .isNotEmpty();
    }

    @Test
    void routingHelpersFollowTheTree() {
        Organisation org = orgService.organisation();
        assertThat(org.pathToRoot("d01")).extracting(Unit::id).containsExactly("d01", "b1", "pg");
        assertThat(org.nearest("d02", Role.BRANCH_SECRETARY))
                .get()
                .extracting(Person::id)
                .isEqualTo("bs-b1");
        assertThat(org.nearest("p01", Role.UNIT_HEAD))
                .get()
                .extracting(Person::id)
                .isEqualTo("head-a01");
        assertThat(org.childrenOf("b1")).extracting(Unit::id).containsExactly("d01", "d02", "d03");
    }

    @Test
    void everySignedInUserReadsTheOrganisation() throws Exception {
        JsonNode units = json.readTree(as("m0001").getForObject("/api/org/units", String.class));
        assertThat(units.size()).isEqualTo(orgService.units().size());
        JsonNode heads = json.readTree(as("m0001").getForObject("/api/org/people?unitId=a01&role=单位负责人", String.class));
        assertThat(heads).hasSize(1);
        assertThat(heads.get(0).path("id").asText()).isEqualTo("head-a01");
        assertThat(heads.get(0).path("roleLabels").toString()).contains("单位负责人");
    }

    @Test
    void camundaHasAGroupPerUnitAndRoleWithTheRightMembers() {
        var identity = engine.getIdentityService();
        assertThat(identity.createGroupQuery()
                        .groupId("unit-d01")
                        .singleResult()
                        .getName())
                .isEqualTo("处室：办公室");
        assertThat(identity.createGroupQuery()
                        .groupId("role-secretary")
                        .singleResult()
                        .getName())
                .isEqualTo("党组书记");
        assertThat(identity.createUserQuery().memberOfGroup("role-secretary").list())
                .extracting(u -> u.getId())
                .containsExactly("secretary");
        assertThat(identity.createGroupQuery().groupMember("office1").list())
                .extracting(Group::getId)
                .contains("unit-d01", "role-party-office", "role-member");
        assertThat(identity.createUserQuery().memberOfGroup("role-member").count())
                .isGreaterThanOrEqualTo(orgService.people(null, Role.PARTY_MEMBER).stream()
                        .filter(p -> p.id().startsWith("m"))
                        .count());
    }
}
