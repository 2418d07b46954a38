package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.integritytalk.TalkFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.OrgService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 廉政谈话 over REST and from Tasklist's start form: who may plan and read what, every refusal, figures, 台账. */
class TalkApiTest extends IntegrationTest {

    private static final List<String> COUNTED = List.of(
            "integrity_talk",
            "integrity_talk_person",
            "audit_record",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_HI_VARINST");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgService org;

    /** leader2 supervises d02, d07, a03 …: the approver of every talk here. */
    private final String approver = "leader2";

    private String unitHead;

    @BeforeEach
    void headOfThePersonsUnit() {
        unitHead = "head-" + org.person(person(0)).unitId();
    }

    @Test
    void theOfficePlansTheApproverAndInspectorsSeeWhatTheyMayAndAnOutsiderNothing() throws Exception {
        String person = person(0);
        String reason = secret("事由");
        ResponseEntity<String> created =
                postJson(as(OFFICE), "/api/integrity-talks", body("REMINDER", List.of(person), reason, unitHead));

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode detail = json.readTree(created.getBody());
        long id = detail.path("talk").path("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/integrity-talks/" + id);
        assertThat(detail.path("talk").path("kindLabel").asText()).isEqualTo("提醒谈话");
        assertThat(detail.path("talk").path("statusLabel").asText()).isEqualTo("待审批");
        // The office planned it and sees whom it concerns, not the reason it wrote: content is sealed.
        assertThat(detail.path("content").asBoolean()).isFalse();
        assertThat(detail.path("people").get(0).path("personId").asText()).isEqualTo(person);
        assertThat(created.getBody()).doesNotContain(reason);
        assertThat(detail.path("approverName").asText())
                .isEqualTo(org.person(approver).name());

        JsonNode inspector = json.readTree(as(INSPECTOR).getForObject("/api/integrity-talks/" + id, String.class));
        assertThat(inspector.path("content").asBoolean()).isTrue();
        assertThat(inspector.path("reason").asText()).isEqualTo(reason);
        JsonNode talkedTo = json.readTree(as(person).getForObject("/api/integrity-talks/" + id, String.class));
        assertThat(talkedTo.path("reason").asText()).isEqualTo(reason);
        ResponseEntity<String> approverView = as(approver).getForEntity("/api/integrity-talks/" + id, String.class);
        assertThat(approverView.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(approverView.getBody()).doesNotContain(reason);

        ResponseEntity<String> outsider = as(person(1)).getForEntity("/api/integrity-talks/" + id, String.class);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsider.getBody())
                .contains("\"code\":\"forbidden\"", "廉政谈话内容保密")
                .doesNotContain(reason);
        ResponseEntity<String> unknown = as(INSPECTOR).getForEntity("/api/integrity-talks/987654321", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("talk-not-found", "廉政谈话不存在");

        String businessKey = detail.path("talk").path("businessKey").asText();
        List<Task> tasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .list();
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.getAssignee()).isEqualTo(approver);
            assertThat(task.getName())
                    .isEqualTo("审批谈话 · 提醒谈话 · " + org.person(person).name());
        });
        assertThat(ids(as(person).getForObject("/api/integrity-talks/mine", String.class)))
                .as("not the person's before it is approved")
                .doesNotContain(id);
        assertThat(postJson(
                                as(approver),
                                "/engine-rest/task/" + tasks.get(0).getId() + "/complete",
                                "{\"variables\":{\"approval\":{\"value\":\"approve\"}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode mine = json.readTree(as(person).getForObject("/api/integrity-talks/mine", String.class));
        assertThat(ids(mine.toString())).contains(id);
        assertThat(mine.toString()).doesNotContain(reason);
        assertThat(mine.get(0).has("reason")).isFalse();
    }

    @Test
    void badInputNamesEveryFieldDuplicatesConflictAndNothingIsWritten() throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> member =
                postJson(as(person(2)), "/api/integrity-talks", body("REMINDER", List.of(person(3)), "x", unitHead));
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getBody()).contains("只有机关党委（党办）、党组成员和纪检委员可以拟定");

        Map<String, Object> bad = body("谈心", List.of("nobody-x", OFFICE), " ", person(2));
        bad.put("replyDays", 0);
        ResponseEntity<String> refused = postJson(as(OFFICE), "/api/integrity-talks", json.writeValueAsString(bad));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("talkKind", "personIds", "reason", "replyDays");
        assertThat(refused.getBody()).contains("谈话对象不存在或已不在岗：nobody-x", "不能为自己拟定廉政谈话");
        assertThat(refused.getBody()).doesNotContain("Exception", "at cn.");

