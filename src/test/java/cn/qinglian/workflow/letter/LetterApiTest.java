package cn.qinglian.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The letter over REST as the office and the people signing use it, including the refusals. */
class LetterApiTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    LetterQueries queries;

    @Autowired
    OrgService org;

    @Test
    void theOfficeDraftsTheYearsLetterOnceAndCoverageShowsWhoHasNotSigned() throws Exception {
        assertThat(postJson(as("m0001"), "/api/letters", "{\"year\":2061}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> created = postJson(as("office1"), "/api/letters", "{\"year\":2061}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        assertThat(body.path("letter").path("businessKey").asText()).isEqualTo("letter-2061");
        assertThat(body.path("text").path("title").asText()).isEqualTo("2061年度党风廉政建设责任书");
        ResponseEntity<String> again = postJson(as("office1"), "/api/letters", "{\"year\":2061}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("未重复创建");

        JsonNode coverage = json.readTree(as("office1").getForObject("/api/letters/2061/coverage", String.class));
        assertThat(coverage.path("total").path("signed").asInt()).isZero();
        assertThat(coverage.path("total").path("expected").asInt()).isPositive();
        assertThat(coverage.path("units")
                        .get(0)
                        .path("pendingPeople")
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("NOT_STARTED");
        assertThat(as("office1")
                        .getForEntity("/api/letters/1999/coverage", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String approval = json.readTree(as("secretary")
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=letter-2061", String.class))
                .get(0)
                .path("id")
                .asText();
        assertThat(postJson(
                                as("leader1"),
                                "/engine-rest/task/" + approval + "/complete",
                                "{\"variables\":{\"approved\":{\"value\":true}}}")
                        .getStatusCode())
                .as("only the secretary approves")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noOpinion = postJson(
                as("secretary"),
                "/engine-rest/task/" + approval + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false}}}");
        assertThat(noOpinion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noOpinion.getBody()).contains("退回时须填写意见").doesNotContain("opinion");
    }

    @Test
    void signingOverRestUrgingAndTheLevelDeadline() throws Exception {
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":2063}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-2063")
                .singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approved", true));
        runAsyncJobs(approve.getProcessInstanceId());
        Task prepare = engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-2063")
                .taskDefinitionKey(LetterProcess.TASK_PREPARE)
                .list()
                .stream()
                .filter(t -> "leader4".equals(engine.getTaskService().getVariable(t.getId(), LetterProcess.VAR_SIGNER)))
                .findFirst()
                .orElseThrow();
        String pair = prepare.getProcessInstanceId();
        assertThat(postJson(as("leader4"), "/api/letters/2063/signatures/leader4/sign", "{}")
                        .getStatusCode())
                .as("not sent yet")
                .isEqualTo(HttpStatus.CONFLICT);
        engine.getTaskService().complete(prepare.getId(), Map.of());
        Task sign = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pair)
                .singleResult();
        assertThat(sign.getDueDate()).isNotNull();

        assertThat(postJson(as("leader1"), "/api/letters/2063/signatures/leader4/urge", "")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> urged = postJson(as("secretary"), "/api/letters/2063/signatures/leader4/urge", "");
        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(urged.getBody()).isEqualTo("{\"channels\":[\"站内\"]}");
        ResponseEntity<String> twice = postJson(as("secretary"), "/api/letters/2063/signatures/leader4/urge", "");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("一小时内");

        engine.getManagementService()
                .executeJob(timer(pair, LetterProcess.TIMER_SIGN_REMINDER).getId());
        engine.getManagementService()
                .executeJob(timer(pair, LetterProcess.TIMER_SIGN_ESCALATION).getId());
        assertThat(kinds()).contains("URGED", "REMINDED", "ESCALATED");

        assertThat(postJson(as("leader1"), "/api/letters/2063/signatures/leader4/sign", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> signed =
                postJson(as("leader4"), "/api/letters/2063/signatures/leader4/sign", "{\"opinion\":\"坚决落实\"}");
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(signed.getBody()).path("status").asText()).isEqualTo("SIGNED");
        ResponseEntity<String> again = postJson(as("leader4"), "/api/letters/2063/signatures/leader4/sign", "{}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("不能重复签订");
        assertThat(postJson(as("leader4"), "/api/letters/2063/signatures/nobody/sign", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<byte[]> pdf =
                as("leader4").getForEntity("/api/letters/2063/signatures/leader4.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2063年度党风廉政建设责任书", "甲方：张建国", "乙方：刘晓燕", "坚持把党的政治建设摆在首位", "乙方意见：坚决落实", "第 1 版");
        }
        assertThat(as("secretary")
                        .getForEntity("/api/letters/2063/signatures/leader4.pdf", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("m0001")
                        .getForEntity("/api/letters/2063/signatures/leader4.pdf", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("leader1")
                        .getForEntity("/api/letters/2063/signatures/leader1.pdf", String.class)
                        .getStatusCode())
                .as("not signed yet")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theSecretaryStartsTheYearsLetterFromTasklistsStartForm() throws Exception {
        String start = "/engine-rest/process-definition/key/" + LetterProcess.PROCESS_KEY + "/submit-form";
        String body = "{\"variables\":{\"year\":{\"value\":2064,\"type\":\"Long\"}}}";
        assertThat(postJson(as("m0001"), start, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(as("secretary"), start, body).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode letter = json.readTree(as("secretary").getForObject("/api/letters/2064", String.class));
        assertThat(letter.path("letter").path("businessKey").asText()).isEqualTo("letter-2064");
        assertThat(letter.path("letter").path("createdBy").asText()).isEqualTo("secretary");
        JsonNode tasks = json.readTree(
                as("secretary").getForObject("/engine-rest/task?processInstanceBusinessKey=letter-2064", String.class));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("name").asText()).isEqualTo("党组书记审定责任书 · 2064年度党风廉政建设责任书");

        ResponseEntity<String> twice = postJson(as("secretary"), start, body);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody()).contains("已经存在");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey("letter-2064")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theOfficeExportsTheSigningRegisterWithEveryExpectedSignatureAndTheTotalsButAMemberMayNot() throws Exception {
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":2080}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-2080")
                .singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approved", true));
        runAsyncJobs(approve.getProcessInstanceId());
        String opinion = "=HYPERLINK(\"http://example.com\",\"坚决落实\")";
        engine.getTaskService().complete(prepare(2080, "leader4").getId(), Map.of());
        assertThat(postJson(
                                as("leader4"),
                                "/api/letters/2080/signatures/leader4/sign",
                                json.writeValueAsString(Map.of("opinion", opinion)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Task prepareLeader2 = prepare(2080, "leader2");
        engine.getTaskService().complete(prepareLeader2.getId(), Map.of());
        Task signLeader2 = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(prepareLeader2.getProcessInstanceId())
                .singleResult();
        engine.getTaskService().complete(signLeader2.getId(), Map.of("signed", false, "returnReason", "请明确分管领域的具体要求"));
        JsonNode coverage = json.readTree(as("office1").getForObject("/api/letters/2080/coverage", String.class));
        int expected = coverage.path("total").path("expected").asInt();
        Organisation organisation = org.organisation();
        Signature leader4 = queries.signatures(2080).stream()
                .filter(s -> s.personId().equals("leader4"))
                .findFirst()
                .orElseThrow();

        ResponseEntity<byte[]> export = as("office1").getForEntity("/api/letters/2080/export", byte[].class);

        try (ExportedWorkbook workbook = ExportedWorkbook.of(export, "2080年度责任书签订台账.xlsx", "letters-2080.xlsx")) {
            assertThat(workbook.sheetNames()).containsExactly("签订明细", "单位汇总", "层级汇总", "责任内容（共 11 条）");
            assertThat(workbook.header("责任内容（共 11 条）")).containsExactly("序号", "责任内容");
            assertThat(workbook.rows("责任内容（共 11 条）"))
                    .hasSize(11)
                    .first()
                    .satisfies(row -> assertThat(row.get(0)).isEqualTo("1"));
            assertThat(workbook.header("签订明细"))
                    .containsExactly(
                            "层级", "单位", "签订人（乙方）", "人员编号", "上级签订人（甲方）", "状态", "签订时间", "签订版本", "签订意见", "最近退回原因");
            assertThat(workbook.rows("签订明细")).hasSize(expected);
            assertThat(workbook.rowWhere("签订明细", 3, "leader4"))
                    .containsExactly(
                            "1",
                            unitOf(organisation, "leader4"),
                            "刘晓燕",
                            "leader4",
                            "张建国",
                            "已签",
                            minute(leader4.signedAt()),
                            "1",
                            opinion,
                            "");
            assertThat(workbook.cellWhere("签订明细", 3, "leader4", "签订意见")
                            .getCellStyle()
                            .getQuotePrefixed())
                    .as("an opinion that looks like a formula stays text")
                    .isTrue();
            assertThat(workbook.rowWhere("签订明细", 3, "leader2").subList(5, 10))
                    .containsExactly("退回", "", "", "", "请明确分管领域的具体要求");
            assertThat(workbook.rowWhere("签订明细", 3, "leader1").get(5)).isEqualTo("待上级下发");
            assertThat(workbook.rowWhere("签订明细", 3, "m0001"))
                    .containsExactly(
                            "3",
                            unitOf(organisation, "m0001"),
                            organisation.person("m0001").orElseThrow().name(),
                            "m0001",
                            organisation.person("head-d01").orElseThrow().name(),
                            "未开始",
                            "",
                            "",
                            "",
                            "");

            assertThat(workbook.header("单位汇总")).containsExactly("单位", "应签人数", "已签", "未签", "签订率（%）");
            List<List<String>> units = workbook.rows("单位汇总");
            assertThat(units).hasSize(coverage.path("units").size() + 1);
            assertThat(units.get(units.size() - 1))
                    .containsExactly(
                            "合计",
                            String.valueOf(expected),
                            "1",
                            String.valueOf(expected - 1),
                            String.valueOf(Math.round(1000.0 / expected) / 10.0));
            assertThat(workbook.rows("层级汇总").get(0).subList(0, 3))
                    .containsExactly(
                            "第 1 级",
                            coverage.path("levels").get(0).path("expected").asText(),
                            "1");
        }
        assertThat(as("secretary")
                        .getForEntity("/api/letters/2080/export", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> member = as("m0001").getForEntity("/api/letters/2080/export", String.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(member.getBody()).contains("\"code\":\"forbidden\"", "责任书签订台账");
        assertThat(as("office1")
                        .getForEntity("/api/letters/2089/export", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Task prepare(int year, String signer) {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-" + year)
                .taskDefinitionKey(LetterProcess.TASK_PREPARE)
                .list()
                .stream()
                .filter(t -> signer.equals(engine.getTaskService().getVariable(t.getId(), LetterProcess.VAR_SIGNER)))
                .findFirst()
                .orElseThrow();
    }

    private static String unitOf(Organisation organisation, String personId) {
        return organisation
                .unit(organisation.person(personId).orElseThrow().unitId())
                .orElseThrow()
                .name();
    }

    private static String minute(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(ChinaTime.ZONE));
    }

    private Job timer(String processInstanceId, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .singleResult();
    }

    private List<String> kinds() {
        return queries.eventKinds(2063);
    }
}
