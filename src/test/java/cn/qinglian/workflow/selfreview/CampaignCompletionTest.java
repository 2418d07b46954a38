package cn.qinglian.workflow.selfreview;

import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.MIN_ANALYSIS;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.OFFICE;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.analysis;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.approve;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.check;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19.5: when several units finish at the same moment, their last jobs do not collide on the
 * campaign's instance (an OptimisticLockingException sent each into a one-minute retry, and the campaign
 * and report card stayed 进行中 for minutes); the campaign completes with the jobs they leave behind.
 */
class CampaignCompletionTest extends IntegrationTest {

    private static final int UNITS = 4;

    @Autowired
    CampaignService campaigns;

    @Autowired
    OrgService org;

    @Test
    void unitsThatFinishTogetherCompleteTheCampaignWithoutARetry() throws Exception {
        List<String> unitIds = smallUnits();
        Campaign campaign = campaigns.launch(request(unitIds, 0), OFFICE);
        SelfReviewFixtures.fanOut(engine, campaign.businessKey());
        for (Task first : engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyLike(SelfReviewProcess.memberBusinessKey(campaign.businessKey(), "%"))
                .taskDefinitionKey(SelfReviewProcess.TASK_CHECK)
                .list()) {
            String member = first.getProcessInstanceId();
            engine.getTaskService().complete(first.getId(), check());
            engine.getTaskService().complete(taskOf(member).getId(), analysis(MIN_ANALYSIS));
            engine.getTaskService().complete(taskOf(member).getId(), approve());
        }
        List<Job> lastOfEachUnit = new ArrayList<>();
        for (ProcessInstance unit : unitInstances(campaign)) {
            List<Job> jobs = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(unit.getId())
                    .list();
            jobs.subList(0, jobs.size() - 1)
                    .forEach(job -> engine.getManagementService().executeJob(job.getId()));
            lastOfEachUnit.add(jobs.get(jobs.size() - 1));
        }
        assertThat(lastOfEachUnit).as("a unit's subtree takes part too").hasSizeGreaterThanOrEqualTo(UNITS);

        CyclicBarrier together = new CyclicBarrier(lastOfEachUnit.size());
        ExecutorService threads = Executors.newFixedThreadPool(lastOfEachUnit.size());
        List<Future<?>> ends = new ArrayList<>();
        for (Job job : lastOfEachUnit) {
            ends.add(threads.submit(() -> {
                together.await();
                engine.getManagementService().executeJob(job.getId());
                return null;
            }));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> end : ends) {
            end.get();
        }

        assertThat(unitInstances(campaign)).as("every unit has ended").isEmpty();
        SelfReviewFixtures.fanOut(engine, campaign.businessKey());
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .withException()
                        .list())
                .noneMatch(job -> engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()
                        .startsWith(campaign.businessKey()));
    }

    /** Units with one to three active members of their own (a campaign takes in their subtrees too). */
    private List<String> smallUnits() {
        Organisation organisation = org.organisation();
        Map<String, Long> members = organisation.people().stream()
                .filter(Person::active)
                .collect(Collectors.groupingBy(Person::unitId, Collectors.counting()));
        List<String> small = members.entrySet().stream()
                .filter(e -> e.getValue() <= 3)
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(small).hasSizeGreaterThanOrEqualTo(UNITS);
        return small.subList(0, UNITS);
    }

    private List<ProcessInstance> unitInstances(Campaign campaign) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SelfReviewProcess.UNIT_KEY)
                .processInstanceBusinessKey(campaign.businessKey())
                .list();
    }

    private Task taskOf(String processInstanceId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }
}
