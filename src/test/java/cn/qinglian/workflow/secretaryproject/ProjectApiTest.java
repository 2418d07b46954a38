package cn.qinglian.workflow.secretaryproject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 书记领办党建项目 over REST and from Tasklist's start form, with its access rules and every refusal. */
class ProjectApiTest extends IntegrationTest {

    private static final int YEAR = 2027;
    private static final List<String> COUNTED = List.of(
            "secretary_project",
            "secretary_project_milestone",
            "secretary_project_member",
            "secretary_project_evidence",
            "audit_record",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBranchSecretaryProposesTheUnitReadsItOthersDoNotAndTheOfficeSeesAll() throws Exception {
        String member = memberOf("b3");
        ResponseEntity<String> created = postJson(as("bs-b3"), "/api/secretary-projects", body("支部结对共建", member));

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode detail = json.readTree(created.getBody());
        long id = detail.path("project").path("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/secretary-projects/" + id);
        assertThat(detail.path("project").path("unitId").asText()).isEqualTo("b3");
        assertThat(detail.path("project").path("statusLabel").asText()).isEqualTo("审核中");
        assertThat(detail.path("milestones")).hasSize(2);
        assertThat(detail.path("team").get(0).path("personId").asText()).isEqualTo(member);
        String businessKey = detail.path("project").path("businessKey").asText();
        JsonNode officeTasks = json.readTree(as("office1")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class));
        assertThat(officeTasks).hasSize(1);
        assertThat(officeTasks.get(0).path("name").asText())
                .startsWith("党办审核 · ")
                .contains("支部结对共建");

        assertThat(ids(as(member).getForObject("/api/secretary-projects?year=" + YEAR, String.class)))
                .contains(id);
        assertThat(as(member)
                        .getForEntity("/api/secretary-projects/" + id, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String outsider = memberOf("a05");
        assertThat(ids(as(outsider).getForObject("/api/secretary-projects?year=" + YEAR, String.class)))
                .doesNotContain(id);
        assertThat(as(outsider)
                        .getForEntity("/api/secretary-projects/" + id, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(outsider)
                        .getForEntity("/api/secretary-projects?unit=b3", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ids(as("office1").getForObject("/api/secretary-projects?year=" + YEAR, String.class)))
                .contains(id);
        assertThat(ids(as("office1").getForObject("/api/secretary-projects?year=" + YEAR + "&unit=a05", String.class)))
                .doesNotContain(id);
    }

    @Test
    void onlySecretariesProposeAndBadOrDoubledProposalsAreRefusedWithNothingWritten() throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> member = postJson(as(memberOf("b2")), "/api/secretary-projects", body("党员示范", null));
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getBody()).contains("只有党组书记和支部书记");

        Map<String, Object> bad = body("", "nobody-x");
        bad.put(
                "milestones",
                List.of(
                        Map.of("title", "节点一", "dueDate", (YEAR - 2) + "-06-30"),
                        Map.of("title", " ", "dueDate", YEAR + "-07-01")));
        bad.put("goals", "x".repeat(2001));
        ResponseEntity<String> refused = postJson(as("bs-b2"), "/api/secretary-projects", write(bad));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("title", "goals", "milestones[0].dueDate", "milestones[1].title", "team[0]");
        assertThat(refused.getBody()).doesNotContain("Exception", "at cn.");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);

        Map<String, Object> once = body("廉洁工地", null);
        assertThat(postJson(as("bs-b2"), "/api/secretary-projects", write(once)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Map<String, Long> afterFirst = TableCounts.of(jdbc, COUNTED);
        ResponseEntity<String> twice = postJson(as("bs-b2"), "/api/secretary-projects", write(once));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("已有同名的书记领办项目");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(afterFirst);
    }

    @Test
    void aSecretaryProposesFromTasklistsStartFormAndCannotStartWithTheProcessOwnIds() throws Exception {
        String title = "主题党日进工地（" + UUID.randomUUID().toString().substring(0, 8) + "）";
        String form = "{\"variables\":{"
                + "\"title\":{\"value\":\"" + title + "\"},"
                + "\"problem\":{\"value\":\"一线党员身份不亮\"},\"businessWork\":{\"value\":\"保障性住房建设\"},"
                + "\"goals\":{\"value\":\"每个工地一面党旗\"},\"measures\":{\"value\":\"每月一次工地主题党日\"},"
                + "\"expectedResults\":{\"value\":\"群众满意度提升\"},"
                + "\"milestone1Title\":{\"value\":\"工地党旗全覆盖\"},\"milestone1Due\":{\"value\":\"" + YEAR + "-09-30\"},"
                + "\"milestone2Title\":{\"value\":\"\"},\"milestone2Due\":{\"value\":null},"
                + "\"teamMember1\":{\"value\":\"某某（" + memberOf("b1") + "）\"}}}";
        ResponseEntity<String> started = postJson(
                as("bs-b1"),
                "/engine-rest/process-definition/key/" + ProjectProcess.PROCESS_KEY + "/submit-form",
                form);

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String businessKey =
                json.readTree(started.getBody()).path("businessKey").asText();
        assertThat(businessKey).startsWith(ProjectProcess.BUSINESS_KEY_PREFIX);
        JsonNode detail = json.readTree(as("bs-b1")
                .getForObject(
                        "/api/secretary-projects/" + businessKey.substring(ProjectProcess.BUSINESS_KEY_PREFIX.length()),
                        String.class));
        assertThat(detail.path("project").path("title").asText()).isEqualTo(title);
        assertThat(detail.path("milestones")).hasSize(1);
        assertThat(detail.path("team").get(0).path("personId").asText()).isEqualTo(memberOf("b1"));
        String instanceId = json.readTree(started.getBody()).path("id").asText();
        assertThat(engine.getRuntimeService().getVariables(instanceId))
                .containsKeys(ProjectProcess.VAR_PROJECT_ID, ProjectProcess.VAR_APPROVER)
                .containsEntry(ProjectProcess.VAR_TITLE, title)
                .doesNotContainKeys(ProjectProcess.VAR_PROBLEM, ProjectProcess.milestoneTitle(1));

        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        ResponseEntity<String> routed = postJson(
                as("bs-b1"),
                "/engine-rest/process-definition/key/" + ProjectProcess.PROCESS_KEY + "/submit-form",
                "{\"variables\":{\"title\":{\"value\":\"借道\"},\"projectId\":{\"value\":1,\"type\":\"Long\"},"
                        + "\"approver\":{\"value\":\"bs-b1\"}}}");
        assertThat(routed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(routed.getBody()).contains("process-variable");
        ResponseEntity<String> member = postJson(
                as(memberOf("b1")),
                "/engine-rest/process-definition/key/" + ProjectProcess.PROCESS_KEY + "/submit-form",
                form.replace(title, title + "2"));
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void evidenceIsTheProposersOnlyWhileReportingAndJoinsTheReportItWasUploadedFor() throws Exception {
        JsonNode created = json.readTree(postJson(as("bs-a03"), "/api/secretary-projects", body("工地安全生产党员先锋", null))
                .getBody());
        long id = created.path("project").path("id").asLong();
        String businessKey = created.path("project").path("businessKey").asText();
        String evidence = "/api/secretary-projects/" + id + "/evidence";

        ResponseEntity<String> early = upload(as("bs-a03"), evidence, "照片.png", PNG);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        completeOpenTask(businessKey, "office1", Map.of(ProjectProcess.VAR_APPROVED, true));
        Task approval = openTask(businessKey);
        completeOpenTask(businessKey, approval.getAssignee(), Map.of(ProjectProcess.VAR_APPROVED, true));

        assertThat(upload(as("office1"), evidence, "照片.png", PNG).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> exe =
                upload(as("bs-a03"), evidence, "setup.exe", "MZ".getBytes(StandardCharsets.US_ASCII));
        assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> fake =
                upload(as("bs-a03"), evidence, "报告.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fake.getBody()).contains("文件内容与扩展名 .pdf 不符");
        ResponseEntity<String> photo = upload(as("bs-a03"), evidence, "工地/../先锋岗.png", PNG);
        assertThat(photo.getStatusCode()).as(photo.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(photo.getBody())
                        .path("evidence")
                        .get(0)
                        .path("fileName")
                        .asText())
                .isEqualTo("先锋岗.png");

        completeOpenTask(
                businessKey,
                "bs-a03",
                Map.of(
                        ProjectProcess.VAR_PERCENT,
                        30,
                        ProjectProcess.VAR_PROGRESS,
                        "先锋岗挂牌",
                        ProjectProcess.VAR_CONCLUDE,
                        false));
        JsonNode detail = json.readTree(as("bs-a03").getForObject("/api/secretary-projects/" + id, String.class));
        long reportId = detail.path("reports").get(0).path("id").asLong();
        assertThat(detail.path("evidence").get(0).path("reportId").asLong()).isEqualTo(reportId);
        assertThat(detail.path("project").path("progressPercent").asInt()).isEqualTo(30);
    }

    @Test
    void theLedgerIsExportedForTheOfficeAndABranchSecretaryButNotForAMember() throws Exception {
        JsonNode created = json.readTree(postJson(as("bs-b4"), "/api/secretary-projects", body("=1+1 公式样的项目名", null))
                .getBody());
        String businessKey = created.path("project").path("businessKey").asText();

        ResponseEntity<byte[]> office = as("office1")
                .exchange("/api/secretary-projects/export?year=" + YEAR, HttpMethod.GET, null, byte[].class);
        try (ExportedWorkbook workbook =
                ExportedWorkbook.of(office, YEAR + "年度书记领办党建项目台账.xlsx", "secretary-projects-" + YEAR + ".xlsx")) {
            assertThat(workbook.sheetNames()).containsExactly("项目台账", "里程碑", "进展报告", "评审打分");
            List<String> row = workbook.rowWhere("项目台账", 0, businessKey);
            assertThat(row.get(3)).startsWith("=1+1 公式样的项目名");
            assertThat(row.get(8)).isEqualTo("审核中");
            assertThat(workbook.rows("里程碑")).anyMatch(r -> r.get(0).equals(businessKey));
        }
        assertThat(as("bs-b4")
                        .exchange("/api/secretary-projects/export?year=" + YEAR, HttpMethod.GET, null, byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(memberOf("b4"))
                        .exchange("/api/secretary-projects/export?year=" + YEAR, HttpMethod.GET, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theApprovalMenuWorksOnAProjectsSteps() throws Exception {
        JsonNode created = json.readTree(postJson(as("bs-a04"), "/api/secretary-projects", body("工程质量党员责任区", null))
                .getBody());
        long id = created.path("project").path("id").asLong();
        String businessKey = created.path("project").path("businessKey").asText();
        Task check = openTask(businessKey);
        String instance = check.getProcessInstanceId();

        // Once an office member has claimed it: 催办 by the proposer, 抄送 to the office, 转办 by the holder.
        engine.getTaskService().claim(check.getId(), "office1");
        ResponseEntity<String> urged =
                postJson(as("bs-a04"), "/api/tasks/" + check.getId() + "/urge", "{\"reason\":\"请尽快审核\"}");
        assertThat(urged.getStatusCode()).as(urged.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> copied = postJson(
                as("bs-a04"),
                "/api/tasks/processes/" + instance + "/copies",
                "{\"to\":[\"office2\"],\"note\":\"请知悉\"}");
        assertThat(copied.getStatusCode()).as(copied.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(as("office2").getForObject("/api/tasks/copied", String.class))
                .contains(instance);
        ResponseEntity<String> transferred = postJson(
                as("office1"), "/api/tasks/" + check.getId() + "/transfer", "{\"to\":\"office2\",\"reason\":\"由你审核\"}");
        assertThat(transferred.getStatusCode()).as(transferred.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(openTask(businessKey).getAssignee()).isEqualTo("office2");

        // 撤回 by the proposer before anyone decided: back to 修改项目, and the ledger says so.
        ResponseEntity<String> withdrawn =
                postJson(as("bs-a04"), "/api/tasks/processes/" + instance + "/withdraw", "{\"reason\":\"补充里程碑\"}");
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(openTask(businessKey).getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_REVISE);
        assertThat(json.readTree(as("bs-a04").getForObject("/api/secretary-projects/" + id, String.class))
                        .path("project")
                        .path("status")
                        .asText())
                .isEqualTo("RETURNED");
        completeOpenTask(businessKey, "bs-a04", Map.of());
        completeOpenTask(businessKey, "office2", Map.of(ProjectProcess.VAR_APPROVED, true));

        // 退回 from the 党组's step to the office's, through the menu, with a reason.
        Task approval = openTask(businessKey);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_PARTY_GROUP_APPROVAL);
        ResponseEntity<String> returned = postJson(
                as(approval.getAssignee()),
                "/api/tasks/" + approval.getId() + "/return",
                "{\"targetStep\":\"" + ProjectProcess.TASK_OFFICE_CHECK + "\",\"reason\":\"请党办再核一次经费\"}");
        assertThat(returned.getStatusCode()).as(returned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task back = openTask(businessKey);
        assertThat(back.getTaskDefinitionKey()).isEqualTo(ProjectProcess.TASK_OFFICE_CHECK);
        assertThat(back.getName()).startsWith("【已退回】");
        JsonNode timeline = json.readTree(
                as("bs-a04").getForObject("/api/tasks/processes/" + instance + "/timeline", String.class));
        assertThat(timeline.findValuesAsText("action")).contains("催办", "抄送", "转办", "撤回", "退回");
    }

    private Task openTask(String businessKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult();
    }

    private void completeOpenTask(String businessKey, String userId, Map<String, Object> variables) {
        Task task = openTask(businessKey);
        if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), userId);
        }
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** A plain member of the unit or of a department under it. */
    private String memberOf(String unitId) {
        String id = jdbc.queryForObject(
                "SELECT MIN(p.id) FROM org_person p JOIN org_unit u ON u.id = p.unit_id"
                        + " WHERE (p.unit_id = ? OR u.parent_id = ?) AND p.id LIKE 'm%'",
                String.class, unitId, unitId);
        assertThat(id).as("a member of " + unitId).isNotNull();
        return id;
    }

    private List<Long> ids(String body) throws Exception {
        return json.readTree(body).findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private Map<String, Object> body(String title, String teamMember) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "title",
                title.isEmpty()
                        ? ""
                        : title + "（" + UUID.randomUUID().toString().substring(0, 8) + "）");
        body.put("problem", "党建和业务“两张皮”");
        body.put("businessWork", "老旧小区改造");
        body.put("goals", "年内改造小区 30 个，党员先锋岗全覆盖");
        body.put("measures", "组建临时党支部，开展“红色工地”创建");
        body.put("expectedResults", "群众满意率 95% 以上");
        body.put(
                "milestones",
                List.of(
                        Map.of("title", "领题立项", "dueDate", YEAR + "-03-31"),
                        Map.of("title", "中期评估", "dueDate", YEAR + "-07-31")));
        body.put("team", teamMember == null ? List.of() : List.of(teamMember));
        body.put("year", YEAR);
        return body;
    }

    private ResponseEntity<String> postJson(TestRestTemplate client, String path, Map<String, Object> body) {
        return postJson(client, path, write(body));
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