        ResponseEntity<String> many = postJson(
                as(OFFICE),
                "/api/integrity-talks",
                body("ADMONISHMENT", List.of(person(2), person(3)), "多人诫勉", unitHead));
        assertThat(many.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(many.getBody()).contains("只能选择 1 名谈话对象");
        ResponseEntity<String> self =
                postJson(as(OFFICE), "/api/integrity-talks", body("REMINDER", List.of(person(2)), "事由", person(2)));
        assertThat(self.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(self.getBody()).path("errors").findValuesAsText("field"))
                .containsExactly("proposedTalker");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);

        String once = json.writeValueAsString(body("COLLECTIVE", List.of(person(2), person(3)), "节前集体提醒", unitHead));
        assertThat(postJson(as(OFFICE), "/api/integrity-talks", once).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Map<String, Long> afterFirst = TableCounts.of(jdbc, COUNTED);
        String reordered =
                json.writeValueAsString(body("COLLECTIVE", List.of(person(3), person(2)), "节前集体提醒", unitHead));
        ResponseEntity<String> twice = postJson(as(INSPECTOR), "/api/integrity-talks", reordered);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("\"code\":\"duplicate\"", "不能重复拟定");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(afterFirst);
    }

    @Test
    void aPlanFromTasklistsStartFormIsRecordedWithoutItsReasonInTheEngine() throws Exception {
        String person = person(4);
        String reason = secret("启动表单事由");
        WebappSession tasklist = tasklistSession(INSPECTOR);
        String variables = "{\"variables\":{\"talkKind\":{\"value\":\"PRE_APPOINTMENT\"},"
                + "\"person1\":{\"value\":\"" + org.person(person).name() + "（" + person + "）\"},"
                + "\"reason\":{\"value\":\"" + reason + "\"},\"proposedTalker\":{\"value\":\"" + unitHead + "\"}}}";
        ResponseEntity<String> started = asTasklist(
                tasklist,
                HttpMethod.POST,
                "/process-definition/key/" + TalkProcess.PROCESS_KEY + "/submit-form",
                variables);

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String instanceId = json.readTree(started.getBody()).path("id").asText();
        Long id = jdbc.queryForObject(
                "SELECT t.id FROM integrity_talk t JOIN integrity_talk_person p ON p.talk_id = t.id"
                        + " WHERE p.person_id = ? AND t.kind = 'PRE_APPOINTMENT'",
                Long.class,
                person);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo(TalkProcess.BUSINESS_KEY_PREFIX + id);
        assertThat(ledgerReason(id)).isEqualTo(reason);
        assertThat(engine.getRuntimeService().getVariables(instanceId))
                .containsEntry(TalkProcess.VAR_PLANNER, INSPECTOR)
                .doesNotContainKeys(TalkProcess.VAR_REASON, TalkProcess.personSlot(1));
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instanceId)
                        .list()
                        .toString())
                .doesNotContain(reason);

        ResponseEntity<String> memberStart = asTasklist(
                tasklistSession(person(5)),
                HttpMethod.POST,
                "/process-definition/key/" + TalkProcess.PROCESS_KEY + "/submit-form",
                variables);
        assertThat(memberStart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void listsFiguresAndTheLedgerShowTheOfficeCountsAndStatusesAndTheInspectorsContent() throws Exception {
        String person = person(6);
        String reason = secret("台账事由");
        int year = LocalDate.now(ChinaTime.ZONE).getYear();
        JsonNode before =
                json.readTree(as(OFFICE).getForObject("/api/integrity-talks/figures?year=" + year, String.class));
        ResponseEntity<String> created =
                postJson(as(OFFICE), "/api/integrity-talks", body("ADMONISHMENT", List.of(person), reason, unitHead));
        long id = json.readTree(created.getBody()).path("talk").path("id").asLong();
        String unit = org.person(person).unitId();
        String businessKey = TalkProcess.BUSINESS_KEY_PREFIX + id;
        ResponseEntity<String> rejected =
                postJson(as(OFFICE), "/api/integrity-talks", body("REMINDER", List.of(person(7)), "将被否决", unitHead));
        String rejectedKey = json.readTree(rejected.getBody())
                .path("talk")
                .path("businessKey")
                .asText();
        Task rejectTask = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(rejectedKey)
                .singleResult();
        engine.getTaskService()
                .complete(
                        rejectTask.getId(),
                        Map.of(TalkProcess.VAR_APPROVAL, TalkProcess.REJECT, TalkProcess.VAR_COMMENT, "情况已查清"));

        String list =
                as(OFFICE).getForObject("/api/integrity-talks?year=" + year + "&kind=诫勉谈话&unit=" + unit, String.class);
        JsonNode items = json.readTree(list);
        assertThat(ids(list)).contains(id);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.path("kind").asText()).isEqualTo("ADMONISHMENT");
            assertThat(item.path("unitId").asText()).isEqualTo(unit);
            assertThat(item.has("reason")).isFalse();
            assertThat(item.has("people")).isTrue();
        });
        assertThat(list).doesNotContain(reason, org.person(person).name());
        assertThat(ids(as(OFFICE).getForObject("/api/integrity-talks?status=PLANNED", String.class)))
                .contains(id);
        assertThat(ids(as(OFFICE).getForObject("/api/integrity-talks?status=REJECTED", String.class)))
                .doesNotContain(id);
        assertThat(as(OFFICE)
                        .getForEntity("/api/integrity-talks?unit=nowhere", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(OFFICE)
                        .getForEntity("/api/integrity-talks?kind=谈心", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(person).getForEntity("/api/integrity-talks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode after =
                json.readTree(as("secretary").getForObject("/api/integrity-talks/figures?year=" + year, String.class));
        assertThat(after.path("total").path("total").asInt())
                .as("the rejected plan is no talk")
                .isEqualTo(before.path("total").path("total").asInt() + 1);
        assertThat(after.path("total").path("byKind").path("诫勉谈话").asInt())
                .isEqualTo(before.path("total").path("byKind").path("诫勉谈话").asInt() + 1);
        assertThat(after.path("total").path("byKind").path("提醒谈话").asInt())
                .isEqualTo(before.path("total").path("byKind").path("提醒谈话").asInt());
        assertThat(after.path("units").findValuesAsText("unitId")).contains(unit);
        assertThat(after.toString()).doesNotContain(reason);
        assertThat(as(person)
                        .getForEntity("/api/integrity-talks/figures?year=" + year, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        try (ExportedWorkbook office = ExportedWorkbook.of(
                as(OFFICE).getForEntity("/api/integrity-talks/export?year=" + year, byte[].class),
                year + "年度廉政谈话台账.xlsx",
                "integrity-talks-" + year + ".xlsx")) {
            assertThat(office.sheetNames()).containsExactly("谈话台账");
            assertThat(office.header("谈话台账")).doesNotContain("谈话事由", "谈话记录", "谈话对象");
            assertThat(office.rowWhere("谈话台账", 0, businessKey)).contains("诫勉谈话", "1", "待审批");
            assertThat(office.rows("谈话台账").toString())
                    .doesNotContain(reason, org.person(person).name());
        }
        try (ExportedWorkbook inspector = ExportedWorkbook.of(
                as(INSPECTOR).getForEntity("/api/integrity-talks/export?year=" + year, byte[].class),
                year + "年度廉政谈话台账.xlsx",
                "integrity-talks-" + year + ".xlsx")) {
            assertThat(inspector.sheetNames()).containsExactly("谈话台账", "确认与本人说明");
            assertThat(inspector.rowWhere("谈话台账", 0, businessKey))
                    .contains(reason, org.person(person).name());
        }
        assertThat(as(person)
                        .getForEntity("/api/integrity-talks/export?year=" + year, byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String ledgerReason(long id) {
        return jdbc.queryForObject("SELECT reason FROM integrity_talk WHERE id = ?", String.class, id);
    }

    private String person(int index) {
        return members(org.organisation(), approver, index, 1).get(0);
    }

    private static Map<String, Object> body(String kind, List<String> people, String reason, String talker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("talkKind", kind);
        body.put("personIds", people);
        body.put("reason", reason);
        body.put("proposedTalker", talker);
        return body;
    }

    private ResponseEntity<String> postJson(TestRestTemplate client, String path, Map<String, Object> body)
            throws Exception {
        return postJson(client, path, json.writeValueAsString(body));
    }

    private List<Long> ids(String list) throws Exception {
        return json.readTree(list).findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }
}
