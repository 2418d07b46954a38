package cn.qinglian.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.OrgService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The risk register over REST, as a unit and the Party office use it, including every refusal. */
class RiskApiTest extends IntegrationTest {

    private static final List<String> COUNTED = List.of(
            "risk_point",
            "risk_grade",
            "risk_measure",
            "risk_decision",
            "audit_record",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgService org;

    @Test
    void unitHeadRegistersAPointAndSeesItsGradeAndTheMeasuresTaskInTasklist() throws Exception {
        ResponseEntity<String> response = postJson(as("head-x02"), "/api/risk-points", body("x02", "秘书长", 3, 5, true));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode detail = json.readTree(response.getBody());
        assertThat(detail.path("point").path("grade").asText()).isEqualTo("HIGH");
        assertThat(detail.path("gradeLabel").asText()).isEqualTo("高");
        assertThat(detail.path("statusLabel").asText()).isEqualTo("制定措施");
        assertThat(detail.path("grades").get(0).path("reason").asText()).contains("3 × 影响 5 = 15");
        String businessKey = detail.path("point").path("businessKey").asText();
        assertThat(businessKey).startsWith("risk-");

        JsonNode tasks = json.readTree(as("head-x02")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("name").asText())
                .isEqualTo("制定防控措施 · "
                        + org.organisation().unit("x02").orElseThrow().name() + " · 秘书长 · 高风险");
        String form = as("head-x02")
                .getForObject("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/deployed-form", String.class);
        assertThat(form).contains("防控措施", "measure1Content", "measure3Due");
    }

    @Test
    void theSamePointTwiceInAYearIsA409AndNothingIsDoubled() {
        Map<String, Object> body = body("x03", "秘书长", 2, 2, false);
        assertThat(postJson(as("head-x03"), "/api/risk-points", write(body)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> again = postJson(as("head-x03"), "/api/risk-points", write(body));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("risk-point-duplicate");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("likelihood 6", Map.of("likelihood", 6), "likelihood"),
                Arguments.of("impact 0", Map.of("impact", 0), "impact"),
                Arguments.of("likelihood as text", Map.of("likelihood", "很高"), "likelihood"),
                Arguments.of("unknown unit", Map.of("unitId", "nowhere"), "unitId"),
                Arguments.of("unknown post", Map.of("post", "总经理"), "post"),
                Arguments.of("unknown category", Map.of("category", "其他"), "category"),
                Arguments.of("missing description", Map.of("description", ""), "description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void badRegistrationIs400NamingTheFieldAndChangesNothing(String kind, Map<String, Object> change, String field)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(body("x04", "秘书长", 2, 2, false));
        body.putAll(change);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> response = postJson(as("office1"), "/api/risk-points", write(body));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void aMemberRegistersOnlyForTheirOwnUnitAndReadsOnlyItsRegister() throws Exception {
        ResponseEntity<String> foreign = postJson(as("head-x05"), "/api/risk-points", body("x04", "秘书长", 2, 2, false));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode created = json.readTree(postJson(as("head-x05"), "/api/risk-points", body("x05", "秘书长", 2, 2, false))
                .getBody());
        long id = created.path("point").path("id").asLong();
        assertThat(as("head-x04")
                        .getForEntity("/api/risk-points/" + id, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("leader5")
                        .getForEntity("/api/risk-points/" + id, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode mine = json.readTree(as("head-x04").getForObject("/api/risk-points", String.class));
        mine.forEach(p -> assertThat(p.path("unitId").asText()).isEqualTo("x04"));
        assertThat(as("head-x04")
                        .getForEntity("/api/risk-points?unit=x05", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("office1")
                        .getForEntity("/api/risk-points?grade=EXTREME", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aReturnWithoutCommentOverEngineRestIs400AndTheTaskStaysOpen() throws Exception {
        String businessKey = json.readTree(postJson(as("head-x02"), "/api/risk-points", body("x02", "秘书长", 1, 2, false))
                        .getBody())
                .path("point")
                .path("businessKey")
                .asText();
        assertThat(setMeasuresOverEngineRest("head-x02", businessKey).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String approval = taskId("head-x02", businessKey);
        ResponseEntity<String> refused = postJson(
                as("head-x02"),
                "/engine-rest/task/" + approval + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"\"}}}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("退回时必须填写审批意见");
        assertThat(taskId("head-x02", businessKey)).isEqualTo(approval);
    }

    @Test
    void evidenceIsCheckedForOwnerTypeAndSize() throws Exception {
        JsonNode created = json.readTree(postJson(as("head-x01"), "/api/risk-points", body("x01", "秘书长", 1, 3, false))
                .getBody());
        long id = created.path("point").path("id").asLong();
        String businessKey = created.path("point").path("businessKey").asText();
        setMeasuresOverEngineRest("head-x01", businessKey);
        long measureId = json.readTree(as("head-x01").getForObject("/api/risk-points/" + id, String.class))
                .path("measures")
                .get(0)
                .path("id")
                .asLong();
        String path = "/api/risk-points/" + id + "/measures/" + measureId + "/evidence";

        assertThat(upload(as("bs-x01"), path, "公示照片.png", new byte[10]).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> wrongType = upload(as("head-x01"), path, "脚本.exe", new byte[10]);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getBody()).contains("\"field\":\"file\"");
        ResponseEntity<String> tooBig = upload(as("head-x01"), path, "扫描件.pdf", new byte[5 * 1024 * 1024 + 1]);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody()).contains("5MB");

        byte[] png = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, png, 0, 4);
        ResponseEntity<String> ok = upload(as("head-x01"), path, "../../公示照片.png", png);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode measure = json.readTree(ok.getBody());
        assertThat(measure.path("evidenceName").asText()).isEqualTo("公示照片.png");
        assertThat(measure.path("evidenceSize").asLong()).isEqualTo(2048);
    }

    @Test
    void aMemberRegistersFromTasklistsStartFormForTheirOwnUnit() throws Exception {
        String description = "秘书处报销审核流于形式（" + UUID.randomUUID() + "）";
        String form = "{\"variables\":{\"post\":{\"value\":\"秘书长\"},\"category\":{\"value\":\"BUSINESS_PROCESS\"},"
                + "\"description\":{\"value\":\"" + description + "\"},\"likelihood\":{\"value\":3},"
                + "\"impact\":{\"value\":2},\"funds\":{\"value\":true}}}";

        ResponseEntity<String> started = postJson(
                as("head-x04"),
                "/engine-rest/process-definition/key/" + RiskProcess.PROCESS_KEY + "/submit-form",
                form);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String businessKey =
                json.readTree(started.getBody()).path("businessKey").asText();
        assertThat(businessKey).startsWith("risk-");
        JsonNode detail = json.readTree(as("head-x04")
                .getForObject("/api/risk-points/" + businessKey.substring("risk-".length()), String.class));
        assertThat(detail.path("point").path("unitId").asText()).isEqualTo("x04");
        assertThat(detail.path("point").path("description").asText()).isEqualTo(description);
        assertThat(detail.path("point").path("grade").asText()).isEqualTo("MEDIUM");
        JsonNode task = json.readTree(as("head-x04")
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class))
                .get(0);
        assertThat(task.path("assignee").asText()).isEqualTo("head-x04");
        String instanceId = json.readTree(started.getBody()).path("id").asText();
        assertThat(engine.getRuntimeService().getVariables(instanceId))
                .doesNotContainKeys("description", "post")
                .containsKeys(RiskProcess.VAR_RISK_POINT_ID, RiskProcess.VAR_GRADE);
    }

    @Test
    void aBadStartFormIs400AndStartsNothing() throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        ResponseEntity<String> refused = postJson(
                as("head-x04"),
                "/engine-rest/process-definition/key/" + RiskProcess.PROCESS_KEY + "/submit-form",
                "{\"variables\":{\"post\":{\"value\":\"秘书长\"},\"category\":{\"value\":\"BUSINESS_PROCESS\"},"
                        + "\"description\":{\"value\":\"x\"},\"likelihood\":{\"value\":9},\"impact\":{\"value\":2}}}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("发生可能性应为 1–5");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);
    }

    @Test
    void aRefusedFormInTasklistItselfIs400WithTheMessage() throws Exception {
        String businessKey = json.readTree(postJson(as("head-x03"), "/api/risk-points", body("x03", "秘书长", 1, 1, false))
                        .getBody())
                .path("point")
                .path("businessKey")
                .asText();
        WebappSession tasklist = tasklistSession("head-x03");

        ResponseEntity<String> refused = asTasklist(
                tasklist,
                HttpMethod.POST,
                "/task/" + taskId("head-x03", businessKey) + "/submit-form",
                "{\"variables\":{\"measures\":{\"type\":\"Json\",\"value\":\"[{\\\"content\\\":\\\"x\\\"}]\"}}}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("须指定责任人");
    }

    @Test
    void theRegisterIsExportedWithMeasuresVerificationAndNextReReviewWithinTheRegistersAccessRules() throws Exception {
        Map<String, Object> high = body("x05", "秘书长", 4, 4, true);
        String formulaLike = "=1+2 会费收取无复核（" + UUID.randomUUID() + "）";
        high.put("description", formulaLike);
        high.put("year", 2083);
        JsonNode controlled = json.readTree(postJson(as("head-x05"), "/api/risk-points", write(high))
                        .getBody())
                .path("point");
        String key = controlled.path("businessKey").asText();
        LocalDate due = LocalDate.now(ChinaTime.ZONE).plusDays(20);
        completeTask(key, RiskFixtures.measures("head-x05", due.minusDays(5), "价款调整一律集体决策"));
        completeTask(key, RiskFixtures.approval(true, "同意"));
        completeTask(key, RiskFixtures.approval(true, "同意"));
        completeTask(key, Map.of(RiskProcess.VAR_REPORT, "已落实，会议纪要存档"));
        completeTask(key, RiskFixtures.verification(true, null));
        Map<String, Object> medium = body("x05", "秘书长", 2, 3, false);
        medium.put("year", 2083);
        JsonNode pending = json.readTree(postJson(as("head-x05"), "/api/risk-points", write(medium))
                        .getBody())
                .path("point");
        completeTask(pending.path("businessKey").asText(), RiskFixtures.measures("bs-x05", due, "完善内控制度", "收费台账每月核对"));
        JsonNode detail = json.readTree(as("office1")
                .getForObject("/api/risk-points/" + controlled.path("id").asLong(), String.class));
        JsonNode verification = detail.path("decisions").get(2);
        assertThat(verification.path("kind").asText()).isEqualTo("VERIFICATION");
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        Instant reReview = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instanceId)
                .activityId(RiskProcess.TIMER_RE_REVIEW)
                .singleResult()
                .getDuedate()
                .toInstant();
        String unitName = detail.path("point").path("unitName").asText();

        ResponseEntity<byte[]> export =
                as("office1").getForEntity("/api/risk-points/export?year=2083&unitId=x05", byte[].class);

        try (ExportedWorkbook workbook =
                ExportedWorkbook.of(export, "2083年度廉政风险点台账（" + unitName + "）.xlsx", "risk-points-2083-x05.xlsx")) {
            assertThat(workbook.sheetNames()).containsExactly("风险点台账", "防控措施");
            assertThat(workbook.header("风险点台账"))
                    .containsExactly(
                            "编号", "单位", "岗位", "风险类别", "风险点描述", "表现形式", "发生可能性", "影响程度", "风险等级", "涉及事项", "防控措施", "责任人",
                            "最迟完成时限", "状态", "核查结果", "核查人", "核查时间", "下次复核", "登记时间");
            assertThat(workbook.rows("风险点台账")).hasSize(2);
            String controlledId = controlled.path("id").asText();
            assertThat(workbook.rowWhere("风险点台账", 0, controlledId))
                    .containsExactly(
                            controlledId,
                            unitName,
                            "秘书长",
                            "业务流程",
                            formulaLike,
                            "未经理事会审议即调整收费",
                            "4",
                            "4",
                            "高",
                            "资金管理",
                            "1. 价款调整一律集体决策",
                            name("head-x05"),
                            due.minusDays(5).toString(),
                            "已管控",
                            "有效",
                            "赵德明",
                            minute(Instant.parse(verification.path("decidedAt").asText())),
                            minute(reReview),
                            minute(Instant.parse(controlled.path("createdAt").asText())));
            assertThat(workbook.cellWhere("风险点台账", 0, controlledId, "风险点描述")
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            String pendingId = pending.path("id").asText();
            assertThat(workbook.rowWhere("风险点台账", 0, pendingId).subList(8, 18))
                    .containsExactly(
                            "中", "", "1. 完善内控制度\n2. 收费台账每月核对", name("bs-x05"), due.toString(), "待审批", "", "", "", "");

            assertThat(workbook.header("防控措施"))
                    .containsExactly(
                            "风险点编号", "单位", "岗位", "风险等级", "轮次", "措施内容", "责任人", "完成时限", "措施状态", "逾期", "报告时间", "佐证材料");
            List<List<String>> measures = workbook.rows("防控措施");
            assertThat(measures)
                    .extracting(m -> m.get(5) + "/" + m.get(8))
                    .containsExactlyInAnyOrder("价款调整一律集体决策/有效", "完善内控制度/待落实", "收费台账每月核对/待落实");
            assertThat(workbook.rowWhere("防控措施", 5, "价款调整一律集体决策").get(10)).isNotEmpty();
        }

        try (ExportedWorkbook own = ExportedWorkbook.of(
                as("head-x05").getForEntity("/api/risk-points/export?year=2083", byte[].class),
                "2083年度廉政风险点台账（" + unitName + "）.xlsx",
                "risk-points-2083-x05.xlsx")) {
            assertThat(own.rows("风险点台账"))
                    .as("a unit's own register, as the list shows it")
                    .hasSize(2);
        }
        try (ExportedWorkbook all = ExportedWorkbook.of(
                as("office1").getForEntity("/api/risk-points/export?year=2083", byte[].class),
                "2083年度廉政风险点台账.xlsx",
                "risk-points-2083.xlsx")) {
            assertThat(all.rows("风险点台账")).hasSize(2);
        }
        ResponseEntity<String> member =
                as("m0001").getForEntity("/api/risk-points/export?year=2083&unitId=x05", String.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(as("head-x04")
                        .getForEntity("/api/risk-points/export?year=2083&unitId=x05", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theApproverSeesThePointAndItsMeasuresAndAReturnedTaskSaysWhy() throws Exception {
        Map<String, Object> registration = new LinkedHashMap<>(body("x04", "秘书长", 2, 3, true));
        registration.put("description", "工程款*拨付*审核 #1 <b>不严</b>");
        ResponseEntity<String> registered = postJson(as("head-x04"), "/api/risk-points", write(registration));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String businessKey = json.readTree(registered.getBody())
                .path("point")
                .path("businessKey")
                .asText();
        assertThat(setMeasuresOverEngineRest("head-x04", businessKey).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String approval = taskId("head-x04", businessKey);
        JsonNode task = json.readTree(as("head-x04").getForObject("/engine-rest/task/" + approval, String.class));
        assertThat(task.path("name").asText()).startsWith("单位负责人审批 · ").endsWith(" · 秘书长 · 中风险");
        assertThat(task.path("description").asText()).contains("审阅风险点和防控措施");
        JsonNode facts = json.readTree(
                as("head-x04").getForObject("/engine-rest/task/" + approval + "/form-variables", String.class));
        // Markdown characters are escaped so the form shows the description as typed.
        assertThat(facts.path("pointFacts").path("value").asText())
                .contains("工程款\\*拨付\\*审核 \\#1 \\<b\\>不严\\</b\\>", "可能性 2 × 影响 3 = 6", "涉及：** 资金");
        assertThat(facts.path("measureFacts").path("value").asText())
                .contains("建立台账", "责任人：" + name("head-x04"), "待落实");
        String form = as("head-x04").getForObject("/engine-rest/task/" + approval + "/deployed-form", String.class);
        assertThat(form).contains("{{pointFacts}}", "{{measureFacts}}");

        assertThat(postJson(
                                as("head-x04"),
                                "/engine-rest/task/" + approval + "/complete",
                                "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"时限太长\"}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String returned = taskId("head-x04", businessKey);
        assertThat(json.readTree(as("head-x04").getForObject("/engine-rest/task/" + returned, String.class))
                        .path("name")
                        .asText())
                .startsWith("【已退回】制定防控措施 · ");
        JsonNode returnedFacts = json.readTree(
                as("head-x04").getForObject("/engine-rest/task/" + returned + "/form-variables", String.class));
        assertThat(returnedFacts.path("returnNotice").path("value").asText()).isEqualTo("单位负责人审批：时限太长");
        assertThat(returnedFacts.path("decisionFacts").path("value").asText()).contains("单位负责人审批", "退回", "时限太长");
        // The audit trail names the step, not the task's long name.
        assertThat(jdbc.queryForList(
                        "SELECT step_name FROM audit_record WHERE business_key = ?", String.class, businessKey))
                .contains("单位负责人审批")
                .allMatch(step -> !step.contains(" · "));
        // The facts are the register's: engine history keeps no copy of them.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p"
                                + " ON v.PROC_INST_ID_ = p.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND v.NAME_ IN"
                                + " ('pointFacts', 'measureFacts', 'decisionFacts', 'returnNotice')",
                        Long.class,
                        businessKey))
                .isZero();
    }

    @Test
    void theLongestPointMeasuresAndReturnStillMakeTheirTasks() throws Exception {
        // Every text at its limit, and Markdown-heavy so escaping doubles it: far over a variable's 4,000 characters.
        Map<String, Object> registration = new LinkedHashMap<>(body("x05", "秘书长", 3, 3, true));
        registration.put("description", "*".repeat(2000));
        registration.put("manifestation", "-".repeat(2000));
        registration.put("year", 2091);
        ResponseEntity<String> registered = postJson(as("head-x05"), "/api/risk-points", write(registration));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String businessKey = json.readTree(registered.getBody())
                .path("point")
                .path("businessKey")
                .asText();
        List<Map<String, Object>> measures = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            measures.add(Map.of(
                    "content",
                    i + ".".repeat(1999),
                    "ownerId",
                    "head-x05",
                    "dueDate",
                    LocalDate.now(ChinaTime.ZONE).plusDays(9).toString()));
        }
        String measuresJson = json.writeValueAsString(json.writeValueAsString(measures));
        ResponseEntity<String> set = postJson(
                as("head-x05"),
                "/engine-rest/task/" + taskId("head-x05", businessKey) + "/complete",
                "{\"variables\":{\"measures\":{\"type\":\"Json\",\"value\":" + measuresJson + "}}}");
        assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        String approval = taskId("head-x05", businessKey);
        JsonNode facts = json.readTree(
                as("head-x05").getForObject("/engine-rest/task/" + approval + "/form-variables", String.class));
        for (String fact : List.of("pointFacts", "measureFacts")) {
            assertThat(facts.path(fact).path("value").asText())
                    .as(fact)
                    .hasSizeLessThanOrEqualTo(3_900)
                    .endsWith("（内容较长，详见台账）");
        }
        ResponseEntity<String> returned = postJson(
                as("head-x05"),
                "/engine-rest/task/" + approval + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"" + "#".repeat(2000)
                        + "\"}}}");
        assertThat(returned.getStatusCode()).as(returned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode again = json.readTree(as("head-x05")
                .getForObject(
                        "/engine-rest/task/" + taskId("head-x05", businessKey) + "/form-variables", String.class));
        assertThat(again.path("returnNotice").path("value").asText())
                .startsWith("单位负责人审批：\\#\\#")
                .hasSizeLessThanOrEqualTo(3_900);
    }

    @Test
    void anonymousCannotReadTheRegister() {
        assertThat(http.getForEntity("/api/risk-points", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Completes the point's one open task, whoever it is for. */
    private void completeTask(String businessKey, Map<String, Object> variables) {
        engine.getTaskService()
                .complete(
                        engine.getTaskService()
                                .createTaskQuery()
                                .processInstanceBusinessKey(businessKey)
                                .singleResult()
                                .getId(),
                        variables);
    }

    private String name(String personId) {
        return org.organisation().person(personId).orElseThrow().name();
    }

    private static String minute(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(ChinaTime.ZONE));
    }

    /** Completes 制定防控措施 with one measure owned by the user, as a REST client does (a Json list). */
    private ResponseEntity<String> setMeasuresOverEngineRest(String userId, String businessKey) throws Exception {
        String measures = "[{\\\"content\\\":\\\"建立台账\\\",\\\"ownerId\\\":\\\"" + userId + "\\\",\\\"dueDate\\\":\\\""
                + LocalDate.now(ChinaTime.ZONE).plusDays(9) + "\\\"}]";
        return postJson(
                as(userId),
                "/engine-rest/task/" + taskId(userId, businessKey) + "/complete",
                "{\"variables\":{\"measures\":{\"type\":\"Json\",\"value\":\"" + measures + "\"}}}");
    }

    private String taskId(String userId, String businessKey) throws Exception {
        return json.readTree(as(userId)
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class))
                .get(0)
                .path("id")
                .asText();
    }

    private Map<String, Object> body(String unitId, String post, int likelihood, int impact, boolean funds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("post", post);
        body.put("category", "业务流程");
        body.put("description", "会员单位收费标准由秘书处自行决定（" + UUID.randomUUID() + "）");
        body.put("manifestation", "未经理事会审议即调整收费");
        body.put("likelihood", likelihood);
        body.put("impact", impact);
        body.put("funds", funds);
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
