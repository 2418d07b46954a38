package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.integritytalk.TalkFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.OrgService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A talk's content — reason, record, statement — reaches nobody but the talker, the recorder, the person
 * talked to, the discipline inspection group and administrators. The test walks a talk and, at each step
 * where a task carries content, tries every way in as the Party office, an unrelated member, another
 * unit's head and the approving leader: the app's REST, the engine's REST and the webapps' engine API
 * (variables, task variables and form variables, history, details, activity instances, operation log),
 * the 审批记录 and the 台账. None shows the texts; the talker, the person and an inspector read them.
 */
class TalkConfidentialityTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgService org;

    /** leader4 supervises d04, d09, a05 …: the approver. */
    private static final String APPROVER = "leader4";

    @Test
    void noOneButTheTalkerRecorderPersonAndInspectorsReadsATalksContentAnywhere() throws Exception {
        String person = members(org.organisation(), APPROVER, 3, 1).get(0);
        String unit = org.person(person).unitId();
        String talker = "head-" + unit;
        String recorder = "office2";
        String otherMember = members(org.organisation(), "leader3", 0, 1).get(0);
        String otherHead = "head-d01";
        List<String> outsiders = List.of(OFFICE, otherMember, otherHead, APPROVER);
        String reason = secret("REASON");
        String record = secret("RECORD");
        String statement = secret("STATEMENT");
        String[] secrets = {reason, record, statement};

        ResponseEntity<String> planned = postJson(
                as(OFFICE),
                "/api/integrity-talks",
                json.writeValueAsString(Map.of(
                        "talkKind",
                        "REMINDER",
                        "personIds",
                        List.of(person),
                        "reason",
                        reason,
                        "proposedTalker",
                        talker)));
        assertThat(planned.getStatusCode()).as(planned.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = json.readTree(planned.getBody()).path("talk").path("id").asLong();
        String businessKey = TalkProcess.BUSINESS_KEY_PREFIX + id;
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
        int year = json.readTree(planned.getBody()).path("talk").path("year").asInt();

        // 审批 over /engine-rest by the approver, who is shown no content on the way.
        Task approve = openTask(instanceId);
        assertThat(as(APPROVER).getForObject("/engine-rest/task/" + approve.getId() + "/form-variables", String.class))
                .doesNotContain(reason);
        assertThat(complete(APPROVER, approve, "{\"approval\":{\"value\":\"approve\"}}"))
                .isEqualTo(204);

        // 谈话: the talker sees the reason on the task, and records the talk as Tasklist submits a form.
        Task hold = openTask(instanceId);
        assertThat(hold.getAssignee()).isEqualTo(talker);
        assertThat(as(talker).getForObject("/engine-rest/task/" + hold.getId() + "/form-variables", String.class))
                .contains(reason);
        everyWayIn(outsiders, instanceId, hold, secrets, year, true);
        ResponseEntity<String> held = postJson(
                as(talker),
                "/engine-rest/task/" + hold.getId() + "/submit-form",
                "{\"variables\":{\"talkDate\":{\"value\":\""
                        + hold.getCreateTime().toInstant().toString().substring(0, 10)
                        + "\"},\"place\":{\"value\":\"谈话室\"},\"recorder\":{\"value\":\"" + recorder
                        + "\"},\"record\":{\"value\":\"" + record + "\"}}}");
        assertThat(held.getStatusCode()).as(held.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        // 确认: only the person holds the task that shows the record; nobody can hand it on.
        Task confirm = openTask(instanceId);
        assertThat(confirm.getAssignee()).isEqualTo(person);
        assertThat(as(person).getForObject("/engine-rest/task/" + confirm.getId() + "/variables", String.class))
                .contains(record);
        ResponseEntity<String> handedOn =
                postJson(as(person), "/api/tasks/" + confirm.getId() + "/transfer", "{\"to\":\"" + OFFICE + "\"}");
        assertThat(handedOn.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(handedOn.getBody()).contains("须由本人办理");
        assertThat(postJson(as(person), "/api/tasks/" + confirm.getId() + "/delegate", "{\"to\":\"" + OFFICE + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(
                                as(person),
                                "/engine-rest/task/" + confirm.getId() + "/assignee",
                                "{\"userId\":\"" + OFFICE + "\"}")
                        .getStatusCode()
                        .value())
                .isIn(403, 404);
        assertThat(postJson(
                                as(person),
                                "/engine-rest/task/" + confirm.getId() + "/identity-links",
                                "{\"userId\":\"" + OFFICE + "\",\"type\":\"candidate\"}")
                        .getStatusCode()
                        .value())
                .isIn(403, 404);
        assertThat(openTask(instanceId).getAssignee()).isEqualTo(person);
        everyWayIn(outsiders, instanceId, confirm, secrets, year, true);
        assertThat(complete(
                        person,
                        confirm,
                        "{\"confirmed\":{\"value\":true},\"statement\":{\"value\":\"" + statement + "\"}}"))
                .isEqualTo(204);

        // 归档: the inspection group's task shows record and statement; outsiders are no candidates.
        Task file = openTask(instanceId);
        assertThat(engine.getTaskService().getIdentityLinksForTask(file.getId()))
                .allSatisfy(link -> assertThat(link.getGroupId()).isEqualTo("role-inspector"));
        assertThat(as(INSPECTOR).getForObject("/engine-rest/task/" + file.getId() + "/form-variables", String.class))
                .contains(record, statement);
        everyWayIn(outsiders, instanceId, file, secrets, year, true);
        assertThat(as(INSPECTOR)
                        .postForEntity(
                                "/engine-rest/task/" + file.getId() + "/claim",
                                new HttpEntity<>("{\"userId\":\"" + INSPECTOR + "\"}", jsonHeaders()),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(INSPECTOR, file, "{}")).isEqualTo(204);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .count())
                .isZero();
        everyWayIn(outsiders, instanceId, file, secrets, year, false);

        // Cockpit (whose variable views are the engine API tried above) is for administrators only.
        assertThat(webappLogin("demo", "cockpit").getStatusCode().is2xxSuccessful())
                .isTrue();
        for (String outsider : outsiders) {
            assertThat(webappLogin(outsider, "cockpit").getStatusCode().is2xxSuccessful())
                    .as(outsider + " signs in to Cockpit")
                    .isFalse();
        }

        // Nothing of it anywhere in the engine's tables, whoever asks — administrators included.
        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
                "/engine-rest/history/detail?processInstanceId=" + instanceId,
                "/engine-rest/history/task?processInstanceId=" + instanceId,
                "/engine-rest/history/user-operation?processInstanceId=" + instanceId)) {
            ResponseEntity<String> admin = as("demo").getForEntity(path, String.class);
            assertThat(admin.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(admin.getBody()).as(path).doesNotContain(secrets);
        }
        assertThat(as("demo")
                        .getForObject(
                                "/engine-rest/history/variable-instance?processInstanceId=" + instanceId, String.class))
                .contains("\"talkId\"");
        for (String table : List.of(
                "ACT_HI_VARINST",
                "ACT_HI_DETAIL",
                "ACT_RU_VARIABLE",
                "ACT_GE_BYTEARRAY",
                "ACT_HI_OP_LOG",
                "ACT_HI_COMMENT")) {
            assertThat(engineTableText(table)).as(table).doesNotContain(secrets);
        }

        // Those who may read it do, through /api.
        for (String reader : List.of(talker, recorder, person, INSPECTOR, "leader5", "demo")) {
            ResponseEntity<String> detail = as(reader).getForEntity("/api/integrity-talks/" + id, String.class);
            assertThat(detail.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(detail.getBody()).as(reader).contains(reason, record, statement);
        }
    }

    /** Every channel tried as each outsider, at a moment when {@code task} is open (or has just ended). */
    private void everyWayIn(
            List<String> outsiders, String instanceId, Task task, String[] secrets, int year, boolean open)
            throws Exception {
        List<String> tried = new ArrayList<>();
        for (String outsider : outsiders) {
            Map<String, ResponseEntity<String>> answers = new LinkedHashMap<>();
            for (String path : List.of(
                    "/api/integrity-talks/" + idOf(instanceId),
                    "/api/integrity-talks?year=" + year,
                    "/api/integrity-talks/mine",
                    "/api/integrity-talks/figures?year=" + year,
                    "/api/tasks/processes/" + instanceId + "/timeline",
                    "/api/tasks/" + task.getId(),
                    "/api/tasks/todo",
                    "/api/tasks/done",
                    "/api/audit/business-keys/" + TalkProcess.BUSINESS_KEY_PREFIX + idOf(instanceId),
                    "/api/audit/people/" + (task.getAssignee() == null ? INSPECTOR : task.getAssignee()),
                    "/api/notices/mine",
                    "/engine-rest/task?processInstanceId=" + instanceId,
                    "/engine-rest/task/" + task.getId(),
                    "/engine-rest/task/" + task.getId() + "/variables",
                    "/engine-rest/task/" + task.getId() + "/localVariables",
                    "/engine-rest/task/" + task.getId() + "/form-variables",
                    "/engine-rest/task/" + task.getId() + "/rendered-form",
                    "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
                    "/engine-rest/variable-instance?taskIdIn=" + task.getId(),
                    "/engine-rest/process-instance/" + instanceId + "/variables",
                    "/engine-rest/process-instance/" + instanceId + "/activity-instances",
                    "/engine-rest/execution/" + task.getExecutionId() + "/localVariables",
                    "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
                    "/engine-rest/history/detail?processInstanceId=" + instanceId,
                    "/engine-rest/history/activity-instance?processInstanceId=" + instanceId,
                    "/engine-rest/history/task?processInstanceId=" + instanceId,
                    "/engine-rest/history/process-instance/" + instanceId,
                    "/engine-rest/history/user-operation?processInstanceId=" + instanceId)) {
                answers.put(path, as(outsider).getForEntity(path, String.class));
            }
            WebappSession webapp = tasklistSession(outsider);
            for (String path : List.of(
                    "/task/" + task.getId() + "/variables",
                    "/task/" + task.getId() + "/form-variables",
                    "/variable-instance?processInstanceIdIn=" + instanceId,
                    "/process-instance/" + instanceId + "/variables",
                    "/history/variable-instance?processInstanceId=" + instanceId,
                    "/history/detail?processInstanceId=" + instanceId,
                    "/history/activity-instance?processInstanceId=" + instanceId)) {
                answers.put(
                        "/camunda/api/engine/engine/default" + path, asTasklist(webapp, HttpMethod.GET, path, null));
            }
            ResponseEntity<byte[]> export =
                    as(outsider).getForEntity("/api/integrity-talks/export?year=" + year, byte[].class);
            if (export.getStatusCode().is2xxSuccessful()) {
                try (ExportedWorkbook workbook = ExportedWorkbook.of(export.getBody())) {
                    for (String sheet : workbook.sheetNames()) {
                        assertThat(workbook.rows(sheet).toString())
                                .as(outsider + " 台账")
                                .doesNotContain(secrets);
                    }
                }
            }
            answers.forEach((path, answer) -> {
                // A task that has ended is an unknown id: Camunda answers its variables with an error, no leak.
                if (open) {
                    assertThat(answer.getStatusCode().is5xxServerError())
                            .as(outsider + " " + path)
                            .isFalse();
                }
                assertThat(answer.getBody() == null ? "" : answer.getBody())
                        .as(outsider + " " + path)
                        .doesNotContain(secrets);
                tried.add(outsider + " " + path + " " + answer.getStatusCode().value());
            });
            assertThat(answers.get("/api/integrity-talks/" + idOf(instanceId))
                            .getStatusCode()
                            .value())
                    .as(outsider + " reads the talk")
                    .isIn(200, 403);
        }
        // The office keeps the ledger: it gets answers, just never content.
        assertThat(tried)
                .anyMatch(line -> line.startsWith(OFFICE + " /api/integrity-talks?year=") && line.endsWith(" 200"));
        assertThat(tried).anyMatch(line -> line.startsWith(OFFICE + " /api/tasks/processes/") && line.endsWith(" 200"));
    }

    private long idOf(String instanceId) {
        String key = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getBusinessKey();
        return Long.parseLong(key.substring(TalkProcess.BUSINESS_KEY_PREFIX.length()));
    }

    private Task openTask(String instanceId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult();
    }

    private int complete(String userId, Task task, String variables) {
        ResponseEntity<String> response = postJson(
                as(userId), "/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":" + variables + "}");
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return response.getStatusCode().value();
    }

    /** Every text and byte column of an engine table, as one string. */
    private String engineTableText(String table) {
        return jdbc.queryForList("SELECT * FROM " + table).stream()
                .flatMap(row -> row.values().stream())
                .map(value -> value instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8)
                        : String.valueOf(value))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append)
                .toString();
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
