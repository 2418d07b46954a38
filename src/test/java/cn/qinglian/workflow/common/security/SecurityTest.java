package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** REST needs a login; Camunda's authorizations decide what each user sees and does. */
class SecurityTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void anonymousGets401OnEngineRestAndApi() {
        for (String path :
                List.of("/engine-rest/engine", "/engine-rest/task", "/api/org/units", "/api/audit/people/m0001")) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .startsWith("Basic");
        }
    }

    @Test
    void aPagesOwnScriptGets401WithoutTheBrowsersLoginDialog() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> response =
                http.exchange("/api/dashboard?year=2026", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE))
                .isFalse();
        assertThat(response.getBody()).contains("\"code\":\"unauthorized\"");
    }

    @Test
    void wrongPasswordGets401WithAProblemAndNoDetailsLeak() {
        // A user no other test signs in as: Camunda then refuses even the right password for a few seconds.
        ResponseEntity<String> response =
                http.withBasicAuth("m0100", "wrong").getForEntity("/api/org/units", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).contains("\"code\":\"unauthorized\"").doesNotContain("Exception");
    }

    @Test
    void memberSeesAndCompletesOnlyTheirOwnTask() {
        Task task = taskFor("m0001");

        ResponseEntity<String> othersList = as("m0002")
                .getForEntity("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId(), String.class);
        assertThat(othersList.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(othersList.getBody()).isEqualTo("[]");

        ResponseEntity<String> othersGet = as("m0002").getForEntity("/engine-rest/task/" + task.getId(), String.class);
        assertThat(othersGet.getStatusCode().value()).isIn(403, 404);

        ResponseEntity<String> othersComplete =
                postJson(as("m0002"), "/engine-rest/task/" + task.getId() + "/complete", "{}");
        assertThat(othersComplete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isEqualTo(1);

        ResponseEntity<String> ownList = as("m0001")
                .getForEntity("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId(), String.class);
        assertThat(ownList.getBody()).contains(task.getId());

        ResponseEntity<String> ownComplete = postJson(
                as("m0001"),
                "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}");
        assertThat(ownComplete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isZero();
    }

    @Test
    void administratorSeesAndCompletesAnyonesTask() {
        Task task = taskFor("m0003");

        ResponseEntity<String> list = as("demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId(), String.class);
        assertThat(list.getBody()).contains(task.getId());

        ResponseEntity<String> complete = postJson(as("demo"), "/engine-rest/task/" + task.getId() + "/complete", "{}");
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void memberCannotStartProcessesOverEngineRest() {
        ResponseEntity<String> response = postJson(
                as("m0004"),
                "/engine-rest/process-definition/key/" + SelfReviewProcess.CAMPAIGN_KEY + "/start",
                "{\"businessKey\":\"x-" + UUID.randomUUID() + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void membersMayUseTasklistButNotCockpitOrAdmin() {
        assertThat(webappLogin("m0005", "tasklist").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("m0005", "cockpit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("m0005", "admin").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("demo", "cockpit").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("demo", "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anApiCallInATasklistSessionKeepsTheSessionSoTasklistStaysSignedIn() {
        WebappSession session = tasklistSession("m0007");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId());

        ResponseEntity<String> api =
                http.exchange("/api/tasks/todo", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cookie(api, "JSESSIONID"))
                .as("no new session id for the browser")
                .isNull();
        assertThat(asTasklist(session, HttpMethod.GET, "/user/m0007/profile", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void tasklistSessionAuthenticatesApiReadsButNotUnprotectedWrites() {
        ResponseEntity<String> login = webappLogin("m0006", "tasklist");
        String session = cookie(login, "JSESSIONID");

        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
        ResponseEntity<String> read =
                http.exchange("/api/org/people/m0006", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).contains("\"id\":\"m0006\"");

        // A write riding on the session cookie alone (no CSRF token) is not authenticated.
        ResponseEntity<String> write =
                http.exchange("/api/org/import", HttpMethod.POST, new HttpEntity<>(headers), String.class);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyMemberSeesTheChineseTasklistFiltersAndTheyListOnlyTheirOwnTasks() throws Exception {
        Task task = taskFor("m0007");
        taskFor("m0008");

        JsonNode filters = json.readTree(as("m0007").getForObject("/engine-rest/filter", String.class));
        List<String> names = new ArrayList<>();
        filters.forEach(f -> names.add(f.path("name").asText()));
        assertThat(names).contains("我的待办", "我所在组的待办", "即将到期", "已逾期");

        String mine = null;
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals("我的待办")) {
                mine = filter.path("id").asText();
            }
        }
        JsonNode listed =
                json.readTree(as("m0007").getForObject("/engine-rest/filter/" + mine + "/list", String.class));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(task.getId());
    }

    private Task taskFor(String approver) {
        return startTestApproval("security-" + UUID.randomUUID(), approver);
    }
}
