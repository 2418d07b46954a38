package cn.qinglian.workflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.TestHandlers;
import cn.qinglian.workflow.org.OrgService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which events tell whom: a task given to someone (待办, 退回, 转办), offered to a group (each member
 * once), 催办, 抄送 and 办结 — never the person who acted, and nothing when the step rolls back. And each
 * person's messages (站内) over /api/notices.
 */
class NoticesTest extends IntegrationTest {

    static final String CHAIN = "testApprovalChain";
    static final String GROUP_TASK = "testGroupTask";
    static final String STARTER = "m0060";
    static final String FIRST = "m0061";
    static final String RECEIVER = "m0062";
    static final String READER = "m0063";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    @Autowired
    Notices notices;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestHandlers.RecordingChannel channel;

    record Row(String kind, String title, String body, String link, String actorId, String taskId) {}

    @BeforeEach
    void deploy() {
        deployTestProcess("bpmn/test-approval-chain.bpmn", CHAIN);
        deployTestProcess("bpmn/test-group-task.bpmn", GROUP_TASK);
        deployTestProcess("bpmn/test-approval.bpmn", TestHandlers.TEST_APPROVAL);
        channel.reset();
    }

    @AfterEach
    void quiet() {
        channel.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aTaskTellsItsAssigneeOnceWithNamesAndALinkButNotWhoActed() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);

