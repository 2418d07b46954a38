package cn.qinglian.workflow.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 党纪教育 over REST: sessions, sign-in in its window, leave through its process, 补学, attendance. */
class EducationApiTest extends IntegrationTest {

    private static final int YEAR = 2096;
    /** Each test's own session day, so that sessions never collide. */
    private static final LocalDateTime MORNING = LocalDateTime.of(YEAR, 3, 5, 9, 0);

    private static final List<String> COUNTED = List.of("edu_session", "edu_attendance", "edu_leave", "notice");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyoneExpectedIsToldAndSignsInOnceWhileTheSessionRuns() throws Exception {
        LocalDateTime start = MORNING.plusDays(1);
        JsonNode created = create("office1", body(SessionKind.LECTURE, start, List.of("d01"), List.of()));
        long id = created.path("session").path("id").asLong();
        String code = created.path("signIn").path("code").asText();
        String link = created.path("signIn").path("link").asText();
        assertThat(code).matches("\\d{6}");
        assertThat(link).startsWith("/m/sessions/" + id + "?t=");
        int expected = created.path("counts").path("expected").asInt();
        assertThat(expected).isEqualTo(everyoneIn("d01")).isGreaterThan(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notice WHERE kind = 'EDUCATION' AND link LIKE ?",
                        Integer.class,
                        "%/m/sessions/" + id))
                .as("each expected person told, with a link to the session, but office1 (in d01) who set it")
                .isEqualTo(expected - 1);

        String member = people("d01").get(0);
        JsonNode seen = json.readTree(as(member).getForObject("/api/education/sessions/" + id, String.class));
        assertThat(seen.path("own").path("statusLabel").asText()).isEqualTo("未签到");
        assertThat(seen.has("signIn") && !seen.path("signIn").isNull())
                .as("no code for a member")
                .isFalse();
        assertThat(seen.toString()).doesNotContain(code);

