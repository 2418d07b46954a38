package cn.qinglian.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and malformed requests across {@code /api} and the forms ({@code /engine-rest/task/…/complete}):
 * each is refused with a 4xx problem+json that has a {@code code} and a Chinese {@code detail}, shows no
 * stack trace or Java class name, and leaves every table of the database exactly as it was.
 */
class HostileInputTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(HostileInputTest.class);
    private static final int YEAR = 2094;
    private static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final String SQL = "x'); DROP TABLE audit_record; --";
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern JAVA_NAME =
            Pattern.compile("(java|javax|jakarta|org|com|cn)\\.[a-z]+\\.|Exception|\\tat |\\.java:\\d+");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private record Case(String name, int status, Supplier<ResponseEntity<String>> call) {}

    /** Fixtures the cases refer to: a risk point at 制定防控措施, one at 单位负责人审批 with a measure. */
    private record Fixtures(
            String measuresTask, long approvedPoint, long measureId, String approvalTask, String approvalProcess) {}

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsA4xxProblemAndChangesNoTable() throws Exception {
        TableCounts counts = new TableCounts(jdbc);
        Fixtures f = fixtures();
        List<Case> cases = new ArrayList<>();
        orgImport(cases);
        taskLists(cases);
        letters(cases);
        campaigns(cases);
        risk(cases, f);
        approvals(cases, f);
        dashboardAndExports(cases);
        siteBuilding(cases);
        secretaryProjects(cases);
        education(cases);
        regulations(cases);
        integrityTalks(cases);
        forms(cases, f);
        log.info(
                "Hostile input suite: {} cases, {} tables counted before and after each",
                cases.size(),
                counts.tables().size());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Map<String, Long> before = counts.snapshot();
                    ResponseEntity<String> response = c.call().get();
                    String body = response.getBody() == null ? "" : response.getBody();
                    assertThat(response.getStatusCode().value())
                            .as(c.name() + ": " + body)
                            .isEqualTo(c.status());
                    assertProblem(c.name(), response, body);
                    assertThat(counts.snapshot())
                            .as(c.name() + " changed a table")
                            .isEqualTo(before);
                }));
    }

    private void assertProblem(String name, ResponseEntity<String> response, String body) throws Exception {
        assertThat(response.getHeaders().getContentType()).as(name).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(name + " content type " + response.getHeaders().getContentType())
                .isTrue();
        JsonNode problem = json.readTree(body);
        assertThat(problem.path("code").asText()).as(name + ": " + body).isNotBlank();
        assertThat(CHINESE.matcher(problem.path("detail").asText()).find())
                .as(name + " detail in Chinese: " + body)
                .isTrue();
        assertThat(JAVA_NAME.matcher(body).find())
                .as(name + " shows Java internals: " + body)
                .isFalse();
        if (body.contains("script")) {
            // Script payloads come back as data inside a JSON string, never as markup of the response itself.
            assertThat(problem.toString()).doesNotStartWith("<");
            assertThat(response.getHeaders().getContentType().getSubtype()).doesNotContain("html");
        }
    }

    // ---- fixtures ----

    private Fixtures fixtures() throws Exception {
        JsonNode first = json.readTree(
                created(postJson(as("head-n07"), "/api/risk-points", riskBody("n07", "总经理", "会费收取无复核（恶意输入测试一）"))));
        String firstKey = first.path("point").path("businessKey").asText();
        runAsyncJobs(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(firstKey)
                .singleResult()
                .getId());
        String measuresTask = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(firstKey)
                .singleResult()
                .getId();

        JsonNode second = json.readTree(
                created(postJson(as("head-n07"), "/api/risk-points", riskBody("n07", "总经理", "报销审核流于形式（恶意输入测试二）"))));
        long pointId = second.path("point").path("id").asLong();
        String secondKey = second.path("point").path("businessKey").asText();
        runAsyncJobs(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(secondKey)
                .singleResult()
                .getId());
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(secondKey)
                .singleResult();
        engine.getTaskService()
                .complete(
                        task.getId(),
                        Map.of(
                                "measure1Content",
                                "建立报销复核台账",
                                "measure1Owner",
                                "head-n07",
                                "measure1Due",
                                LocalDate.now(ChinaTime.ZONE).plusDays(30).toString()));
        var approval = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(secondKey)
                .singleResult();
        JsonNode detail = json.readTree(as("head-n07").getForObject("/api/risk-points/" + pointId, String.class));
        long measureId = detail.path("measures").get(0).path("id").asLong();
        return new Fixtures(measuresTask, pointId, measureId, approval.getId(), approval.getProcessInstanceId());
    }

    private static String created(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return response.getBody();
    }

    private static String riskBody(String unit, String post, String description) {
        return "{\"unitId\":\"" + unit + "\",\"post\":\"" + post
                + "\",\"category\":\"BUSINESS_PROCESS\",\"description\":\"" + description
                + "\",\"likelihood\":2,\"impact\":2,\"funds\":false,\"year\":" + YEAR + "}";
    }

    // ---- 组织导入 ----

    private void orgImport(List<Case> cases) {
        String header = "人员编号,姓名,所在单位编号,职务,角色\r\n";
        add(
                cases,
                "org import: no file part",
                400,
                () -> multipart(as("office1"), "/api/org/import", null, null, Map.of()));
        add(cases, "org import: empty csv", 400, () -> upload(as("office1"), "/api/org/import", "人员.csv", new byte[0]));
        add(
                cases,
                "org import: header only",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", utf8(header)));
        add(
                cases,
                "org import: missing 姓名 column",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", utf8("人员编号,所在单位编号\r\nh0001,d02\r\n")));
        add(
                cases,
                "org import: unknown unit",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", utf8(header + "h0002,赵六,nowhere,科员,党员\r\n")));
        add(
                cases,
                "org import: SQL injection as person id",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", utf8(header + SQL + ",赵六,d02,科员,党员\r\n")));
        add(
                cases,
                "org import: script name with unknown role",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "人员.csv",
                        utf8(header + "h0003," + SCRIPT.replace(",", "，") + ",d02,科员,国王\r\n")));
        add(
                cases,
                "org import: unknown role",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", utf8(header + "h0004,赵六,d02,科员,皇帝\r\n")));
        add(
                cases,
                "org import: name of 5000 characters",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "人员.csv",
                        utf8(header + "h0005," + "长".repeat(5000) + ",d02,科员,党员\r\n")));
        add(
                cases,
                "org import: absolute path as file name, bad rows",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "/etc/passwd.csv",
                        utf8(header + "h0006,赵六,nowhere,科员,党员\r\n")));
        add(
                cases,
                "org import: ../ in file name, bad rows",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "../../../../tmp/人员.csv",
                        utf8(header + "h0007,赵六,nowhere,科员,党员\r\n")));
        add(
                cases,
                "org import: Windows path as file name, bad rows",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "C:\\Windows\\system32\\人员.csv",
                        utf8(header + "h0008,赵六,nowhere,科员,党员\r\n")));
        add(
                cases,
                "org import: malformed xlsx",
                400,
                () -> upload(as("office1"), "/api/org/import", "组织.xlsx", new byte[] {
                    'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9
                }));
        add(
                cases,
                "org import: empty xlsx",
                400,
                () -> upload(as("office1"), "/api/org/import", "组织.xlsx", new byte[0]));
        add(
                cases,
                "org import: csv bytes named .xlsx",
                400,
                () -> upload(as("office1"), "/api/org/import", "组织.xlsx", utf8(header + "h0009,赵六,d02,科员,党员\r\n")));
        add(
                cases,
                "org import: .exe upload",
                400,
                () -> upload(as("office1"), "/api/org/import", "setup.exe", new byte[] {'M', 'Z', 0, 0, 1, 2}));
        add(
                cases,
                "org import: pdf upload",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.pdf", utf8("%PDF-1.4\n%%EOF")));
        add(
                cases,
                "org import: binary noise as csv",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", new byte[] {
                    (byte) 0xFF, (byte) 0xFE, 0, 0, (byte) 0x81, (byte) 0x30, 0x0A, 0x00, 0x01
                }));
        add(
                cases,
                "org import: unterminated quote",
                400,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", utf8(header + "h0010,\"赵六,d02,科员,党员\r\n")));
        add(
                cases,
                "org import: the same id twice with one bad row",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "人员.csv",
                        utf8(header + "h0011,赵六,d02,科员,党员\r\nh0011,钱七,nowhere,科员,党员\r\n")));
        add(
                cases,
                "org import: unit that is its own parent",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "单位.csv",
                        utf8("单位编号,单位名称,单位类型,上级单位编号\r\nz9001,循环单位,处室,z9001\r\n")));
        add(
                cases,
                "org import: unknown unit type",
                400,
                () -> upload(
                        as("office1"),
                        "/api/org/import",
                        "单位.csv",
                        utf8("单位编号,单位名称,单位类型,上级单位编号\r\nz9002,某单位,公司,root\r\n")));
        add(
                cases,
                "org import: file over 10MB",
                413,
                () -> upload(as("office1"), "/api/org/import", "人员.csv", new byte[10 * 1024 * 1024 + 1]));
        add(
                cases,
                "org import: a member may not import",
                403,
                () -> upload(as("m0001"), "/api/org/import", "人员.csv", utf8(header + "h0012,赵六,d02,科员,党员\r\n")));
        add(
                cases,
                "org import: JSON instead of multipart",
                415,
                () -> postJson(as("office1"), "/api/org/import", "{}"));
        add(cases, "org read: unknown person", 404, () -> get("office1", "/api/org/people/nobody-" + YEAR));
        add(cases, "org read: SQL injection in unit id", 404, () -> get("office1", "/api/org/units/x' OR '1'='1"));
    }

    // ---- 任务清单 ----

    private void taskLists(List<Case> cases) {
        String task = "{\"content\":\"落实主体责任\",\"sourceList\":\"政治建设问题清单\",\"responsibility\":\"主体责任\","
                + "\"leadUnit\":\"d02\",\"deadline\":\"" + YEAR + "-06-30\"}";
        String path = "/api/task-lists";
        add(cases, "task list: empty body", 400, () -> postJson(as("office1"), path, ""));
        add(cases, "task list: not JSON", 400, () -> postJson(as("office1"), path, "year=" + YEAR));
        add(cases, "task list: JSON array", 400, () -> postJson(as("office1"), path, "[1,2,3]"));
        add(
                cases,
                "task list: truncated JSON",
                400,
                () -> postJson(as("office1"), path, "{\"year\":" + YEAR + ",\"title\":\"清"));
        add(
                cases,
                "task list: year as Chinese text",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":\"二〇九四\",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":[" + task
                                + "]}"));
        add(
                cases,
                "task list: year 99999",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":99999,\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":[" + task
                                + "]}"));
        add(
                cases,
                "task list: missing title",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":[" + task + "]}"));
        add(
                cases,
                "task list: title of 201 characters",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"" + "清".repeat(201) + "\",\"signOffDue\":\"" + YEAR
                                + "-03-01\",\"tasks\":[" + task + "]}"));
        add(
                cases,
                "task list: title of 2 MB",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"signOffDue\":\""
                                + YEAR + "-03-01\",\"tasks\":[" + task + "]}"));
        add(
                cases,
                "task list: 30 February",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-02-30\",\"tasks\":["
                                + task + "]}"));
        add(
                cases,
                "task list: due date as words",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"明天\",\"tasks\":[" + task + "]}"));
        add(
                cases,
                "task list: no tasks",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":[]}"));
        add(
                cases,
                "task list: tasks as object",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR
                                + "-03-01\",\"tasks\":{\"a\":1}}"));
        add(
                cases,
                "task list: unknown lead unit",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + task.replace("\"d02\"", "\"nowhere\"") + "]}"));
        add(
                cases,
                "task list: SQL injection as lead unit",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + task.replace("\"d02\"", "\"" + SQL + "\"") + "]}"));
        add(
                cases,
                "task list: script as leader",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + task.replace("}", ",\"leader\":\"" + SCRIPT.replace("'", "") + "\"}") + "]}"));
        add(
                cases,
                "task list: unknown source list",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + task.replace("政治建设问题清单", "不存在的清单") + "]}"));
        add(
                cases,
                "task list: task deadline 13th month",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + task.replace(YEAR + "-06-30", YEAR + "-13-01") + "]}"));
        add(
                cases,
                "task list: extra fields with a missing year",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"id\":1,\"status\":\"CLOSED\",\"businessKey\":\"x\",\"title\":\"清单\",\"signOffDue\":\""
                                + YEAR + "-03-01\",\"tasks\":[" + task + "]}"));
        add(
                cases,
                "task list: 501 tasks",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + String.join(",", java.util.Collections.nCopies(501, task)) + "]}"));
        add(
                cases,
                "task list: JSON nested 5000 deep",
                400,
                () -> postJson(as("office1"), path, "{\"tasks\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        add(
                cases,
                "task list: text/plain body",
                415,
                () -> send(as("office1"), HttpMethod.POST, path, MediaType.TEXT_PLAIN, "{\"year\":" + YEAR + "}"));
        add(
                cases,
                "task list: a member may not create",
                403,
                () -> postJson(
                        as("m0001"),
                        path,
                        "{\"year\":" + YEAR + ",\"title\":\"清单\",\"signOffDue\":\"" + YEAR + "-03-01\",\"tasks\":["
                                + task + "]}"));
        String importPath = "/api/task-lists/import";
        String sheet = "序号,任务内容,问题清单,责任类型,牵头单位,配合单位,责任领导,完成时限,阶段目标\r\n";
        add(
                cases,
                "task list import: no year",
                400,
                () -> multipart(
                        as("office1"),
                        importPath,
                        "清单.csv",
                        utf8(sheet + "1,落实主体责任,政治建设问题清单,主体责任,d02,,,2094-06-30,\r\n"),
                        Map.of()));
        add(
                cases,
                "task list import: year abc",
                400,
                () -> multipart(as("office1"), importPath, "清单.csv", utf8(sheet), Map.of("year", "abc")));
        add(
                cases,
                "task list import: year 1",
                400,
                () -> multipart(as("office1"), importPath, "清单.csv", utf8(sheet), Map.of("year", "1")));
        add(
                cases,
                "task list import: 30 February",
                400,
                () -> multipart(
                        as("office1"),
                        importPath,
                        "清单.csv",
                        utf8(sheet),
                        Map.of("year", String.valueOf(YEAR), "signOffDue", YEAR + "-02-30")));
        add(
                cases,
                "task list import: malformed xlsx",
                400,
                () -> multipart(
                        as("office1"),
                        importPath,
                        "清单.xlsx",
                        new byte[] {'P', 'K', 3, 4, 9, 9, 9},
                        Map.of("year", String.valueOf(YEAR))));
        add(
                cases,
                "task list import: header only",
                400,
                () -> multipart(
                        as("office1"), importPath, "清单.csv", utf8(sheet), Map.of("year", String.valueOf(YEAR))));
        add(
                cases,
                "task list import: .exe",
                400,
                () -> multipart(
                        as("office1"),
                        importPath,
                        "清单.exe",
                        new byte[] {'M', 'Z', 1},
                        Map.of("year", String.valueOf(YEAR))));
        add(
                cases,
                "task list import: ..%2F file name, bad rows",
                400,
                () -> multipart(
                        as("office1"),
                        importPath,
                        "..%2F..%2Fetc%2F清单.csv",
                        utf8(sheet + "1,内容,不存在的清单,主体责任,nowhere,,,2094-13-30,\r\n"),
                        Map.of("year", String.valueOf(YEAR))));
        add(
                cases,
                "task list import: formula and script in cells, bad unit",
                400,
                () -> multipart(
                        as("office1"),
                        importPath,
                        "清单.csv",
                        utf8(sheet + "1,\"=HYPERLINK(\"\"http://evil\"\")\",政治建设问题清单,主体责任,\"" + SCRIPT.replace(",", "，")
                                + "\",,,2094-06-30,\r\n"),
                        Map.of("year", String.valueOf(YEAR))));
        add(cases, "task list read: year abc", 400, () -> get("office1", "/api/task-lists/abc"));
        add(cases, "task list export: path trick", 400, () -> get("office1", "/api/task-lists/..%2F..%2Fetc/export"));
        add(
                cases,
                "task list events: unknown kind",
                400,
                () -> get("office1", "/api/task-lists/" + YEAR + "/events?kind=DROP"));
    }

    // ---- 责任书 ----

    private void letters(List<Case> cases) {
        String path = "/api/letters";
        add(cases, "letter: empty object", 400, () -> postJson(as("office1"), path, "{}"));
        add(cases, "letter: year as text", 400, () -> postJson(as("office1"), path, "{\"year\":\"abc\"}"));
        add(cases, "letter: year 1999", 400, () -> postJson(as("office1"), path, "{\"year\":1999}"));
        add(cases, "letter: year as float", 400, () -> postJson(as("office1"), path, "{\"year\":2094.5}"));
        add(
                cases,
                "letter: title of 201 characters",
                400,
                () -> postJson(as("office1"), path, "{\"year\":" + YEAR + ",\"title\":\"" + "责".repeat(201) + "\"}"));
        add(
                cases,
                "letter: 31 aspects",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"aspects\":["
                                + String.join(",", java.util.Collections.nCopies(31, "\"条款\"")) + "]}"));
        add(
                cases,
                "letter: aspect of 501 characters",
                400,
                () -> postJson(
                        as("office1"), path, "{\"year\":" + YEAR + ",\"aspects\":[\"" + "责".repeat(501) + "\"]}"));
        add(
                cases,
                "letter: aspects as a string",
                400,
                () -> postJson(as("office1"), path, "{\"year\":" + YEAR + ",\"aspects\":{\"x\":1}}"));
        add(
                cases,
                "letter: duties of 2001 characters with a script",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{\"year\":" + YEAR + ",\"leadershipDuties\":\"" + SCRIPT + "责".repeat(2001) + "\"}"));
        add(cases, "letter: a member may not draft", 403, () -> postJson(as("m0001"), path, "{\"year\":" + YEAR + "}"));
        add(cases, "letter: unknown year", 404, () -> get("office1", "/api/letters/2099"));
        add(cases, "letter: year abc", 400, () -> get("office1", "/api/letters/abc"));
        add(
                cases,
                "letter: sign an unknown letter",
                404,
                () -> postJson(
                        as("leader1"),
                        "/api/letters/2099/signatures/leader1/sign",
                        "{\"opinion\":\"" + SCRIPT + "\"}"));
        add(
                cases,
                "letter: sign with SQL injection as person",
                404,
                () -> postJson(as("leader1"), "/api/letters/2099/signatures/" + "x' OR '1'='1" + "/sign", "{}"));
        add(
                cases,
                "letter: pdf of an unknown letter",
                404,
                () -> get("leader1", "/api/letters/2099/signatures/leader1.pdf"));
        add(
                cases,
                "letter: pdf path trick",
                400,
                () -> get("leader1", "/api/letters/2099/signatures/..%2F..%2Fetc%2Fpasswd.pdf"));
        add(cases, "letter: export of an unknown letter", 404, () -> get("office1", "/api/letters/2099/export"));
        add(
                cases,
                "letter: urge on an unknown letter",
                404,
                () -> postJson(as("secretary"), "/api/letters/2099/signatures/leader1/urge", "{}"));
        add(cases, "letter: coverage of year -1", 404, () -> get("office1", "/api/letters/-1/coverage"));
    }

    // ---- 查改剖 ----

    private void campaigns(List<Case> cases) {
        String path = "/api/self-review/campaigns";
        String ok = "\"name\":\"测试活动\",\"year\":" + YEAR + ",\"checkDue\":\"" + YEAR + "-03-01\",\"correctDue\":\""
                + YEAR + "-03-10\",\"analyseDue\":\"" + YEAR + "-03-20\",\"reviewDue\":\"" + YEAR
                + "-03-30\",\"unitIds\":[\"d03\"]";
        add(cases, "campaign: empty object", 400, () -> postJson(as("office1"), path, "{}"));
        add(
                cases,
                "campaign: slug with ../",
                400,
                () -> postJson(as("office1"), path, "{" + ok + ",\"slug\":\"../etc\"}"));
        add(
                cases,
                "campaign: SQL injection slug",
                400,
                () -> postJson(as("office1"), path, "{" + ok + ",\"slug\":\"" + SQL + "\"}"));
        add(
                cases,
                "campaign: upper-case slug",
                400,
                () -> postJson(as("office1"), path, "{" + ok + ",\"slug\":\"ABC\"}"));
        add(
                cases,
                "campaign: script as name with bad slug",
                400,
                () -> postJson(as("office1"), path, "{" + ok.replace("测试活动", SCRIPT) + ",\"slug\":\"<b>\"}"));
        add(
                cases,
                "campaign: name of 201 characters",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{" + ok.replace("测试活动", "查".repeat(201)) + ",\"slug\":\"hostile-long\"}"));
        add(
                cases,
                "campaign: 30 February",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{" + ok.replace(YEAR + "-03-01", YEAR + "-02-30") + ",\"slug\":\"hostile-feb\"}"));
        add(
                cases,
                "campaign: 11 checklist items",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{" + ok + ",\"slug\":\"hostile-items\",\"checklist\":["
                                + String.join(",", java.util.Collections.nCopies(11, "{\"title\":\"纪律\"}")) + "]}"));
        add(
                cases,
                "campaign: blank checklist title",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{" + ok + ",\"slug\":\"hostile-blank\",\"checklist\":[{\"title\":\" \"}]}"));
        add(
                cases,
                "campaign: spot-check rate 1.5",
                400,
                () -> postJson(as("office1"), path, "{" + ok + ",\"slug\":\"hostile-rate\",\"spotCheckRate\":1.5}"));
        add(
                cases,
                "campaign: minimum analysis -1",
                400,
                () -> postJson(as("office1"), path, "{" + ok + ",\"slug\":\"hostile-min\",\"minAnalysisLength\":-1}"));
        add(
                cases,
                "campaign: unknown unit",
                400,
                () -> postJson(
                        as("office1"), path, "{" + ok.replace("d03", "nowhere") + ",\"slug\":\"hostile-unit\"}"));
        add(
                cases,
                "campaign: unit ids as a number",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{" + ok.replace("[\"d03\"]", "{\"a\":1}") + ",\"slug\":\"hostile-units\"}"));
        add(
                cases,
                "campaign: stages out of order",
                400,
                () -> postJson(
                        as("office1"),
                        path,
                        "{" + ok.replace(YEAR + "-03-30", YEAR + "-01-01") + ",\"slug\":\"hostile-order\"}"));
        add(
                cases,
                "campaign: a member may not launch",
                403,
                () -> postJson(as("m0001"), path, "{" + ok + ",\"slug\":\"hostile-member\"}"));
        add(cases, "campaign: id abc", 400, () -> get("office1", path + "/abc"));
        add(cases, "campaign: unknown id", 404, () -> get("office1", path + "/999999999"));
        add(cases, "campaign: coverage of unknown id", 404, () -> get("office1", path + "/999999999/coverage"));
        add(cases, "campaign: export of unknown id", 404, () -> get("office1", path + "/999999999/export"));
        add(
                cases,
                "campaign: close unknown id",
                404,
                () -> postJson(as("office1"), path + "/999999999/close", "{\"note\":\"" + SCRIPT + "\"}"));
        add(
                cases,
                "campaign: review of unknown campaign",
                404,
                () -> get("office1", path + "/999999999/reviews/m0001"));
        add(cases, "review: unknown id", 404, () -> get("office1", "/api/self-review/reviews/999999999"));
        add(cases, "review: id with SQL", 400, () -> get("office1", "/api/self-review/reviews/1 OR 1=1"));
    }

    // ---- 风险点 ----

    private void risk(List<Case> cases, Fixtures f) {
        String path = "/api/risk-points";
        add(cases, "risk: empty object", 400, () -> postJson(as("head-n07"), path, "{}"));
        add(
                cases,
                "risk: unknown category",
                400,
                () -> postJson(
                        as("head-n07"), path, riskBody("n07", "总经理", "描述").replace("BUSINESS_PROCESS", "DROP")));
        add(
                cases,
                "risk: likelihood as text",
                400,
                () -> postJson(
                        as("head-n07"),
                        path,
                        riskBody("n07", "总经理", "描述").replace("\"likelihood\":2", "\"likelihood\":\"很高\"")));
        add(
                cases,
                "risk: likelihood as a full-width digit",
                400,
                () -> postJson(
                        as("head-n07"),
                        path,
                        riskBody("n07", "总经理", "全角数字").replace("\"likelihood\":2", "\"likelihood\":\"３\"")));
        add(
                cases,
                "risk: likelihood as a number in a string",
                400,
                () -> postJson(
                        as("head-n07"),
                        path,
                        riskBody("n07", "总经理", "字符串数字").replace("\"likelihood\":2", "\"likelihood\":\"2\"")));
        add(
                cases,
                "risk: a key given twice",
                400,
                () -> postJson(
                        as("head-n07"),
                        path,
                        riskBody("n07", "总经理", "重复字段")
                                .replace("\"likelihood\":2", "\"likelihood\":2,\"likelihood\":5")));
        add(
                cases,
                "risk: impact 99",
                400,
                () -> postJson(
                        as("head-n07"), path, riskBody("n07", "总经理", "描述").replace("\"impact\":2", "\"impact\":99")));
        add(
                cases,
                "risk: description of 2001 characters",
                400,
                () -> postJson(as("head-n07"), path, riskBody("n07", "总经理", "风".repeat(2001))));
        add(
                cases,
                "risk: script post",
                400,
                () -> postJson(as("head-n07"), path, riskBody("n07", SCRIPT.replace("'", ""), "描述")));
        add(
                cases,
                "risk: SQL injection unit",
                400,
                () -> postJson(as("head-n07"), path, riskBody(SQL.replace("'", "\\u0027"), "总经理", "描述")));
        add(
                cases,
                "risk: year 3000",
                400,
                () -> postJson(
                        as("head-n07"),
                        path,
                        riskBody("n07", "总经理", "描述").replace("\"year\":" + YEAR, "\"year\":3000")));
        add(
                cases,
                "risk: funds as an object",
                400,
                () -> postJson(
                        as("head-n07"),
                        path,
                        riskBody("n07", "总经理", "描述").replace("\"funds\":false", "\"funds\":{\"a\":1}")));
        add(cases, "risk: id abc", 400, () -> get("head-n07", path + "/abc"));
        add(cases, "risk: unknown id", 404, () -> get("office1", path + "/999999999"));
        add(cases, "risk: unknown grade filter", 400, () -> get("office1", path + "?grade=EXTREME"));
        add(cases, "risk: summary without year", 400, () -> get("office1", path + "/summary"));
        add(cases, "risk: export year abc", 400, () -> get("office1", path + "/export?year=abc"));
        add(
                cases,
                "risk: export for a path as unit",
                400,
                () -> get("office1", path + "/export?year=" + YEAR + "&unitId=..%2F..%2Fetc"));
        String evidence = path + "/" + f.approvedPoint() + "/measures/" + f.measureId() + "/evidence";
        add(cases, "evidence: .exe", 400, () -> upload(as("head-n07"), evidence, "证明.exe", new byte[] {'M', 'Z', 1}));
        add(
                cases,
                "evidence: /etc/passwd",
                400,
                () -> upload(as("head-n07"), evidence, "/etc/passwd", utf8("root:x:0:0")));
        add(
                cases,
                "evidence: Windows path to an .exe",
                400,
                () -> upload(as("head-n07"), evidence, "C:\\Windows\\System32\\cmd.exe", new byte[] {'M', 'Z', 2}));
        add(
                cases,
                "evidence: ../ to a .jsp",
                400,
                () -> upload(as("head-n07"), evidence, "../../webapps/ROOT/shell.jsp", utf8("<% out.println(1); %>")));
        add(
                cases,
                "evidence: a Windows program named .pdf",
                400,
                () -> upload(as("head-n07"), evidence, "整改报告.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        add(
                cases,
                "evidence: an HTML page named .png",
                400,
                () -> upload(as("head-n07"), evidence, "现场照片.png", utf8("<html><script>alert(1)</script></html>")));
        add(
                cases,
                "evidence: a zip named .doc",
                400,
                () -> upload(as("head-n07"), evidence, "制度.doc", new byte[] {'P', 'K', 3, 4, 0}));
        add(cases, "evidence: empty pdf", 400, () -> upload(as("head-n07"), evidence, "证明.pdf", new byte[0]));
        add(
                cases,
                "evidence: pdf over 5MB",
                400,
                () -> upload(as("head-n07"), evidence, "证明.pdf", new byte[5 * 1024 * 1024 + 1]));
        add(
                cases,
                "evidence: file name of 300 characters",
                400,
                () -> upload(as("head-n07"), evidence, "证".repeat(300) + ".pdf", utf8("%PDF-1.4")));
        add(
                cases,
                "evidence: no file part",
                400,
                () -> multipart(as("head-n07"), evidence, null, null, Map.of("x", "1")));
        add(
                cases,
                "evidence: unknown measure",
                404,
                () -> upload(
                        as("head-n07"),
                        path + "/" + f.approvedPoint() + "/measures/999999999/evidence",
                        "证明.pdf",
                        utf8("%PDF-1.4")));
        add(
                cases,
                "evidence: measure of another point",
                404,
                () -> upload(
                        as("head-n07"),
                        path + "/999999999/measures/" + f.measureId() + "/evidence",
                        "证明.pdf",
                        utf8("%PDF-1.4")));
        add(cases, "evidence: not the owner", 403, () -> upload(as("head-x05"), evidence, "证明.pdf", utf8("%PDF-1.4")));
        add(
                cases,
                "evidence: measure id abc",
                400,
                () -> upload(
                        as("head-n07"),
                        path + "/" + f.approvedPoint() + "/measures/abc/evidence",
                        "证明.pdf",
                        utf8("%PDF-1.4")));
    }

    // ---- 审批操作 ----

    private void approvals(List<Case> cases, Fixtures f) {
        String task = "/api/tasks/" + f.approvalTask();
        add(cases, "tasks: unknown task", 404, () -> get("head-n07", "/api/tasks/no-such-task"));
        add(cases, "tasks: page abc", 400, () -> get("head-n07", "/api/tasks/todo?page=abc"));
        add(cases, "tasks: page 0", 400, () -> get("head-n07", "/api/tasks/todo?page=0"));
        add(cases, "tasks: size 100000", 400, () -> get("head-n07", "/api/tasks/done?size=100000"));
        add(
                cases,
                "tasks: return an unknown task",
                404,
                () -> postJson(
                        as("head-n07"),
                        "/api/tasks/no-such-task/return",
                        "{\"targetStep\":\"userTask_setMeasures\",\"reason\":\"理由\"}"));
        add(
                cases,
                "tasks: return without a reason",
                400,
                () -> postJson(as("head-n07"), task + "/return", "{\"targetStep\":\"userTask_setMeasures\"}"));
        add(
                cases,
                "tasks: return to an unknown step",
                400,
                () -> postJson(
                        as("head-n07"),
                        task + "/return",
                        "{\"targetStep\":\"" + SQL + "\",\"reason\":\"" + SCRIPT + "\"}"));
        add(
                cases,
                "tasks: return with a body that is not JSON",
                400,
                () -> postJson(as("head-n07"), task + "/return", "退回"));
        add(
                cases,
                "tasks: return reason of 100000 characters",
                400,
                () -> postJson(
                        as("head-n07"),
                        task + "/return",
                        "{\"targetStep\":\"userTask_setMeasures\",\"reason\":\"" + "退".repeat(100_000) + "\"}"));
        add(
                cases,
                "tasks: transfer to an unknown person",
                400,
                () -> postJson(
                        as("head-n07"), task + "/transfer", "{\"to\":\"nobody-" + YEAR + "\",\"reason\":\"出差\"}"));
        add(
                cases,
                "tasks: transfer to SQL injection",
                400,
                () -> postJson(as("head-n07"), task + "/transfer", "{\"to\":\"" + SQL + "\",\"reason\":\"出差\"}"));
        add(
                cases,
                "tasks: transfer to a list",
                400,
                () -> postJson(as("head-n07"), task + "/transfer", "{\"to\":[\"leader1\"],\"reason\":\"出差\"}"));
        add(
                cases,
                "tasks: delegate to no one",
                400,
                () -> postJson(as("head-n07"), task + "/delegate", "{\"to\":\"\"}"));
        add(
                cases,
                "tasks: someone else's task",
                403,
                () -> postJson(as("m0001"), task + "/transfer", "{\"to\":\"m0002\",\"reason\":\"代办\"}"));
        add(cases, "tasks: resolve a task not delegated", 409, () -> postJson(as("head-n07"), task + "/resolve", "{}"));
        add(
                cases,
                "tasks: add a signer to a single step",
                409,
                () -> postJson(as("head-n07"), task + "/signers", "{\"to\":\"leader1\"}"));
        add(
                cases,
                "tasks: urge an unknown task",
                404,
                () -> postJson(as("head-n07"), "/api/tasks/no-such-task/urge", "{}"));
        add(
                cases,
                "tasks: withdraw an unknown process",
                404,
                () -> postJson(
                        as("head-n07"),
                        "/api/tasks/processes/no-such-process/withdraw",
                        "{\"reason\":\"" + SCRIPT + "\"}"));
        add(
                cases,
                "tasks: copy to no one",
                400,
                () -> postJson(
                        as("head-n07"), "/api/tasks/processes/" + f.approvalProcess() + "/copies", "{\"to\":[]}"));
        add(
                cases,
                "tasks: copy to unknown people with a script note",
                400,
                () -> postJson(
                        as("head-n07"),
                        "/api/tasks/processes/" + f.approvalProcess() + "/copies",
                        "{\"to\":[\"" + SCRIPT + "\"],\"note\":\"" + SCRIPT + "\"}"));
        add(
                cases,
                "tasks: timeline of an unknown process",
                404,
                () -> get("head-n07", "/api/tasks/processes/no-such-process/timeline"));
        add(
                cases,
                "tasks: timeline path trick",
                400,
                () -> get("head-n07", "/api/tasks/processes/..%2F..%2Fetc/timeline"));
    }

    // ---- 党建报表、履责纪实、导出 ----

    private void dashboardAndExports(List<Case> cases) {
        add(cases, "dashboard: no year", 400, () -> get("office1", "/api/dashboard"));
        add(cases, "dashboard: year abc", 400, () -> get("office1", "/api/dashboard?year=abc"));
        add(cases, "dashboard: year -5", 400, () -> get("office1", "/api/dashboard?year=-5"));
        add(cases, "dashboard: year 99999", 400, () -> get("office1", "/api/dashboard?year=99999"));
        add(cases, "dashboard: year with SQL", 400, () -> get("office1", "/api/dashboard?year=2070 OR 1=1"));
        add(cases, "dashboard: unknown grouping", 400, () -> get("office1", "/api/dashboard?year=2070&by=" + SQL));
        add(cases, "dashboard: a member may not read", 403, () -> get("m0001", "/api/dashboard?year=2070"));
        add(cases, "audit: another person's trail", 403, () -> get("m0001", "/api/audit/people/m0002"));
        add(
                cases,
                "export: a member may not export another unit's risks",
                403,
                () -> get("m0001", "/api/risk-points/export?year=" + YEAR + "&unitId=n07"));
        add(
                cases,
                "export: a unit head may not export another unit's risks",
                403,
                () -> get("head-x05", "/api/risk-points/export?year=" + YEAR + "&unitId=n07"));
        add(cases, "export: unknown task list year", 404, () -> get("office1", "/api/task-lists/2099/export"));
    }

    // ---- 表单：/engine-rest/task/{id}/complete ----

    private void education(List<Case> cases) {
        String e = "/api/education/sessions";
        String session = "{\"kind\":\"LECTURE\",\"topic\":\"恶意输入测试学习\",\"startsAt\":\"2098-03-01T09:00\","
                + "\"endsAt\":\"2098-03-01T11:00\",\"expectedUnits\":[\"d01\"]}";
        add(cases, "education: empty session", 400, () -> postJson(as("office1"), e, "{}"));
        add(
                cases,
                "education: unknown kind",
                400,
                () -> postJson(as("office1"), e, session.replace("LECTURE", "DROP")));
        add(
                cases,
                "education: start as words",
                400,
                () -> postJson(as("office1"), e, session.replace("2098-03-01T09:00", "明天上午")));
        add(
                cases,
                "education: script topic of 2000 characters",
                400,
                () -> postJson(
                        as("office1"),
                        e,
                        session.replace("恶意输入测试学习", SCRIPT.replace("'", "").repeat(40))));
        add(
                cases,
                "education: SQL as a unit",
                400,
                () -> postJson(as("office1"), e, session.replace("[\"d01\"]", "[\"" + SQL.replace("'", "") + "\"]")));
        add(cases, "education: a member sets a session", 403, () -> postJson(as("m0001"), e, session));
        add(cases, "education: session id abc", 400, () -> get("office1", e + "/abc"));
        add(cases, "education: unknown session", 404, () -> get("office1", e + "/999999999"));
        add(
                cases,
                "education: sign-in to an unknown session",
                404,
                () -> postJson(as("m0001"), e + "/999999999/sign-in", "{\"code\":\"123456\"}"));
        add(cases, "education: sign-in not JSON", 400, () -> postJson(as("m0001"), e + "/1/sign-in", "签到"));
        add(cases, "education: own record without a year", 400, () -> get("m0001", "/api/education/mine"));
    }

    private void secretaryProjects(List<Case> cases) {
        String sp = "/api/secretary-projects";
        String project = "{\"title\":\"恶意输入测试项目\",\"problem\":\"p\",\"businessWork\":\"b\",\"goals\":\"g\","
                + "\"measures\":\"m\",\"expectedResults\":\"r\",\"milestones\":[{\"title\":\"t\",\"dueDate\":\"2095-06-30\"}],"
                + "\"year\":2095}";
        add(cases, "project: empty proposal", 400, () -> postJson(as("bs-b1"), sp, "{}"));
        add(cases, "project: proposal not JSON", 400, () -> postJson(as("bs-b1"), sp, "领题"));
        add(
                cases,
                "project: milestone date as text",
                400,
                () -> postJson(as("bs-b1"), sp, project.replace("\"2095-06-30\"", "\"年中\"")));
        add(
                cases,
                "project: milestones as text",
                400,
                () -> postJson(
                        as("bs-b1"), sp, project.replace("[{\"title\":\"t\",\"dueDate\":\"2095-06-30\"}]", "\"六月\"")));
        add(
                cases,
                "project: script title of 2000 characters",
                400,
                () -> postJson(
                        as("bs-b1"),
                        sp,
                        project.replace("恶意输入测试项目", SCRIPT.replace("'", "").repeat(40))));
        add(cases, "project: year as words", 400, () -> postJson(as("bs-b1"), sp, project.replace("2095}", "\"明年\"}")));
        add(
                cases,
                "project: seven milestones",
                400,
                () -> postJson(
                        as("bs-b1"),
                        sp,
                        project.replace(
                                "[{\"title\":\"t\",\"dueDate\":\"2095-06-30\"}]",
                                "["
                                        + String.join(
                                                ",",
                                                Collections.nCopies(7, "{\"title\":\"t\",\"dueDate\":\"2095-06-30\"}"))
                                        + "]")));
        add(cases, "project: a member proposes", 403, () -> postJson(as("m0001"), sp, project));
        add(cases, "project: id abc", 400, () -> get("office1", sp + "/abc"));
        add(cases, "project: unknown id", 404, () -> get("office1", sp + "/999999999"));
        add(cases, "project: unknown unit", 400, () -> get("office1", sp + "?unit=" + SQL.replace("'", "")));
        add(cases, "project: export without a year", 400, () -> get("office1", sp + "/export"));
    }

    private void integrityTalks(List<Case> cases) {
        String t = "/api/integrity-talks";
        String plan = "{\"talkKind\":\"REMINDER\",\"personIds\":[\"m0001\"],\"reason\":\"提醒\","
                + "\"proposedTalker\":\"head-d01\"}";
        add(cases, "talk: empty plan", 400, () -> postJson(as("office1"), t, "{}"));
        add(
                cases,
                "talk: script as kind",
                400,
                () -> postJson(as("office1"), t, plan.replace("REMINDER", SCRIPT.replace("'", ""))));
        add(
                cases,
                "talk: script reason of 2400 characters",
                400,
                () -> postJson(
                        as("office1"),
                        t,
                        plan.replace("提醒\"", SCRIPT.replace("'", "").repeat(40) + "\"")));
        add(
                cases,
                "talk: SQL injection as the person",
                400,
                () -> postJson(as("office1"), t, plan.replace("m0001", SQL.replace("'", "\\u0027"))));
        add(
                cases,
                "talk: people as text",
                400,
                () -> postJson(as("office1"), t, plan.replace("[\"m0001\"]", "\"全体\"")));
        add(
                cases,
                "talk: reply days as text",
                400,
                () -> postJson(as("office1"), t, plan.replace("}", ",\"replyDays\":\"十五天\"}")));
        add(cases, "talk: a member plans a talk", 403, () -> postJson(as("m0001"), t, plan));
        add(cases, "talk: id abc", 400, () -> get("ins-b3", t + "/abc"));
        add(cases, "talk: unknown talk", 404, () -> get("ins-b3", t + "/999999999"));
        add(cases, "talk: figures without a year", 400, () -> get("office1", t + "/figures"));
        add(cases, "talk: export year as text", 400, () -> get("office1", t + "/export?year=今年"));
        add(cases, "talk: list of an unknown kind", 400, () -> get("office1", t + "?kind=" + SQL));
        add(cases, "talk: list of an unknown status", 400, () -> get("office1", t + "?status=%3Cb%3Ex%3C%2Fb%3E"));
    }

    private void siteBuilding(List<Case> cases) {
        String s = "/api/site-building";
        String project = "{\"name\":\"恶意输入测试工程\",\"projectType\":\"房建\",\"startDate\":\"2026-01-01\","
                + "\"plannedEndDate\":\"2027-01-01\"}";
        add(cases, "site: empty project", 400, () -> postJson(as("office1"), s + "/projects", "{}"));
        add(
                cases,
                "site: project date as text",
                400,
                () -> postJson(as("office1"), s + "/projects", project.replace("\"2026-01-01\"", "\"明年开工\"")));
        add(
                cases,
                "site: script project name of 2000 characters",
                400,
                () -> postJson(
                        as("office1"),
                        s + "/projects",
                        project.replace("恶意输入测试工程", SCRIPT.replace("'", "").repeat(40))));
        add(
                cases,
                "site: SQL injection project type",
                400,
                () -> postJson(as("office1"), s + "/projects", project.replace("房建", SQL.replace("'", "\\u0027"))));
        add(cases, "site: a member records a project", 403, () -> postJson(as("m0001"), s + "/projects", project));
        add(cases, "site: project id abc", 400, () -> get("office1", s + "/projects/abc"));
        add(cases, "site: unknown project", 404, () -> get("office1", s + "/projects/999999999"));
        add(
                cases,
                "site: completion of an unknown project",
                404,
                () -> postJson(
                        as("office1"), s + "/projects/999999999/completion", "{\"completedOn\":\"2026-01-01\"}"));
        add(
                cases,
                "site: members as text",
                400,
                () -> send(
                        as("office1"),
                        HttpMethod.PUT,
                        s + "/projects/999999999/members",
                        MediaType.APPLICATION_JSON,
                        "{\"members\":\"全体\"}"));
        add(
                cases,
                "site: organisation over a department",
                400,
                () -> postJson(
                        as("office1"),
                        s + "/organisations",
                        "{\"projectId\":999999999,\"kind\":\"临时党支部\",\"name\":\"x\",\"unitId\":\"d01\"}"));
        add(cases, "site: agreement without sides", 400, () -> postJson(as("office1"), s + "/agreements", "{}"));
        add(cases, "site: a member proposes an agreement", 403, () -> postJson(as("m0001"), s + "/agreements", "{}"));
        add(
                cases,
                "site: activity on an unknown agreement",
                404,
                () -> postJson(as("office1"), s + "/agreements/999999999/activities", "{\"kind\":\"联学\"}"));
        add(cases, "site: import a text file", 400, () -> upload(as("office1"), s + "/import", "项目.txt", utf8("项目名称")));
        add(
                cases,
                "site: import headers only",
                400,
                () -> upload(as("office1"), s + "/import", "项目.csv", utf8("项目名称,项目类型,开工日期,计划竣工日期\n")));
        add(
                cases,
                "site: a unit head imports",
                403,
                () -> upload(as("head-d01"), s + "/import", "项目.csv", utf8("项目名称\n")));
        add(cases, "site: export year abc", 400, () -> get("office1", s + "/export?year=abc"));
        add(cases, "site: export year 3000", 400, () -> get("office1", s + "/export?year=3000"));
        add(cases, "site: a member exports", 403, () -> get("m0001", s + "/export?year=" + YEAR));
    }

    // ---- 制度汇编 ----

    private void regulations(List<Case> cases) {
        String g = "/api/regulations";
        String regulation = "{\"title\":\"恶意输入测试规定\",\"docNumber\":\"恶意〔2094〕1号\",\"issuer\":\"机关党委\","
                + "\"level\":\"委内\",\"category\":\"综合\",\"issuedOn\":\"2094-01-01\"}";
        add(cases, "regulations: empty regulation", 400, () -> postJson(as("office1"), g, "{}"));
        add(
                cases,
                "regulations: date as text",
                400,
                () -> postJson(as("office1"), g, regulation.replace("\"2094-01-01\"", "\"今年年初\"")));
        add(
                cases,
                "regulations: script title of 2000 characters",
                400,
                () -> postJson(
                        as("office1"),
                        g,
                        regulation.replace("恶意输入测试规定", SCRIPT.replace("'", "").repeat(40))));
        add(
                cases,
                "regulations: SQL injection level",
                400,
                () -> postJson(as("office1"), g, regulation.replace("委内", SQL.replace("'", "\\u0027"))));
        add(cases, "regulations: a member records a regulation", 403, () -> postJson(as("m0001"), g, regulation));
        add(cases, "regulations: id abc", 400, () -> get("m0001", g + "/abc"));
        add(cases, "regulations: unknown regulation", 404, () -> get("m0001", g + "/999999999"));
        add(
                cases,
                "regulations: status of an unknown regulation",
                404,
                () -> postJson(as("office1"), g + "/999999999/status", "{\"status\":\"已废止\"}"));
        add(
                cases,
                "regulations: an executable renamed to .pdf",
                400,
                () -> upload(as("office1"), g + "/999999999/file", "制度.pdf", utf8("MZ\u0090")));
        add(cases, "regulations: unknown status filter", 400, () -> get("office1", g + "?status=" + SQL));
        add(
                cases,
                "regulations: chapters as text",
                400,
                () -> postJson(
                        as("office1"),
                        g + "/compilations",
                        "{\"year\":2094,\"title\":\"汇编\",\"issuer\":\"机关党委\",\"chapters\":\"全部\"}"));
        add(
                cases,
                "regulations: a compilation of an unknown regulation",
                400,
                () -> postJson(
                        as("office1"),
                        g + "/compilations",
                        "{\"year\":2094,\"title\":\"汇编\",\"issuer\":\"机关党委\","
                                + "\"chapters\":[{\"title\":\"综合\",\"regulationIds\":[999999999]}]}"));
        add(cases, "regulations: compilations of year abc", 400, () -> get("m0001", g + "/compilations?year=abc"));
        add(
                cases,
                "regulations: publish an unknown compilation",
                404,
                () -> postJson(as("office1"), g + "/compilations/999999999/publish", "{}"));
        add(
                cases,
                "regulations: study an unknown compilation",
                404,
                () -> postJson(as("m0001"), g + "/compilations/999999999/studied", ""));
        add(
                cases,
                "regulations: PDF of an unknown compilation",
                404,
                () -> get("m0001", g + "/compilations/999999999/pdf"));
        add(
                cases,
                "regulations: review due date as text",
                400,
                () -> postJson(
                        as("office1"),
                        g + "/reviews",
                        "{\"year\":2094,\"regulationId\":1,\"action\":\"修订\",\"dueDate\":\"年底\",\"ownerId\":\"head-d01\"}"));
        add(
                cases,
                "regulations: mark an unknown review item done",
                404,
                () -> postJson(as("head-d01"), g + "/reviews/999999999/done", "{}"));
        add(cases, "regulations: export year abc", 400, () -> get("office1", g + "/export?year=abc"));
        add(cases, "regulations: export year 3000", 400, () -> get("office1", g + "/export?year=3000"));
        add(cases, "regulations: a member exports", 403, () -> get("m0001", g + "/export?year=2094"));
    }

    private void forms(List<Case> cases, Fixtures f) {
        String measures = "/engine-rest/task/" + f.measuresTask() + "/complete";
        String approval = "/engine-rest/task/" + f.approvalTask() + "/complete";
        String due = LocalDate.now(ChinaTime.ZONE).plusDays(20).toString();
        add(
                cases,
                "form: a value of 4001 characters the database cannot hold (H2 as MySQL)",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"note\":{\"value\":\"" + "x".repeat(4001) + "\"}}}"));
        add(
                cases,
                "form: a duplicate key that could hide a variable",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}},\"variables\":{}}"));
        add(
                cases,
                "form: end one's own task by throwing a BPMN error",
                403,
                () -> postJson(
                        as("head-n07"),
                        "/engine-rest/task/" + f.measuresTask() + "/bpmnError",
                        "{\"errorCode\":\"x\",\"variables\":{}}"));
        add(
                cases,
                "form: end one's own task by an escalation",
                403,
                () -> postJson(
                        as("head-n07"),
                        "/engine-rest/engine/default/task/" + f.measuresTask() + "/bpmnEscalation",
                        "{\"escalationCode\":\"x\"}"));
        add(
                cases,
                "TRACE",
                405,
                () -> as("head-n07")
                        .exchange(
                                java.net.URI.create(http.getRootUri() + "/api/org/units"),
                                HttpMethod.TRACE,
                                null,
                                String.class));
        add(
                cases,
                "a path with a doubled slash",
                400,
                () -> as("head-n07")
                        .exchange(
                                java.net.URI.create(
                                        http.getRootUri() + "/engine-rest//task/" + f.approvalTask() + "/complete"),
                                HttpMethod.POST,
                                null,
                                String.class));
        add(
                cases,
                "a member deletes a deployment",
                404,
                () -> as("head-n07")
                        .exchange(
                                "/engine-rest/deployment/"
                                        + engine.getRepositoryService()
                                                .createDeploymentQuery()
                                                .list()
                                                .get(0)
                                                .getId(),
                                HttpMethod.DELETE,
                                null,
                                String.class));
        add(
                cases,
                "form: measures with no variables",
                400,
                () -> postJson(as("head-n07"), measures, "{\"variables\":{}}"));
        add(
                cases,
                "form: measures Json that does not parse",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"measures\":{\"type\":\"Json\",\"value\":\"[{\\\"content\\\":\"}}}"));
        add(
                cases,
                "form: measures as an object",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"measures\":{\"type\":\"Json\",\"value\":\"{\\\"a\\\":1}\"}}}"));
        add(
                cases,
                "form: measure due 30 February",
                400,
                () -> postJson(as("head-n07"), measures, slots("建立台账", "head-n07", "2095-02-30")));
        add(
                cases,
                "form: measure due in the past",
                400,
                () -> postJson(as("head-n07"), measures, slots("建立台账", "head-n07", "2001-01-01")));
        add(
                cases,
                "form: measure owner unknown",
                400,
                () -> postJson(as("head-n07"), measures, slots("建立台账", "nobody-" + YEAR, due)));
        add(
                cases,
                "form: measure owner SQL injection",
                400,
                () -> postJson(as("head-n07"), measures, slots("建立台账", SQL, due)));
        add(
                cases,
                "form: measure without content",
                400,
                () -> postJson(as("head-n07"), measures, slots("", "head-n07", due)));
        add(
                cases,
                "form: measure content of 5000 characters",
                400,
                () -> postJson(as("head-n07"), measures, slots("措".repeat(5000), "head-n07", due)));
        add(
                cases,
                "form: measure as a number",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"measures\":{\"type\":\"Integer\",\"value\":42}}}"));
        add(
                cases,
                "form: variable of an unknown type",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"measures\":{\"type\":\"Banana\",\"value\":\"x\"}}}"));
        add(
                cases,
                "form: Integer variable with text",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"likelihood\":{\"type\":\"Integer\",\"value\":\"abc\"}}}"));
        add(
                cases,
                "form: Java object variable",
                400,
                () -> postJson(
                        as("head-n07"),
                        measures,
                        "{\"variables\":{\"measures\":{\"type\":\"Object\",\"value\":\"rO0ABXQAAXg=\",\"valueInfo\":{"
                                + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"));
        add(
                cases,
                "form: return without an opinion",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"\"}}}"));
        add(cases, "form: decision missing", 400, () -> postJson(as("head-n07"), approval, "{\"variables\":{}}"));
        add(
                cases,
                "form: approval as text",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":\"也许\"},\"comment\":{\"value\":\"" + SCRIPT
                                + "\"}}}"));
        add(
                cases,
                "form: tamper with the risk point id",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"},\"riskPointId\":{\"value\":\"abc\"}}}"));
        add(
                cases,
                "form: name oneself the next approver",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"},\"supervisor\":{\"value\":\"head-n07\"}}}"));
        add(
                cases,
                "form: point the decision at another risk point",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"},\"riskPointId\":{\"value\":1,\"type\":\"Long\"}}}"));
        add(
                cases,
                "form: set the next approver as a task variable",
                400,
                () -> postJson(
                        as("head-n07"),
                        "/engine-rest/task/" + f.approvalTask() + "/variables",
                        "{\"modifications\":{\"unitHead\":{\"value\":\"head-n07\"}}}"));
        add(
                cases,
                "form: put a business id as a local variable",
                400,
                () -> send(
                        as("head-n07"),
                        HttpMethod.PUT,
                        "/engine-rest/task/" + f.approvalTask() + "/localVariables/riskPointId",
                        MediaType.APPLICATION_JSON,
                        "{\"value\":1,\"type\":\"Long\"}"));
        add(
                cases,
                "form: opinion of 100000 characters",
                400,
                () -> postJson(
                        as("head-n07"),
                        approval,
                        "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"" + "意".repeat(100_000)
                                + "\"}}}"));
        add(cases, "form: body not JSON", 400, () -> postJson(as("head-n07"), approval, "approved=true"));
    }

    private static String slots(String content, String owner, String due) {
        return "{\"variables\":{\"measure1Content\":{\"value\":\"" + content + "\"},\"measure1Owner\":{\"value\":\""
                + owner + "\"},\"measure1Due\":{\"value\":\"" + due + "\"}}}";
    }

    // ---- HTTP helpers ----

    private static void add(List<Case> cases, String name, int status, Supplier<ResponseEntity<String>> call) {
        cases.add(new Case(String.format("%03d %s", cases.size() + 1, name), status, call));
    }

    private ResponseEntity<String> get(String userId, String path) {
        return as(userId)
                .exchange(
                        java.net.URI.create(
                                http.getRootUri() + path.replace(" ", "%20").replace("'", "%27")),
                        HttpMethod.GET,
                        null,
                        String.class);
    }

    private ResponseEntity<String> send(
            TestRestTemplate client, HttpMethod method, String path, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
