package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListFixtures.sampleXlsx;
import static cn.qinglian.workflow.annualtasks.TaskListFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The task list over REST as the Party office uses it: import, create, refusals, progress, export. */
class TaskListApiTest extends IntegrationTest {

    private static final List<String> COUNTED =
            List.of("task_list", "task_item", "task_list_event", "audit_record", "ACT_RU_EXECUTION", "ACT_RU_TASK");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeImportsTheFortySevenTaskListAndTheSecretaryGetsItToApprove() throws Exception {
        ResponseEntity<String> response = upload(as("office1"), 2040, "任务清单.xlsx", sampleXlsx(rows -> rows));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("list").path("businessKey").asText()).isEqualTo("task-list-2040");
        assertThat(body.path("tasks")).hasSize(47);
        assertThat(body.path("tasks").get(0).path("leadUnitId").asText()).isEqualTo("d01");
        assertThat(body.path("tasks").get(0).path("leaderId").asText()).isEqualTo("leader1");

        JsonNode tasks = json.readTree(as("secretary")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=task-list-2040", String.class));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("name").asText()).isEqualTo("党组书记审批任务清单 · 2040年度任务清单");

        JsonNode progress = json.readTree(as("head-d05").getForObject("/api/task-lists/2040/progress", String.class));
        assertThat(progress.path("total").path("tasks").asInt()).isEqualTo(47);
        assertThat(progress.path("total").path("signed").asInt()).isZero();
        assertThat(progress.path("units")).hasSize(20);

        ResponseEntity<byte[]> export = as("office1").getForEntity("/api/task-lists/2040/export", byte[].class);
        try (ExportedWorkbook workbook = ExportedWorkbook.of(export, "2040年度任务清单台账.xlsx", "task-list-2040.xlsx")) {
            assertThat(workbook.sheetNames()).containsExactly("2040年度任务清单", "单位进度");
            assertThat(workbook.header("2040年度任务清单"))
                    .containsExactly(
                            "序号", "任务内容", "问题清单", "责任类型", "牵头单位", "配合单位", "责任领导", "完成时限", "节点安排", "状态", "完成百分比", "最近报告",
                            "逾期");
            List<List<String>> rows = workbook.rows("2040年度任务清单");
            assertThat(rows).hasSize(47);
            assertThat(rows.get(0))
                    .containsExactly(
                            "1",
                            "落实党组理论学习中心组学习制度，全年专题学习不少于12次",
                            "政治建设问题清单",
                            "主体责任",
                            "办公室",
                            "",
                            "李卫东",
                            "2027-03-30",
                            "",
                            "待签收",
                            "0",
                            "",
                            "");
            assertThat(rows.get(2).get(5)).as("cooperating units by name").isEqualTo("房地产市场监管处");
            assertThat(DateUtil.isCellDateFormatted(
                            workbook.sheet("2040年度任务清单").getRow(1).getCell(7)))
                    .isTrue();
            List<List<String>> units = workbook.rows("单位进度");
            assertThat(workbook.header("单位进度")).containsExactly("牵头单位", "任务数", "已签收", "待核验", "已销号", "逾期", "平均完成百分比");
            assertThat(units).hasSize(21);
            assertThat(units.get(20).subList(0, 3)).containsExactly("合计", "47", "0");
        }

        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        ResponseEntity<String> again = upload(as("office1"), 2040, "任务清单.xlsx", sampleXlsx(rows -> rows));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void aBadSpreadsheetIsRefusedWholeWithEveryProblemByRow() throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        byte[] bad = sampleXlsx(rows -> {
            rows.get(3).set(4, "不存在的处");
            rows.get(5).set(7, "明年六月");
            rows.get(8).set(1, rows.get(7).get(1));
            return rows;
        });
        ResponseEntity<String> response = upload(as("office1"), 2041, "任务清单.xlsx", bad);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).path("errors");
        assertThat(errors.findValuesAsText("row")).contains("4", "6", "9");
        assertThat(response.getBody()).contains("不存在的处", "明年六月", "任务重复").doesNotContain("Exception");