        at(start.minusMinutes(31));
        ResponseEntity<String> early = signIn(member, id, Map.of("code", code));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody()).contains("不在签到时间内");
        at(start.minusMinutes(10));
        assertThat(signIn(member, id, Map.of("code", "000000".equals(code) ? "111111" : "000000"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> first = signIn(member, id, Map.of("code", code));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        String signedAt = json.readTree(first.getBody()).path("signedInAt").asText();
        at(start.plusMinutes(5));
        JsonNode again = json.readTree(signIn(member, id, Map.of("code", code)).getBody());
        assertThat(again.path("signedInAt").asText()).as("twice counts once").isEqualTo(signedAt);
        String second = people("d01").get(1);
        String token = link.substring(link.indexOf("?t=") + 3);
        assertThat(signIn(second, id, Map.of("token", token)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signIn(people("d02").get(0), id, Map.of("code", code)).getStatusCode())
                .as("not expected")
                .isEqualTo(HttpStatus.FORBIDDEN);
        at(start.plusHours(3));
        assertThat(signIn("head-d01", id, Map.of("code", code)).getStatusCode())
                .as("after the end")
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode office = json.readTree(as("office1").getForObject("/api/education/sessions/" + id, String.class));
        assertThat(office.path("counts").path("signedIn").asInt()).isEqualTo(2);
        assertThat(office.path("attendance").findValuesAsText("signedInBy")).contains("CODE", "LINK");
    }

    @Test
    void leaveGoesToTheBranchSecretaryAndAnAbsentMemberConfirmsMakeUpOnce() throws Exception {
        LocalDateTime start = MORNING.plusDays(2);
        at(start.minusDays(1));
        JsonNode created = create("bs-b1", body(SessionKind.BRANCH_DISCIPLINE, start, List.of("d02"), List.of()));
        long id = created.path("session").path("id").asLong();
        List<String> d02 = people("d02");
        String excused = d02.get(0);
        String absent = d02.get(1);

        ResponseEntity<String> blank =
                postJson(as(excused), "/api/education/sessions/" + id + "/leave", "{\"reason\":\" \"}");
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> asked =
                postJson(as(excused), "/api/education/sessions/" + id + "/leave", "{\"reason\":\"赴外地参加工程验收\"}");
        assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);
        long leaveId = json.readTree(asked.getBody()).path("id").asLong();
        assertThat(postJson(as(excused), "/api/education/sessions/" + id + "/leave", "{\"reason\":\"再请一次\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        ProcessInstance leave = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(LeaveProcess.BUSINESS_KEY_PREFIX + leaveId)
                .singleResult();
        assertThat(leave).isWaitingAt(LeaveProcess.TASK_APPROVE).task().isAssignedTo("bs-b1");
        Task approval = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(leave.getId())
                .singleResult();
        assertThat(approval.getName())
                .startsWith("请假审批 · ")
                .contains(created.path("session").path("topic").asText());
        assertThat((String) engine.getTaskService()
                        .getVariableLocal(approval.getId(), LeaveTaskPresentation.VAR_LEAVE_FACTS))
                .contains("赴外地参加工程验收");
        ResponseEntity<String> refusedWithoutReason = postJson(
                as("bs-b1"),
                "/engine-rest/task/" + approval.getId() + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false}}}");
        assertThat(refusedWithoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusedWithoutReason.getBody()).contains("不同意请假时须写明理由");
        assertThat(postJson(
                                as("bs-b1"),
                                "/engine-rest/task/" + approval.getId() + "/complete",
                                "{\"variables\":{\"approved\":{\"value\":true}}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(leave).isEnded();

        ResponseEntity<String> tooEarly =
                postJson(as(absent), "/api/education/sessions/" + id + "/make-up", "{\"note\":\"学习了党纪处分条例第三章\"}");
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        at(start.plusHours(3));
        assertThat(postJson(as(absent), "/api/education/sessions/" + id + "/make-up", "{\"note\":\"好\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> madeUp =
                postJson(as(absent), "/api/education/sessions/" + id + "/make-up", "{\"note\":\"学习了党纪处分条例第三章\"}");
        assertThat(madeUp.getStatusCode()).as(madeUp.getBody()).isEqualTo(HttpStatus.OK);
        String at = json.readTree(madeUp.getBody()).path("madeUpAt").asText();
        JsonNode twice = json.readTree(
                postJson(as(absent), "/api/education/sessions/" + id + "/make-up", "{\"note\":\"再确认一次补学内容\"}")
                        .getBody());
        assertThat(twice.path("madeUpAt").asText()).isEqualTo(at);

        JsonNode detail = json.readTree(as("bs-b1").getForObject("/api/education/sessions/" + id, String.class));
        assertThat(detail.path("counts").path("excused").asInt()).isEqualTo(1);
        assertThat(detail.path("counts").path("madeUp").asInt()).isEqualTo(1);
        assertThat(detail.path("leaves").get(0).path("status").asText()).isEqualTo("APPROVED");
        JsonNode mine = json.readTree(as(excused).getForObject("/api/education/mine?year=" + YEAR, String.class));
        assertThat(mine.findValuesAsText("statusLabel")).contains("请假");
    }

    @Test
    void badSessionsAreRefusedNamingEveryFieldAndOrganisersKeepToTheirUnits() throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        Map<String, Object> bad =
                body(SessionKind.WARNING, MORNING.plusDays(3), List.of("no-such-unit"), List.of("nobody-x"));
        bad.put("topic", " ");
        bad.put("endsAt", MORNING.plusDays(3).minusHours(1).toString());
        bad.put("expectedRoles", List.of("校长"));
        ResponseEntity<String> refused =
                postJson(as("office1"), "/api/education/sessions", json.writeValueAsString(bad));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("errors").findValuesAsText("field"))
                .contains("topic", "endsAt", "expectedUnits[0]", "expectedRoles[0]", "expectedPeople[0]");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);

        assertThat(postJson(
                                as(people("d03").get(0)),
                                "/api/education/sessions",
                                json.writeValueAsString(
                                        body(SessionKind.PARTY_DAY, MORNING.plusDays(3), List.of("d03"), List.of())))
                        .getStatusCode())
                .as("a member sets no sessions")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(
                                as("bs-b1"),
                                "/api/education/sessions",
                                json.writeValueAsString(
                                        body(SessionKind.PARTY_DAY, MORNING.plusDays(3), List.of("d04"), List.of())))
                        .getStatusCode())
                .as("d04 is not under b1")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);

        Map<String, Object> once = body(SessionKind.PARTY_DAY, MORNING.plusDays(3), List.of("d03"), List.of());
        assertThat(postJson(as("bs-b1"), "/api/education/sessions", json.writeValueAsString(once))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> twice = postJson(as("bs-b1"), "/api/education/sessions", json.writeValueAsString(once));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("未重复登记");
    }

    @Test
    void attendancePerUnitFiguresAndTheLedgerCountTheSessionsThatAreOver() throws Exception {
        LocalDateTime start = MORNING.plusDays(4);
        at(start.minusDays(1));
        JsonNode lecture = create("office1", body(SessionKind.LECTURE, start, List.of("d05"), List.of()));
        long id = lecture.path("session").path("id").asLong();
        at(start.plusMinutes(1));
        String member = people("d05").get(0);
        assertThat(signIn(
                                member,
                                id,
                                Map.of(
                                        "code",
                                        lecture.path("signIn").path("code").asText()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        at(start.plusHours(3));

        JsonNode perUnit =
                json.readTree(as("office1").getForObject("/api/education/attendance?year=" + YEAR, String.class));
        JsonNode d05 = perUnit.findParents("unitId").stream()
                .filter(u -> u.path("unitId").asText().equals("d05"))
                .findFirst()
                .orElseThrow();
        assertThat(d05.path("counts").path("signedIn").asInt()).isEqualTo(1);
        assertThat(d05.path("counts").path("expected").asInt()).isEqualTo(everyoneIn("d05"));
        assertThat(as(member)
                        .getForEntity("/api/education/attendance?year=" + YEAR, String.class)
                        .getBody())
                .as("a member keeps no unit")
                .isEqualTo("[]");
        assertThat(as(people("d01").get(0))
                        .getForEntity("/api/education/sessions/" + id, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> file =
                as("office1").exchange("/api/education/export?year=" + YEAR, HttpMethod.GET, null, byte[].class);
        try (ExportedWorkbook workbook =
                ExportedWorkbook.of(file, YEAR + "年度党纪教育台账.xlsx", "education-" + YEAR + ".xlsx")) {
            assertThat(workbook.sheetNames()).containsExactly("学习活动", "签到明细", "单位出勤");
            assertThat(workbook.rowWhere("学习活动", 0, String.valueOf(id))).contains("廉政教育课");
        }
        assertThat(as(member)
                        .exchange("/api/education/export?year=" + YEAR, HttpMethod.GET, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode create(String organiser, Map<String, Object> body) throws Exception {
        ResponseEntity<String> created =
                postJson(as(organiser), "/api/education/sessions", json.writeValueAsString(body));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody());
    }

    private ResponseEntity<String> signIn(String user, long id, Map<String, String> credential) throws Exception {
        return postJson(as(user), "/api/education/sessions/" + id + "/sign-in", json.writeValueAsString(credential));
    }

    private List<String> people(String unitId) {
        return jdbc.queryForList(
                "SELECT id FROM org_person WHERE unit_id = ? AND active = TRUE AND id LIKE 'm%' ORDER BY id",
                String.class, unitId);
    }

    private int everyoneIn(String unitId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM org_person WHERE unit_id = ? AND active = TRUE", Integer.class, unitId);
    }

    /** Moves the app's and the engine's clock to this moment, China time. */
    private static void at(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(ChinaTime.ZONE).toInstant()));
    }

    private static Map<String, Object> body(
            SessionKind kind, LocalDateTime start, List<String> units, List<String> people) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind.name());
        body.put("topic", "学习《中国共产党纪律处分条例》（" + UUID.randomUUID().toString().substring(0, 8) + "）");
        body.put("speaker", "驻委纪检监察组");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(2).toString());
        body.put("place", "机关三楼会议室");
        body.put("expectedUnits", units);
        body.put("expectedPeople", people);
        return body;
    }
}
