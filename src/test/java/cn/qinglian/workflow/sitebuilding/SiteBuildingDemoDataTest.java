package cn.qinglian.workflow.sitebuilding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo's 项目党建 ledger (loaded in the demo profile; built here by hand, as the tests run without it):
 * the commission's reported figures, and a restart that changes nothing.
 */
class SiteBuildingDemoDataTest extends IntegrationTest {

    @Autowired
    SiteBuildingService ledger;

    @Autowired
    AgreementService agreements;

    @Autowired
    ActivityService activities;

    @Autowired
    SiteBuildingMapper mapper;

    @Autowired
    SiteBuildingQueries queries;

    @Autowired
    OrgService org;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoHasTheCommissionsShapeAndARestartAddsNothing() {
        SiteBuildingDemoData demo = new SiteBuildingDemoData(
                ledger, agreements, activities, mapper, org, engine.getTaskService(), clock, transactions);

        assertThat(demo.load()).isTrue();

        Set<String> names =
                Arrays.stream(SiteBuildingDemoData.PROJECTS).map(p -> p[0]).collect(Collectors.toSet());
        Set<Long> projects = mapper.findProjects().stream()
                .filter(p -> names.contains(p.name()))
                .map(Project::id)
                .collect(Collectors.toSet());
        assertThat(projects).hasSize(19);
        List<PartyOrg> orgs = mapper.findOrgs(null).stream()
                .filter(o -> projects.contains(o.projectId()))
                .toList();
        long temporary = orgs.stream()
                .filter(o -> o.kind() == PartyOrgKind.TEMPORARY_BRANCH)
                .count();
        long posts = mapper.findPosts().stream()
                .filter(p -> projects.contains(p.projectId()))
                .count();
        assertThat(orgs).hasSize(19);
        assertThat(temporary + posts).isEqualTo(173);
        assertThat(orgs).filteredOn(o -> "p01".equals(o.unitId())).hasSize(1);
        assertThat(queries.groups().stream().map(ServiceGroup::name))
                .contains("第一服务指导组", "第七服务指导组")
                .filteredOn(n -> n.matches("第.服务指导组"))
                .hasSize(7);
        Set<Long> orgIds = orgs.stream().map(PartyOrg::id).collect(Collectors.toSet());
        List<Agreement> demoAgreements = mapper.findAgreements().stream()
                .filter(a -> orgIds.contains(a.partyOrgId()))
                .toList();
        assertThat(demoAgreements)
                .filteredOn(a -> a.status() == AgreementStatus.SIGNED)
                .hasSize(6);
        assertThat(demoAgreements)
                .filteredOn(a -> a.status() == AgreementStatus.AGENCY_SIGNING)
                .hasSize(1);
        assertThat(queries.activities(null).stream()
                        .filter(a -> demoAgreements.stream().anyMatch(d -> d.id() == a.agreementId())))
                .hasSize(12);
        assertThat(queries.gaps().stream().map(g -> g.project().name())).contains(SiteBuildingDemoData.PROJECTS[16][0]);

        List<Project> before = mapper.findProjects();
        assertThat(demo.load()).isFalse();
        assertThat(mapper.findProjects()).isEqualTo(before);
    }
}
