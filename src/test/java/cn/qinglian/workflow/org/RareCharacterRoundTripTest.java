package cn.qinglian.workflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.importing.OrgImportService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A name with characters outside the BMP (生僻字 𠀾, 𡘙) and an emoji survive import (CSV and .xlsx), the
 * app's tables, Camunda's identity tables, both REST APIs, a form completed over /engine-rest with an
 * emoji opinion, the engine's variables, the approval timeline and the .xlsx export — on MySQL, where
 * Camunda's own utf8 tables would otherwise refuse them. (The letter PDF: LetterPdfRareCharacterTest.)
 */
class RareCharacterRoundTripTest extends IntegrationTest {

    private static final String RARE_NAME = "王𠀾𡘙";
    private static final String EMOJI_NAME = "李小明😀";
    private static final String HEAD_NAME = "孙𡘙𠀾";
    private static final String OPINION = "同意😀👍，请孙𡘙𠀾同志抓好落实🚀";
    private static final String MEASURE = "建立𠀾台账，每月核对😀";

    @Autowired
    OrgImportService importService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void rareCharactersAndEmojiSurviveEveryLayer() throws Exception {
        String rare = "r" + UUID.randomUUID().toString().substring(0, 8);
        String emoji = "e" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "人员编号,姓名,所在单位编号,职务,角色\r\n"
                + rare + "," + RARE_NAME + ",d02,科员,党员\r\n"
                + emoji + "," + EMOJI_NAME + ",d02,科员,党员\r\n";

        importService.importFiles(
                List.of(new OrgImportService.UploadedFile("people.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(jdbc.queryForObject("SELECT name FROM org_person WHERE id = ?", String.class, rare))
                .isEqualTo(RARE_NAME);
        assertThat(jdbc.queryForObject("SELECT name FROM org_person WHERE id = ?", String.class, emoji))
                .isEqualTo(EMOJI_NAME);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId(rare)
                        .singleResult()
                        .getFirstName())
                .isEqualTo(RARE_NAME);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId(emoji)
                        .singleResult()
                        .getFirstName())
                .isEqualTo(EMOJI_NAME);

        String profile = as("demo").getForObject("/engine-rest/user/" + rare + "/profile", String.class);
        assertThat(json.readTree(profile).path("firstName").asText()).isEqualTo(RARE_NAME);
        String person = as("m0001").getForObject("/api/org/people/" + emoji, String.class);
        assertThat(json.readTree(person).path("name").asText()).isEqualTo(EMOJI_NAME);
        String byName = as("demo").getForObject("/engine-rest/user?firstName=" + RARE_NAME, String.class);
        assertThat(json.readTree(byName).get(0).path("id").asText()).isEqualTo(rare);
    }

    @Test
    void aRareNameImportedFromXlsxSurvives() throws Exception {
        String id = "x" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("人员");
            String[][] rows = {{"人员编号", "姓名", "所在单位编号", "职务", "角色"}, {id, "赵" + RARE_NAME + "😀", "n07", "科员", "党员"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        importService.importFiles(List.of(new OrgImportService.UploadedFile("组织.xlsx", xlsx)));

        assertThat(jdbc.queryForObject("SELECT name FROM org_person WHERE id = ?", String.class, id))
                .isEqualTo("赵" + RARE_NAME + "😀");
        assertThat(json.readTree(as("m0001").getForObject("/api/org/people/" + id, String.class))
                        .path("name")
                        .asText())
                .isEqualTo("赵" + RARE_NAME + "😀");
    }

    /** head-n07 takes a rare name; the risk point's forms carry rare characters and emoji end to end. */
    @Test
    void anEmojiOpinionAndARareNameSurviveFormsEngineTimelineAndExport() throws Exception {
        String csv = "人员编号,姓名,所在单位编号,职务,角色\r\nhead-n07," + HEAD_NAME + ",n07,总经理,单位负责人\r\n";
        importService.importFiles(
                List.of(new OrgImportService.UploadedFile("people.csv", csv.getBytes(StandardCharsets.UTF_8))));
        String description = "合同审批𡘙无复核😀（生僻字测试 " + UUID.randomUUID() + "）";
        ResponseEntity<String> created = postJson(
                as("head-n07"),
                "/api/risk-points",
                "{\"unitId\":\"n07\",\"post\":\"总经理\"," + "\"category\":\"BUSINESS_PROCESS\",\"description\":\""
                        + description + "\",\"likelihood\":2,\"impact\":2,\"year\":2097}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        long pointId = json.readTree(created.getBody()).path("point").path("id").asLong();
        String businessKey = json.readTree(created.getBody())
                .path("point")
                .path("businessKey")
                .asText();
        String processId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
        runAsyncJobs(processId);

        String due = LocalDate.now(ChinaTime.ZONE).plusDays(30).toString();
        assertThat(complete(
                                businessKey,
                                "{\"variables\":{\"measure1Content\":{\"value\":\"" + MEASURE
                                        + "\"},\"measure1Owner\":{\"value\":\"head-n07\"},\"measure1Due\":{\"value\":\""
                                        + due + "\"}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete(
                                businessKey,
                                "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"" + OPINION
                                        + "\"}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // the engine's variables and history
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(processId)
                        .variableName("comment")
                        .singleResult()
                        .getValue())
                .isEqualTo(OPINION);
        // the app's tables
        assertThat(jdbc.queryForList(
                        "SELECT comment_text FROM risk_decision WHERE risk_point_id = ?", String.class, pointId))
                .contains(OPINION);
        assertThat(jdbc.queryForList("SELECT content FROM risk_measure WHERE risk_point_id = ?", String.class, pointId))
                .containsExactly(MEASURE);
        assertThat(jdbc.queryForList(
                        "SELECT opinion FROM audit_record WHERE business_key = ?", String.class, businessKey))
                .contains(OPINION);
        // REST reads
        String detail = as("head-n07").getForObject("/api/risk-points/" + pointId, String.class);
        assertThat(detail).contains(description, MEASURE, OPINION, HEAD_NAME);
        // the approval timeline
        JsonNode timeline = json.readTree(
                as("head-n07").getForObject("/api/tasks/processes/" + processId + "/timeline", String.class));
        assertThat(timeline.toString()).contains(OPINION, HEAD_NAME);
        // the .xlsx 台账, read back with POI
        ResponseEntity<byte[]> export =
                as("head-n07").getForEntity("/api/risk-points/export?year=2097&unitId=n07", byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (ExportedWorkbook workbook = ExportedWorkbook.of(export.getBody())) {
            String cells = workbook.sheetNames().stream()
                    .flatMap(sheet -> workbook.rows(sheet).stream())
                    .flatMap(List::stream)
                    .reduce("", (a, b) -> a + "\t" + b);
            assertThat(cells).contains(description, MEASURE, HEAD_NAME);
        }
    }

    private ResponseEntity<String> complete(String businessKey, String variables) throws Exception {
        String taskId = json.readTree(as("head-n07")
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class))
                .get(0)
                .path("id")
                .asText();
        return postJson(as("head-n07"), "/engine-rest/task/" + taskId + "/complete", variables);
    }
}
