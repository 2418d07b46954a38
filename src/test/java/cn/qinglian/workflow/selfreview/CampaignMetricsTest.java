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
import cn.qinglian.workflow.org.Person;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Issue 27: the 查改剖 figures an administrator scrapes from /actuator/prometheus follow a campaign — its
 * expected reviews when launched, done as reviews are approved, gone once it has completed — and the open
 * tasks of the member process with them.
 */
class CampaignMetricsTest extends IntegrationTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    OrgService org;

    @Test
    void theCampaignFiguresFollowALaunchedCampaignUntilItCompletes() {
        String unitId = aSmallUnit();
        double tasksBefore = value(scrape(), "qinglian_tasks_open", "process", SelfReviewProcess.MEMBER_KEY)
                .orElse(0);

        Campaign campaign = campaigns.launch(request(List.of(unitId), 0), OFFICE);
        SelfReviewFixtures.fanOut(engine, campaign.businessKey());
        List<Task> checks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyLike(SelfReviewProcess.memberBusinessKey(campaign.businessKey(), "%"))
                .taskDefinitionKey(SelfReviewProcess.TASK_CHECK)
                .list();
        assertThat(checks).isNotEmpty();

        String launched = scrape();
        assertThat(value(launched, "qinglian_selfreview_campaign_expected", "campaign", campaign.businessKey()))
                .hasValue(checks.size());
        assertThat(value(launched, "qinglian_selfreview_campaign_done", "campaign", campaign.businessKey()))
                .hasValue(0);
        assertThat(value(launched, "qinglian_tasks_open", "process", SelfReviewProcess.MEMBER_KEY))
                .hasValue(tasksBefore + checks.size());

        for (Task first : checks) {
            String member = first.getProcessInstanceId();
            engine.getTaskService().complete(first.getId(), check());
            engine.getTaskService().complete(taskOf(member).getId(), analysis(MIN_ANALYSIS));
            engine.getTaskService().complete(taskOf(member).getId(), approve());
        }
        String approved = scrape();
        assertThat(value(approved, "qinglian_selfreview_campaign_done", "campaign", campaign.businessKey()))
                .hasValue(checks.size());

        SelfReviewFixtures.fanOut(engine, campaign.businessKey());
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.COMPLETED);
        String completed = scrape();
        assertThat(value(completed, "qinglian_selfreview_campaign_expected", "campaign", campaign.businessKey()))
                .as("a completed campaign is no longer shown")
                .isEmpty();
        assertThat(value(completed, "qinglian_tasks_open", "process", SelfReviewProcess.MEMBER_KEY)
                        .orElse(0))
                .isEqualTo(tasksBefore);
    }

    private String scrape() {
        var response = as("demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The value of the series of {@code metric} whose {@code label} is {@code value}, if there is one. */
    static OptionalDouble value(String scrape, String metric, String label, String value) {
        Matcher line = Pattern.compile("^" + metric + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape);
        while (line.find()) {
            if (line.group(1).contains(label + "=\"" + value + "\"")) {
                return OptionalDouble.of(Double.parseDouble(line.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    /** A unit with one or two active members of its own and no units under it. */
    private String aSmallUnit() {
        var organisation = org.organisation();
        Map<String, Long> members = organisation.people().stream()
                .filter(Person::active)
                .collect(Collectors.groupingBy(Person::unitId, Collectors.counting()));
        return members.entrySet().stream()
                .filter(e -> e.getValue() <= 2)
                .filter(e ->
                        organisation.units().stream().noneMatch(u -> e.getKey().equals(u.parentId())))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    private Task taskOf(String processInstanceId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }
}
