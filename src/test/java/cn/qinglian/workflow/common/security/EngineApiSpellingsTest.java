package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.TestHandlers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 19.2: the guard on the variables a process routes with sees every spelling of every guarded
 * task operation that Camunda REST or the webapps' API accepts — default or named engine, an encoded
 * engine name or letter, a trailing slash, matrix parameters, doubled slashes, another case. Each
 * spelling is refused with a 4xx, and the process's variables stay as they were.
 */
class EngineApiSpellingsTest extends IntegrationTest {

    private static final String MEMBER = "m0051";
    private static final String SUPERVISOR = "leader1";
    private static final long POINT = 7L;

    /**
     * The spellings Tomcat and Jersey route to the task resource; the others Spring Security's firewall
     * (doubled slash, matrix parameter: 400) or Jersey's case-sensitive matching (404) refuse before it.
     */
    private static final java.util.Set<String> REACHES_THE_ENGINE =
            java.util.Set.of("as documented", "trailing slash", "encoded letter");

    private record Operation(HttpMethod method, String path, Object body) {}

    @TestFactory
    Stream<DynamicTest> everySpellingOfATaskWriteIsGuarded() {
        deployTestProcess("bpmn/test-approval.bpmn", TestHandlers.TEST_APPROVAL);
        String instanceId = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        TestHandlers.TEST_APPROVAL,
                        "spellings",
                        Map.of(TestHandlers.VAR_APPROVER, MEMBER, "supervisor", SUPERVISOR, "riskPointId", POINT))
                .getId();
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult();
        String me = "{\"value\":\"" + MEMBER + "\"}";
        String t = "/task/" + task.getId() + "/";
        List<Operation> operations = List.of(
                new Operation(HttpMethod.POST, t + "complete", "{\"variables\":{\"supervisor\":" + me + "}}"),
                new Operation(HttpMethod.POST, t + "submit-form", "{\"variables\":{\"supervisor\":" + me + "}}"),
                new Operation(HttpMethod.POST, t + "resolve", "{\"variables\":{\"supervisor\":" + me + "}}"),
                new Operation(HttpMethod.POST, t + "variables", "{\"modifications\":{\"supervisor\":" + me + "}}"),
                new Operation(HttpMethod.POST, t + "variables", "{\"deletions\":[\"riskPointId\"]}"),
                new Operation(HttpMethod.POST, t + "localVariables", "{\"modifications\":{\"supervisor\":" + me + "}}"),
                new Operation(HttpMethod.PUT, t + "variables/supervisor", me),
                new Operation(HttpMethod.PUT, t + "localVariables/supervisor", me),
                new Operation(HttpMethod.DELETE, t + "variables/riskPointId", null),
                new Operation(HttpMethod.POST, t + "variables/supervisor/data", file()));
        Map<String, UnaryOperator<String>> spellings = Map.of(
                "as documented", p -> p,
                "trailing slash", p -> p + "/",
                "encoded letter",
                        p -> p.substring(0, p.lastIndexOf('/') + 1) + "%"
                                + Integer.toHexString(p.charAt(p.lastIndexOf('/') + 1))
                                + p.substring(p.lastIndexOf('/') + 2),
                "matrix parameter", p -> p + ";x=1",
                "upper case",
                        p -> p.toUpperCase(Locale.ROOT).replace(task.getId().toUpperCase(Locale.ROOT), task.getId()),
                "doubled slash", p -> p.replace("/task/", "//task//"));
        WebappSession tasklist = tasklistSession(MEMBER);
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations) {
            for (String prefix : List.of(
                    "/engine-rest",
                    "/engine-rest/engine/default",
                    "/engine-rest/engine/%64efault",
                    "/camunda/api/engine/engine/default")) {
                spellings.forEach((spelling, spell) -> {
                    String path = prefix + spell.apply(operation.path());
                    WebappSession session = prefix.startsWith("/camunda") ? tasklist : null;
                    tests.add(DynamicTest.dynamicTest(operation.method() + " " + path + " (" + spelling + ")", () -> {
                        ResponseEntity<String> response = send(operation, path, session);
                        assertThat(response.getStatusCode().is4xxClientError())
                                .as(response.getStatusCode() + " " + response.getBody())
                                .isTrue();
                        if (REACHES_THE_ENGINE.contains(spelling)) {
                            assertThat(response.getBody())
                                    .as("refused by the guard, not by chance")
                                    .contains("\"code\":\"process-variable\"");
                        }
                        assertThat(engine.getRuntimeService().getVariables(instanceId))
                                .as("the process's variables")
                                .containsEntry("supervisor", SUPERVISOR)
                                .containsEntry("riskPointId", POINT);
                        assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
                                .as("the task's own")
                                .isEmpty();
                        assertThat(engine.getTaskService()
                                        .createTaskQuery()
                                        .taskId(task.getId())
                                        .count())
                                .isOne();
                    }));
                });
            }
        }
        return tests.stream();
    }

    private ResponseEntity<String> send(Operation operation, String path, WebappSession session) {
        HttpHeaders headers = new HttpHeaders();
        if (operation.body() != null) {
            headers.setContentType(
                    operation.body() instanceof String ? MediaType.APPLICATION_JSON : MediaType.MULTIPART_FORM_DATA);
        }
        if (session != null) {
            headers.add(
                    HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId() + "; XSRF-TOKEN=" + session.xsrfToken());
            headers.add("X-XSRF-TOKEN", session.xsrfToken());
        }
        var client = session == null ? as(MEMBER) : http;
        return client.exchange(
                URI.create(http.getRootUri() + path),
                operation.method(),
                new HttpEntity<>(operation.body(), headers),
                String.class);
    }

    private static LinkedMultiValueMap<String, Object> file() {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("data", new ByteArrayResource(MEMBER.getBytes()) {
            @Override
            public String getFilename() {
                return "supervisor.txt";
            }
        });
        parts.add("valueType", "Bytes");
        return parts;
    }
}