        assertThat(rows(STARTER, pid)).as("the starter acted").isEmpty();
        List<Row> told = rows(FIRST, pid);
        assertThat(told).hasSize(1);
        Row todo = told.get(0);
        assertThat(todo.kind()).isEqualTo("TASK");
        assertThat(todo.title()).isEqualTo("待办：初审");
        assertThat(todo.body())
                .contains("流程：测试：多级审批")
                .contains("来自：" + name(STARTER))
                .contains("请及时办理。");
        assertThat(todo.link()).endsWith("/m/tasks/" + first.getId());
        assertThat(todo.actorId()).isEqualTo(STARTER);
    }

    @Test
    void transferTellsTheReceiverOnceAndReturnTellsWhomItReturnsTo() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);

        assertThat(postJson(as(FIRST), "/api/tasks/" + first.getId() + "/transfer", "{\"to\":\"" + RECEIVER + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        List<Row> received = rows(RECEIVER, pid);
        assertThat(received).extracting(Row::kind).containsExactly("TRANSFERRED");
        assertThat(received.get(0).body()).contains("来自：" + name(FIRST)).contains("已转给您办理。");

        ResponseEntity<String> returned = postJson(
                as(RECEIVER),
                "/api/tasks/" + first.getId() + "/return",
                "{\"targetStep\":\"userTask_draft\",\"reason\":\"材料不全，请补充会议记录\"}");
        assertThat(returned.getStatusCode()).as(returned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        List<Row> back = rows(STARTER, pid);
        assertThat(back).extracting(Row::kind).containsExactly("RETURNED");
        assertThat(back.get(0).title()).isEqualTo("退回：填写申请");
        assertThat(back.get(0).body())
                .contains("来自：" + name(RECEIVER))
                .as("the reason is an opinion: the notice does not carry it")
                .doesNotContain("会议记录");
    }

    @Test
    void urgeAndCopyTellTheirPeopleAndTheUrgeAnswerNamesTheChannels() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);
        channel.reachable.add(FIRST);

        ResponseEntity<String> urged =
                postJson(as(STARTER), "/api/tasks/" + first.getId() + "/urge", "{\"reason\":\"请于本周内审核\"}");
        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(urged.getBody()).isEqualTo("{\"channels\":[\"站内\",\"测试渠道\"]}");
        assertThat(rows(FIRST, pid)).extracting(Row::kind).containsExactly("TASK", "URGED");
        Row urge = rows(FIRST, pid).get(1);
        assertThat(urge.title()).isEqualTo("催办：初审");
        assertThat(urge.body()).contains("来自：" + name(STARTER)).doesNotContain("本周内");
        assertThat(urge.link()).endsWith("/m/tasks/" + first.getId());

        ResponseEntity<String> copied = postJson(
                as(STARTER),
                "/api/tasks/processes/" + pid + "/copies",
                "{\"to\":[\"" + READER + "\",\"" + STARTER + "\"],\"note\":\"请阅\"}");
        assertThat(copied.getStatusCode().is2xxSuccessful())
                .as(copied.getBody())
                .isTrue();
        assertThat(rows(READER, pid)).extracting(Row::kind).containsExactly("COPIED");
        assertThat(rows(READER, pid).get(0).title()).startsWith("抄送：测试：多级审批");
        assertThat(rows(STARTER, pid)).as("the person who copied is not told").isEmpty();
    }

    @Test
    void aGroupTaskTellsEachMemberOnceAndClaimingItTellsNobody() {
        String pid = startAs(STARTER, GROUP_TASK, key(), Map.of("group", "role-party-office"));

        assertThat(jdbc.queryForList(
                        "SELECT recipient_id FROM notice WHERE process_instance_id = ? ORDER BY recipient_id",
                        String.class,
                        pid))
                .containsExactly("office1", "office2");
        Task task = openTask(pid);
        engine.getIdentityService().setAuthentication("office1", List.of("role-party-office"));
        engine.getTaskService().claim(task.getId(), "office1");
        engine.getIdentityService().clearAuthentication();
        assertThat(count(pid)).isEqualTo(2);
    }

    @Test
    void aStepThatRollsBackLeavesNoNotice() {
        String businessKey = key();
        int before = countFor(FIRST);
        try {
            tx.executeWithoutResult(status -> {
                startAs(STARTER, TestHandlers.TEST_APPROVAL, businessKey, Map.of(TestHandlers.VAR_APPROVER, FIRST));
                assertThat(countFor(FIRST))
                        .as("written in the step's transaction")
                        .isEqualTo(before + 1);
                throw new IllegalStateException("the step fails after the task was created");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(countFor(FIRST)).isEqualTo(before);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .count())
                .isZero();
    }

    @Test
    void theStarterIsToldWhenTheirProcessEnds() {
        String pid = startAs(STARTER, TestHandlers.TEST_APPROVAL, key(), Map.of(TestHandlers.VAR_APPROVER, FIRST));
        engine.getIdentityService().setAuthentication(FIRST, List.of());
        engine.getTaskService().complete(openTask(pid).getId());
        engine.getIdentityService().clearAuthentication();

        List<Row> finished = rows(STARTER, pid);
        assertThat(finished).extracting(Row::kind).containsExactly("FINISHED");
        assertThat(finished.get(0).title()).startsWith("办结：测试：一步审批（");
        assertThat(finished.get(0).body()).contains("来自：" + name(FIRST)).contains("您发起的流程已办结。");
    }

    @Test
    void aPersonReadsAndMarksTheirOwnMessagesOnly() throws Exception {
        String pid = chainAtFirstApproval();
        notices.send(NoticeRequest.about(NoticeKind.REMINDER, FIRST, "签收本单位任务清单", null));

        JsonNode mine = read(as(FIRST).getForEntity("/api/notices/mine", String.class));
        assertThat(mine.path("unread").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode newest = mine.path("items").get(0);
        assertThat(newest.path("title").asText()).isEqualTo("到期提醒：签收本单位任务清单");
        assertThat(newest.path("kindLabel").asText()).isEqualTo("到期提醒");
        assertThat(newest.path("read").asBoolean()).isFalse();
        long id = newest.path("id").asLong();
        long unread = mine.path("unread").asLong();

        assertThat(postJson(as(RECEIVER), "/api/notices/" + id + "/read", "").getStatusCode())
                .as("someone else's message")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(postJson(as(FIRST), "/api/notices/" + id + "/read", "").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read(as(FIRST).getForEntity("/api/notices/mine?unread=true", String.class))
                        .path("unread")
                        .asLong())
                .isEqualTo(unread - 1);
        assertThat(read(as(FIRST).getForEntity("/api/notices/mine?unread=true", String.class))
                        .path("items"))
                .noneMatch(item -> item.path("id").asLong() == id);

        postJson(as(FIRST), "/api/notices/mine/read", "");
        assertThat(read(as(FIRST).getForEntity("/api/notices/mine", String.class))
                        .path("unread")
                        .asLong())
                .isZero();
        assertThat(rows(FIRST, pid)).isNotEmpty();
    }

    @Test
    void theOfficeSeesWhatWasSentToWhomAndMembersDoNot() throws Exception {
        String pid = chainAtFirstApproval();
        JsonNode page =
                read(as("office1").getForEntity("/api/notices?person=" + FIRST + "&process=" + CHAIN, String.class));
        assertThat(page.path("items").findValuesAsText("processInstanceId")).contains(pid);
        assertThat(page.path("items").get(0).path("recipientName").asText()).isEqualTo(name(FIRST));

        assertThat(as(FIRST)
                        .getForEntity("/api/notices?person=" + FIRST, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bad = as("office1").getForEntity("/api/notices?status=LOST", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("状态应为").doesNotContain("Exception");
        assertThat(postJson(as(FIRST), "/api/notices/deliveries/resend-failed", "")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPersonChoosesChannelsQuietHoursAndADigestAndBadChoicesAreRefusedInChinese() throws Exception {
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> saved = as(READER)
                    .exchange(
                            "/api/notices/settings",
                            HttpMethod.PUT,
                            new HttpEntity<>(
                                    "{\"channels\":[\"test\"],\"quietStart\":\"21:30\",\"quietEnd\":\"08:00\",\"digest\":true}",
                                    headers),
                            String.class);
            assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode mine = read(as(READER).getForEntity("/api/notices/settings", String.class));
            assertThat(mine.path("preference").path("channels").get(0).asText()).isEqualTo("test");
            assertThat(mine.path("preference").path("quietStart").asText()).startsWith("21:30");
            assertThat(mine.path("preference").path("digest").asBoolean()).isTrue();
            assertThat(mine.path("channels").findValuesAsText("label")).contains("邮件", "钉钉", "浙政钉", "企业微信");

            for (String[] bad : new String[][] {
                {"{\"channels\":[\"fax\"]}", "未知的通知渠道"},
                {"{\"channels\":[],\"quietStart\":\"25:00\",\"quietEnd\":\"07:00\"}", "时间格式应为"},
                {"{\"channels\":[],\"quietStart\":\"22:00\"}", "同时填写"}
            }) {
                ResponseEntity<String> refused = as(READER)
                        .exchange(
                                "/api/notices/settings",
                                HttpMethod.PUT,
                                new HttpEntity<>(bad[0], headers),
                                String.class);
                assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getBody()).contains(bad[1]).doesNotContain("Exception");
            }
            assertThat(read(as(READER).getForEntity("/api/notices/settings", String.class))
                            .path("preference")
                            .path("quietStart")
                            .asText())
                    .as("a refused change changes nothing")
                    .startsWith("21:30");
            assertThat(as(READER)
                            .exchange(
                                    "/api/notices/settings/defaults",
                                    HttpMethod.PUT,
                                    new HttpEntity<>("{\"channels\":[]}", headers),
                                    String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            tx.executeWithoutResult(status -> jdbc.update("DELETE FROM notice_preference WHERE person_id = ?", READER));
        }
    }

    // ---------------------------------------------------------------------------------------------

    private String chainAtFirstApproval() {
        String pid = startAs(STARTER, CHAIN, key(), chainVariables());
        engine.getIdentityService().setAuthentication(STARTER, List.of());
        engine.getTaskService().complete(openTask(pid).getId());
        engine.getIdentityService().clearAuthentication();
        return pid;
    }

    private static Map<String, Object> chainVariables() {
        return Map.of("firstApprover", FIRST, "signers", List.of("m0064", "m0065"), "finalApprover", "m0066");
    }

    private Task openTask(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    }

    private List<Row> rows(String recipient, String pid) {
        return jdbc.query(
                "SELECT kind, title, body, link, actor_id, task_id FROM notice"
                        + " WHERE recipient_id = ? AND process_instance_id = ? ORDER BY id",
                (rs, i) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                recipient,
                pid);
    }

    private int count(String pid) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE process_instance_id = ?", Integer.class, pid);
    }

    private int countFor(String recipient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE recipient_id = ?", Integer.class, recipient);
    }

    private String name(String personId) {
        return org.person(personId).name();
    }

    private JsonNode read(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return json.readTree(response.getBody());
    }

    private static String key() {
        return "notice-test-" + UUID.randomUUID();
    }
}
