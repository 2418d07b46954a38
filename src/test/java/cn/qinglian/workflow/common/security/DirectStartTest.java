package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.annualtasks.TaskListProcess;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.education.LeaveProcess;
import cn.qinglian.workflow.integritytalk.TalkProcess;
import cn.qinglian.workflow.letter.LetterProcess;
import cn.qinglian.workflow.risk.RiskProcess;
import cn.qinglian.workflow.secretaryproject.ProjectProcess;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import cn.qinglian.workflow.sitebuilding.JointBuildingProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19.1: a start made directly through the engine — every start path of {@code /engine-rest} and
 * of the webapps' API, by key, id and tenant, {@code /start} and {@code /submit-form} — may not carry
 * the ids and people a process routes and decides with, and processes without a start form cannot be
 * started that way at all. Each refusal is a 4xx problem+json and leaves every table as it was.
 */
class DirectStartTest extends IntegrationTest {

    private static final String MEMBER = "m0052";
    private static final List<String> PROCESSES = List.of(
            RiskProcess.PROCESS_KEY,
            LetterProcess.PROCESS_KEY,
            LetterProcess.PAIR_KEY,
            LetterProcess.GROUP_KEY,
            SelfReviewProcess.CAMPAIGN_KEY,
            SelfReviewProcess.UNIT_KEY,
            SelfReviewProcess.MEMBER_KEY,
            TaskListProcess.PROCESS_KEY,
            ProjectProcess.PROCESS_KEY,
            JointBuildingProcess.PROCESS_KEY,
            LeaveProcess.PROCESS_KEY,
            TalkProcess.PROCESS_KEY);
    /** What an attacker would route with: another unit's point, letter, campaign, themselves as approvers. */
    private static final String TRUSTED_VARIABLES = "{\"riskPointId\":{\"value\":1,\"type\":\"Long\"},"
            + "\"letterId\":{\"value\":1,\"type\":\"Long\"},\"campaignId\":{\"value\":1,\"type\":\"Long\"},"
            + "\"listId\":{\"value\":1,\"type\":\"Long\"},\"unitId\":{\"value\":\"x01\"},"
            + "\"unitHead\":{\"value\":\"" + MEMBER + "\"},\"supervisor\":{\"value\":\"" + MEMBER + "\"},"
            + "\"inspector\":{\"value\":\"" + MEMBER + "\"},\"signer\":{\"value\":\"" + MEMBER + "\"},"
            + "\"member\":{\"value\":\"" + MEMBER + "\"},\"reviewer\":{\"value\":\"" + MEMBER + "\"},"
            + "\"projectId\":{\"value\":1,\"type\":\"Long\"},\"approver\":{\"value\":\"" + MEMBER + "\"},"
            + "\"talkId\":{\"value\":1,\"type\":\"Long\"},\"talker\":{\"value\":\"" + MEMBER + "\"},"
            + "\"leaveId\":{\"value\":1,\"type\":\"Long\"}}";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private record Attempt(String name, Runnable check) {}