        byte[] missingColumn = sampleXlsx(rows -> {
            rows.forEach(r -> r.remove(6));
            return rows;
        });
        ResponseEntity<String> noLeader = upload(as("office1"), 2041, "任务清单.xlsx", missingColumn);
        assertThat(noLeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noLeader.getBody()).contains("缺少列“责任领导”");
        assertThat(upload(as("office1"), 2041, "任务清单.txt", "x".getBytes()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeCreatesAListAndJsonWorksToo() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2042);
        body.put("title", "2042年度任务清单");
        body.put("signOffDue", today().plusDays(7).toString());
        body.put(
                "tasks",
                List.of(Map.of(
                        "content",
                        "开展廉政风险点排查",
                        "sourceList",
                        "廉政风险问题清单",
                        "responsibility",
                        "监督责任",
                        "leadUnit",
                        "a02",
                        "leader",
                        "王秀兰",
                        "deadline",
                        today().plusMonths(3).toString())));
        String request = json.writeValueAsString(body);
        assertThat(postJson(as("head-a02"), "/api/task-lists", request).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> created = postJson(as("office1"), "/api/task-lists", request);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(created.getBody())
                        .path("tasks")
                        .get(0)
                        .path("leaderId")
                        .asText())
                .isEqualTo("leader2");

        body.put("year", 2043);
        body.put(
                "tasks",
                List.of(Map.of(
                        "content",
                        "x",
                        "sourceList",
                        "第八张清单",
                        "responsibility",
                        "全面责任",
                        "leadUnit",
                        "a02",
                        "leader",
                        "m0001")));
        ResponseEntity<String> refused = postJson(as("office1"), "/api/task-lists", json.writeValueAsString(body));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .contains("tasks[0].sourceList", "tasks[0].responsibility", "tasks[0].leader", "tasks[0].deadline");
        assertThat(as("office1")
                        .getForEntity("/api/task-lists/2043", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void whileReturnedTheOfficeSendsTheCorrectedListAgainInsteadOfAConflict() throws Exception {
        ResponseEntity<String> created = upload(as("office1"), 2044, "任务清单.xlsx", sampleXlsx(rows -> rows));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String approval = json.readTree(as("secretary")
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=task-list-2044", String.class))
                .get(0)
                .path("id")
                .asText();
        assertThat(postJson(
                                as("secretary"),
                                "/engine-rest/task/" + approval + "/complete",
                                "{\"variables\":{\"approved\":{\"value\":false},\"opinion\":{\"value\":\"删去最后两项\"}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode events = json.readTree(as("office1").getForObject("/api/task-lists/2044/events", String.class));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("RETURNED");
            assertThat(e.path("kindLabel").asText())
                    .as("the word beside the code")
                    .isEqualTo("退回修改");
        });

        ResponseEntity<String> corrected =
                upload(as("office1"), 2044, "任务清单.xlsx", sampleXlsx(rows -> rows.subList(0, rows.size() - 2)));
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(corrected.getBody()).path("tasks")).hasSize(45);
        JsonNode revise = json.readTree(as("office1")
                .getForObject(
                        "/engine-rest/task?processInstanceBusinessKey=task-list-2044&candidateGroup=role-party-office",
                        String.class));
        assertThat(revise).hasSize(1);
        String reviseId = revise.get(0).path("id").asText();
        assertThat(postJson(as("office1"), "/engine-rest/task/" + reviseId + "/claim", "{\"userId\":\"office1\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(postJson(
                                as("office1"),
                                "/engine-rest/task/" + reviseId + "/complete",
                                "{\"variables\":{\"revisionNote\":{\"value\":\"已删去最后两项\"}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String again = json.readTree(as("secretary")
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=task-list-2044", String.class))
                .get(0)
                .path("id")
                .asText();
        JsonNode variables = json.readTree(
                as("secretary").getForObject("/engine-rest/task/" + again + "/form-variables", String.class));
        assertThat(variables.path("taskCount").path("value").asInt()).isEqualTo(45);
        assertThat(variables.path("listSummary").path("value").asText())
                .as("cut to fit a string variable")
                .contains("第 1 项", "另有")
                .doesNotContain("第 46 项")
                .hasSizeLessThan(4000);
    }

    private ResponseEntity<String> upload(TestRestTemplate client, int year, String name, byte[] bytes) {
        return multipart(
                client,
                "/api/task-lists/import",
                name,
                bytes,
                Map.of(
                        "year",
                        String.valueOf(year),
                        "signOffDue",
                        today().plusDays(10).toString()));
    }
}
