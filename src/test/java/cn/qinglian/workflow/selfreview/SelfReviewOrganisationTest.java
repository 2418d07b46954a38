package cn.qinglian.workflow.selfreview;

import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.OFFICE;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A campaign over the whole demo organisation (on MySQL in the -Pmysql run): everyone gets exactly one review. */
class SelfReviewOrganisationTest extends IntegrationTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    CoverageQueries coverage;

    @Autowired
    OrgService org;

    @Test
    void aWholeOrganisationCampaignReachesEveryActiveMemberOnceUnitByUnit() {
        Campaign campaign = campaigns.launch(request(List.of(), 0.1), OFFICE);
        List<Job> launch = engine.getManagementService()
                .createJobQuery()
                .messages()
                .processInstanceId(campaignProcessId(campaign))
                .list();
        assertThat(launch).as("the launch only queues one job per unit").hasSize((int) unitsWithMembers());
        launch.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        List<Job> unitJobs = engine
                .getManagementService()
                .createJobQuery()
                .messages()
                .processDefinitionKey(SelfReviewProcess.UNIT_KEY)
                .list()
                .stream()
                .filter(job -> unitInstances(campaign).contains(job.getProcessInstanceId()))
                .toList();
        assertThat(unitJobs)
                .as("each starts its unit, which prepares in a job of its own")
                .hasSize((int) unitsWithMembers());
        engine.getManagementService().executeJob(unitJobs.get(0).getId());
        assertThat(coverage.coverage(campaign.id(), OFFICE).units())
                .as("one unit enrolled in its own transaction; the others wait in their jobs, across a restart too")
                .hasSize(1);
        SelfReviewFixtures.fanOut(engine, campaign.businessKey());

        List<String> everyone = org.organisation().people().stream()
                .filter(Person::active)
                .map(Person::id)
                .sorted()
                .toList();
        List<Task> checks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyLike(SelfReviewProcess.memberBusinessKey(campaign.businessKey(), "%"))
                .taskDefinitionKey(SelfReviewProcess.TASK_CHECK)
                .list();
        assertThat(checks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(everyone);

        Coverage result = coverage.coverage(campaign.id(), OFFICE);
        assertThat(result.total().members()).isEqualTo(everyone.size());
        Map<String, Long> byUnit = org.organisation().people().stream()
                .filter(Person::active)
                .collect(Collectors.groupingBy(Person::unitId, Collectors.counting()));
        assertThat(result.units())
                .allSatisfy(u -> assertThat((long) u.members()).isEqualTo(byUnit.get(u.unitId())));
        assertThat(result.total().submitted()).isZero();

        campaigns.close(campaign.id(), "测试结束", OFFICE);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKeyLike(
                                SelfReviewProcess.memberBusinessKey(campaign.businessKey(), "%"))
                        .count())
                .isZero();
    }

    private String campaignProcessId(Campaign campaign) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SelfReviewProcess.CAMPAIGN_KEY)
                .processInstanceBusinessKey(campaign.businessKey())
                .singleResult()
                .getId();
    }

    private Set<String> unitInstances(Campaign campaign) {
        return engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SelfReviewProcess.UNIT_KEY)
                .processInstanceBusinessKey(campaign.businessKey())
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
    }

    private long unitsWithMembers() {
        return org.organisation().units().stream()
                .filter(u -> org.organisation().membersOf(u.id()).stream().anyMatch(Person::active))
                .count();
    }
}