    @TestFactory
    Stream<DynamicTest> noStartPathLetsAMemberStartAProcessWithTheVariablesItRoutesWith() {
        TableCounts counts = new TableCounts(jdbc);
        WebappSession tasklist = tasklistSession(MEMBER);
        List<DynamicTest> tests = new ArrayList<>();
        for (String key : PROCESSES) {
            String id = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult()
                    .getId();
            // Everyone may start a risk point (its start form): the guard refuses the variables. The others the
            // engine refuses members outright (no CREATE_INSTANCE); no tenant has a definition at all.
            String expected = key.equals(RiskProcess.PROCESS_KEY) ? "process-variable" : "forbidden";
            for (String definition : List.of("key/" + key, id, "key/" + key + "/tenant-id/t1")) {
                String code = definition.contains("tenant-id") ? "not-found" : expected;
                for (String action : List.of("start", "submit-form")) {
                    for (String prefix :
                            List.of("/engine-rest", "/engine-rest/engine/default", "/engine-rest/engine/%64efault")) {
                        String path = prefix + "/process-definition/" + definition + "/" + action;
                        tests.add(refusedAndNothingChanged(
                                counts, MEMBER + " " + path, code, () -> post(path, attempt(), null)));
                    }
                    String webapp =
                            "/camunda/api/engine/engine/default/process-definition/" + definition + "/" + action;
                    tests.add(refusedAndNothingChanged(
                            counts, MEMBER + " Tasklist " + webapp, code, () -> post(webapp, attempt(), tasklist)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void tasklistOffersToStartOnlyTheProcessesWithAStartForm() {
        for (String key : PROCESSES) {
            boolean startForm = key.equals(RiskProcess.PROCESS_KEY)
                    || key.equals(LetterProcess.PROCESS_KEY)
                    || key.equals(ProjectProcess.PROCESS_KEY)
                    || key.equals(TalkProcess.PROCESS_KEY);
            assertThat(engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(key)
                            .latestVersion()
                            .singleResult()
                            .isStartableInTasklist())
                    .as(key)
                    .isEqualTo(startForm);
        }
    }

    @Test
    void aStartAtChosenActivitiesWithoutListenersIsRefusedToo() {
        TableCounts counts = new TableCounts(jdbc);
        Map<String, Long> before = counts.snapshot();

        ResponseEntity<String> response = post(
                "/engine-rest/process-definition/key/" + RiskProcess.PROCESS_KEY + "/start",
                "{\"skipCustomListeners\":true,\"skipIoMappings\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"" + RiskProcess.TASK_SUPERVISOR_APPROVAL + "\"}],\"variables\":"
                        + TRUSTED_VARIABLES + "}",
                null);

        assertThat(response.getStatusCode().is4xxClientError())
                .as(response.getBody())
                .isTrue();
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void aProcessWithAStartFormAndNoInitiatorStartsWithItsFieldsNestedOnesIncluded() throws Exception {
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("testFormStart")
                        .count()
                == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name("testFormStart")
                    .addClasspathResource("bpmn/test-form-start.bpmn")
                    .addClasspathResource("bpmn/test-form-start.form")
                    .deploy();
        }

        ResponseEntity<String> started = postJson(
                as("demo"),
                "/engine-rest/process-definition/key/testFormStart/submit-form",
                "{\"variables\":{\"note\":{\"value\":\"说明\"},\"amount\":{\"value\":3}}}");
        ResponseEntity<String> refused = postJson(
                as("demo"),
                "/engine-rest/process-definition/key/testFormStart/start",
                "{\"variables\":{\"note\":{\"value\":\"说明\"},\"supervisor\":{\"value\":\"demo\"}}}");

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("detail").asText())
                .contains("supervisor")
                .doesNotContain("note");
    }

    @Test
    void aStartAtTheStartEventWhoseInstructionCarriesTheVariablesIsRefused() throws Exception {
        TableCounts counts = new TableCounts(jdbc);
        Map<String, Long> before = counts.snapshot();

        ResponseEntity<String> response = post(
                "/engine-rest/process-definition/key/" + RiskProcess.PROCESS_KEY + "/start",
                "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"startEvent_registered\","
                        + "\"variables\":" + TRUSTED_VARIABLES + "}]}",
                null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(response.getBody()).path("detail").asText()).contains("不能从指定环节");
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void aStartFormCannotNameSomeoneElseAsItsInitiator() throws Exception {
        ResponseEntity<String> response = post(
                "/engine-rest/process-definition/key/" + RiskProcess.PROCESS_KEY + "/submit-form",
                "{\"variables\":{\"registrant\":{\"value\":\"head-x01\"},\"post\":{\"value\":\"秘书长\"}}}",
                null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("detail").asText()).contains("registrant");
    }

    @Test
    void evenTheAdministratorStartsACampaignOnlyThroughTheApi() throws Exception {
        ResponseEntity<String> response = postJson(
                as("demo"),
                "/engine-rest/process-definition/key/" + SelfReviewProcess.CAMPAIGN_KEY + "/start",
                "{\"businessKey\":\"direct-start-admin\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("detail").asText()).contains("查改剖自查活动", "不能直接启动");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey("direct-start-admin")
                        .count())
                .isZero();
    }

    /** Each attempt its own business key, so that no refusal is only a duplicate's. */
    private static String attempt() {
        return "{\"businessKey\":\"direct-start-" + UUID.randomUUID() + "\",\"variables\":" + TRUSTED_VARIABLES + "}";
    }

    private DynamicTest refusedAndNothingChanged(
            TableCounts counts, String name, String code, java.util.function.Supplier<ResponseEntity<String>> call) {
        return DynamicTest.dynamicTest(name, () -> {
            Map<String, Long> before = counts.snapshot();
            ResponseEntity<String> response = call.get();
            String body = response.getBody() == null ? "" : response.getBody();
            assertThat(response.getStatusCode().is4xxClientError())
                    .as(name + ": " + response.getStatusCode() + " " + body)
                    .isTrue();
            assertThat(json.readTree(body).path("code").asText()).as(body).isEqualTo(code);
            assertThat(body).doesNotContain("Exception", "\tat ");
            assertThat(counts.snapshot()).as(name).isEqualTo(before);
        });
    }

    /** A POST by the member, over HTTP Basic or in their Tasklist session; the path is sent as written. */
    private ResponseEntity<String> post(String path, String body, WebappSession session) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (session != null) {
            headers.add(
                    HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId() + "; XSRF-TOKEN=" + session.xsrfToken());
            headers.add("X-XSRF-TOKEN", session.xsrfToken());
        }
        var client = session == null ? as(MEMBER) : http;
        return client.exchange(
                URI.create(http.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
