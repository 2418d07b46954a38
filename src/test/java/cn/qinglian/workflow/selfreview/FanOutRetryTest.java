package cn.qinglian.workflow.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fan-out job that fails (here the unit step of a campaign whose row does not exist, so enrolling
 * the unit's members breaks a foreign key) is retried three times a minute apart
 * ({@code failedJobRetryTimeCycle}), leaves no review rows behind, and ends as an incident that
 * Cockpit lists through {@code /engine-rest/incident}.
 */
class FanOutRetryTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(FanOutRetryTest.class);
    private static final long MISSING_CAMPAIGN = 987_654_321L;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void failingUnitStepRetriesWithBackOffThenRaisesIncident() {
        String businessKey = "fault-retry-" + UUID.randomUUID();
        String instanceId = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        SelfReviewProcess.CAMPAIGN_KEY,
                        businessKey,
                        Variables.createVariables()
                                .putValue(SelfReviewProcess.VAR_CAMPAIGN_ID, MISSING_CAMPAIGN)
                                .putValue(SelfReviewProcess.VAR_UNIT_IDS, ProcessVariables.jsonList(List.of("a01"))))
                .getId();
        Job launch = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instanceId)
                .singleResult();
        engine.getManagementService().executeJob(launch.getId());
        String unitInstance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(instanceId)
                .singleResult()
                .getId();
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(unitInstance)
                .singleResult();
        assertThat(job.getRetries()).isEqualTo(3);

        int attempts = 0;
        for (int expectedRetries = 2; expectedRetries >= 0; expectedRetries--) {
            Date failedAt = ClockUtil.getCurrentTime();
            String jobId = job.getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId));
            attempts++;
            job = engine.getManagementService().createJobQuery().jobId(jobId).singleResult();

            assertThat(job.getRetries()).isEqualTo(expectedRetries);
            assertThat(reviewRows()).isZero();
            if (expectedRetries > 0) {
                long backOff = job.getDuedate().getTime() - failedAt.getTime();
                assertThat(backOff)
                        .isBetween(
                                Duration.ofSeconds(59).toMillis(),
                                Duration.ofSeconds(61).toMillis());
                assertThat(engine.getManagementService()
                                .createJobQuery()
                                .jobId(jobId)
                                .executable()
                                .count())
                        .as("not picked up again before the back-off")
                        .isZero();
                ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1_000));
                assertThat(engine.getManagementService()
                                .createJobQuery()
                                .jobId(jobId)
                                .executable()
                                .count())
                        .isEqualTo(1);
            }
        }

        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(unitInstance)
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getConfiguration()).isEqualTo(job.getId());
        ResponseEntity<String> cockpit =
                as("demo").getForEntity("/engine-rest/incident?processInstanceId=" + unitInstance, String.class);
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cockpit.getBody()).contains("\"incidentType\":\"failedJob\"").contains(job.getId());
        log.info(
                "Fan-out job failing: {} attempts, retries 3→0, back-off 60 s each, {} review rows, {} incident (failedJob)",
                attempts,
                reviewRows(),
                engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(unitInstance)
                        .count());

        engine.getRuntimeService().deleteProcessInstance(instanceId, "test over");
    }

    private int reviewRows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM self_review WHERE campaign_id = ?", Integer.class, MISSING_CAMPAIGN);
    }
}
