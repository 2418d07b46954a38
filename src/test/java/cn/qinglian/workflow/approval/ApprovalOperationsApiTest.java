package cn.qinglian.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 退回, 转办, 委派, 加签, 撤回, 催办, 抄送 and the four lists over /api/tasks, on a test process
 * (起草 → 初审 → 会签 → 终审) and one started from a start form. Each refusal leaves the process as it was.
 */
class ApprovalOperationsApiTest extends IntegrationTest {

    static final String CHAIN = "testApprovalChain";
    static final String FORM_START = "testFormStart";
    static final String STARTER = "m0021";
    static final String FIRST = "m0022";
    static final String SIGNER_A = "m0023";
    static final String SIGNER_B = "m0024";
    static final String FINAL = "m0025";
    static final String OUTSIDER = "m0030";

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void deploy() {
        deployTestProcess("bpmn/test-approval-chain.bpmn", CHAIN);
    }

    @Test
    void returnsTaskToAnEarlierStepWithItsReasonInTheTimeline() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);

        JsonNode detail = read(as(FIRST).getForEntity("/api/tasks/" + first.getId(), String.class));
        assertThat(detail.path("operations").path("returnTo").findValuesAsText("id"))
                .containsExactly("userTask_draft");
        assertThat(detail.path("operations").path("transfer").asBoolean()).isTrue();
        assertThat(detail.path("operations").path("addSigner").asBoolean()).isFalse();

        assertThat(postJson(
                                as(FIRST),
                                "/api/tasks/" + first.getId() + "/return",
                                "{\"targetStep\":\"userTask_draft\",\"reason\":\"材料不全，请补充\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Task back = openTask(pid);
        assertThat(back.getTaskDefinitionKey()).isEqualTo("userTask_draft");
        assertThat(back.getAssignee()).isEqualTo(STARTER);
        JsonNode todo = read(as(STARTER).getForEntity("/api/tasks/todo", String.class));
        JsonNode listed = java.util.stream.StreamSupport.stream(
                        todo.path("items").spliterator(), false)
                .filter(item -> item.path("taskId").asText().equals(back.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("name").asText()).startsWith("【已退回】");
        assertThat(listed.path("returned").asText()).as("the list says why").contains("材料不全，请补充");
        JsonNode timeline = read(as(STARTER).getForEntity("/api/tasks/processes/" + pid + "/timeline", String.class));
        assertThat(actions(timeline)).containsSubsequence("发起", "退回", "待办理");
        assertThat(entry(timeline, "退回").path("opinion").asText())
                .contains("材料不全，请补充")
                .contains("填写申请");
        assertThat(entry(timeline, "退回").path("actorId").asText()).isEqualTo(FIRST);
    }

    @Test
    void refusesReturnsThatAreNotAllowedAndLeavesTheTaskWhereItWas() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);
        String path = "/api/tasks/" + first.getId() + "/return";

        assertProblem(
                postJson(as(FIRST), path, "{\"targetStep\":\"userTask_draft\"}"), HttpStatus.BAD_REQUEST, "validation");
        assertProblem(
                postJson(as(FIRST), path, "{\"targetStep\":\"userTask_nowhere\",\"reason\":\"x\"}"),
                HttpStatus.BAD_REQUEST,
                "validation");
        assertProblem(
                postJson(as(FIRST), path, "{\"targetStep\":\"userTask_finalApproval\",\"reason\":\"还没到\"}"),
                HttpStatus.BAD_REQUEST,
                "validation");
        assertProblem(
                postJson(as(SIGNER_A), path, "{\"targetStep\":\"userTask_draft\",\"reason\":\"不是我的\"}"),
                HttpStatus.FORBIDDEN,
                "forbidden");
        assertProblem(
                postJson(
                        as(FIRST),
                        "/api/tasks/no-such-task/return",
                        "{\"targetStep\":\"userTask_draft\",\"reason\":\"x\"}"),
                HttpStatus.NOT_FOUND,
                "task-not-found");

        Task still = openTask(pid);
        assertThat(still.getId()).isEqualTo(first.getId());
        assertThat(still.getAssignee()).isEqualTo(FIRST);
        assertThat(outcomes(pid)).noneMatch(o -> o.startsWith("returned"));
    }

    @Test
    void transferHandsTheTaskOverAndThePreviousHolderLosesIt() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);

        assertProblem(
                postJson(as(FIRST), "/api/tasks/" + first.getId() + "/transfer", "{\"to\":\"nobody-here\"}"),
                HttpStatus.BAD_REQUEST,
                "person-not-found");
        assertProblem(
                postJson(as(FIRST), "/api/tasks/" + first.getId() + "/transfer", "{\"to\":\"" + FIRST + "\"}"),
                HttpStatus.BAD_REQUEST,
                "validation");
        assertThat(postJson(
                                as(FIRST),
                                "/api/tasks/" + first.getId() + "/transfer",
                                "{\"to\":\"m0026\",\"reason\":\"出差，请代为审核\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(openTask(pid).getAssignee()).isEqualTo("m0026");
        assertThat(postJson(as(FIRST), "/engine-rest/task/" + first.getId() + "/complete", "{}")
                        .getStatusCode()
                        .is4xxClientError())
                .as("the previous holder can no longer complete it")
                .isTrue();
        assertThat(postJson(as("m0026"), "/engine-rest/task/" + first.getId() + "/complete", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(outcomes(pid)).contains("transferred:m0026");
    }

    @Test
    void delegateWorksOnTheTaskAndGivesItBackResolved() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);

        assertThat(postJson(
                                as(FIRST),
                                "/api/tasks/" + first.getId() + "/delegate",
                                "{\"to\":\"m0027\",\"reason\":\"请先核实\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task delegated = openTask(pid);
        assertThat(delegated.getAssignee()).isEqualTo("m0027");
        assertThat(delegated.getOwner()).isEqualTo(FIRST);
        assertProblem(
                postJson(as("m0027"), "/api/tasks/" + first.getId() + "/transfer", "{\"to\":\"m0028\"}"),
                HttpStatus.CONFLICT,
                "task-delegated");
        assertThat(read(as("m0027").getForEntity("/api/tasks/" + first.getId(), String.class))
                        .path("operations")
                        .path("resolve")
                        .asBoolean())
                .isTrue();

        assertThat(postJson(as("m0027"), "/api/tasks/" + first.getId() + "/resolve", "{\"reason\":\"已核实无误\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(openTask(pid).getAssignee()).isEqualTo(FIRST);
        assertProblem(
                postJson(as(FIRST), "/api/tasks/" + first.getId() + "/resolve", "{}"),
                HttpStatus.CONFLICT,
                "task-not-delegated");
        assertThat(postJson(as(FIRST), "/engine-rest/task/" + first.getId() + "/complete", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(outcomes(pid)).contains("delegated:m0027", "resolved");
    }

    @Test
    void addsASignerToTheCountersignAndWaitsForThemToo() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);
        assertProblem(
                postJson(as(FIRST), "/api/tasks/" + first.getId() + "/signers", "{\"to\":\"m0028\"}"),
                HttpStatus.CONFLICT,
                "not-countersign");
        engine.getTaskService().complete(first.getId());
        Task signerA = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pid)
                .taskAssignee(SIGNER_A)
                .singleResult();

        assertThat(read(as(SIGNER_A).getForEntity("/api/tasks/" + signerA.getId(), String.class))
                        .path("operations")
                        .path("addSigner")
                        .asBoolean())
                .isTrue();
        assertProblem(
                postJson(as(SIGNER_A), "/api/tasks/" + signerA.getId() + "/signers", "{\"to\":\"" + SIGNER_B + "\"}"),
                HttpStatus.CONFLICT,
                "already-signer");
        assertThat(postJson(
                                as(SIGNER_A),
                                "/api/tasks/" + signerA.getId() + "/signers",
                                "{\"to\":\"m0028\",\"reason\":\"涉及财务\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        List<Task> signing =
                engine.getTaskService().createTaskQuery().processInstanceId(pid).list();
        assertThat(signing).extracting(Task::getAssignee).containsExactlyInAnyOrder(SIGNER_A, SIGNER_B, "m0028");
        signing.stream()
                .filter(t -> !t.getAssignee().equals("m0028"))
                .forEach(t -> engine.getTaskService().complete(t.getId()));
        assertThat(openTask(pid).getAssignee())
                .as("the added signer still has to sign")
                .isEqualTo("m0028");
        engine.getTaskService().complete(openTask(pid).getId());
        assertThat(openTask(pid).getTaskDefinitionKey()).isEqualTo("userTask_finalApproval");
    }

    @Test
    void theStarterWithdrawsBeforeTheFirstApprovalButNotAfter() {
        String pid = chainAtFirstApproval();
        assertProblem(
                postJson(as(FIRST), "/api/tasks/processes/" + pid + "/withdraw", "{}"),
                HttpStatus.FORBIDDEN,
                "forbidden");

        assertThat(postJson(as(STARTER), "/api/tasks/processes/" + pid + "/withdraw", "{\"reason\":\"附件传错了\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(openTask(pid).getTaskDefinitionKey()).isEqualTo("userTask_draft");
        assertThat(outcomes(pid)).contains("withdrawn");

        engine.getTaskService().complete(openTask(pid).getId());
        engine.getTaskService().complete(openTask(pid).getId());
        assertProblem(
                postJson(as(STARTER), "/api/tasks/processes/" + pid + "/withdraw", "{}"),
                HttpStatus.CONFLICT,
                "cannot-withdraw");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pid)
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aProcessStartedFromAFormIsWithdrawnToTheStepItsModelNames() {
        deployTestProcess("bpmn/test-approval-chain.bpmn", FORM_START);
        String pid = startAs(STARTER, FORM_START, key(), Map.of("firstApprover", FIRST));
        assertThat(read(as(STARTER).getForEntity("/api/tasks/" + openTask(pid).getId(), String.class))
                        .path("operations")
                        .path("withdraw")
                        .asBoolean())
                .isTrue();

        assertThat(postJson(as(STARTER), "/api/tasks/processes/" + pid + "/withdraw", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Task revise = openTask(pid);
        assertThat(revise.getTaskDefinitionKey()).isEqualTo("userTask_revise");
        assertThat(revise.getAssignee()).isEqualTo(STARTER);
    }

    @Test
    void theOfficeWithdrawsTheYearsLetterFromTheSecretarysApprovalToItsRevision() {
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":2065}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String pid = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("responsibilityLetter")
                .processInstanceBusinessKey("letter-2065")
                .singleResult()
                .getId();
        Task approval = openTask(pid);
        assertThat(approval.getAssignee()).isEqualTo("secretary");
        assertThat(read(as("secretary").getForEntity("/api/tasks/" + approval.getId(), String.class))
                        .path("operations")
                        .path("withdraw")
                        .asBoolean())
                .as("only the starter withdraws")
                .isFalse();

        assertThat(postJson(as("office1"), "/api/tasks/processes/" + pid + "/withdraw", "{\"reason\":\"第五条需要修改\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Task revision = openTask(pid);
        assertThat(revision.getTaskDefinitionKey()).isEqualTo("userTask_reviseDraft");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(revision.getId())
                        .taskCandidateGroup("role-party-office")
                        .count())
                .isOne();
        assertThat(entry(
                                read(as("office1")
                                        .getForEntity("/api/tasks/processes/" + pid + "/timeline", String.class)),
                                "撤回")
                        .path("opinion")
                        .asText())
                .contains("第五条需要修改");
    }

    @Test
    void urgesOnceAnHourAndOnlyThoseInvolved() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);
        String path = "/api/tasks/" + first.getId() + "/urge";

        assertProblem(postJson(as(OUTSIDER), path, "{}"), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(postJson(as(FIRST), path, "{}"), HttpStatus.CONFLICT, "urge-self");
        ResponseEntity<String> urged = postJson(as(STARTER), path, "{\"reason\":\"请于本周内审核\"}");
        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
        // The answer says where the urge went: 站内 always; no other channel is switched on in tests.
        assertThat(urged.getBody()).isEqualTo("{\"channels\":[\"站内\"]}");
        assertProblem(postJson(as(STARTER), path, "{}"), HttpStatus.CONFLICT, "urged-recently");
        assertProblem(postJson(as("office1"), path, "{}"), HttpStatus.CONFLICT, "urged-recently");

        assertThat(outcomes(pid)).containsOnlyOnce("urged:" + FIRST);
    }

    @Test
    void copiesAProcessToReadersWhoThenSeeItAndItsTimeline() {
        String pid = chainAtFirstApproval();
        String copies = "/api/tasks/processes/" + pid + "/copies";

        assertProblem(postJson(as(OUTSIDER), copies, "{\"to\":[\"m0029\"]}"), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(
                postJson(as(STARTER), copies, "{\"to\":[\"m0029\",\"nobody-here\"]}"),
                HttpStatus.BAD_REQUEST,
                "person-not-found");
        assertProblem(
                as("m0029").getForEntity("/api/tasks/processes/" + pid + "/timeline", String.class),
                HttpStatus.FORBIDDEN,
                "forbidden");

        assertThat(read(postJson(as(STARTER), copies, "{\"to\":[\"m0029\"],\"note\":\"供参阅\"}"))
                        .path("added")
                        .get(0)
                        .asText())
                .isEqualTo("m0029");
        assertThat(read(postJson(as(STARTER), copies, "{\"to\":[\"m0029\"]}")).path("added"))
                .isEmpty();

        JsonNode copied = read(as("m0029").getForEntity("/api/tasks/copied?size=100", String.class));
        assertThat(copied.path("items").findValuesAsText("processInstanceId")).containsOnlyOnce(pid);
        assertThat(copied.path("items").get(0).path("processName").asText()).isEqualTo("测试：多级审批");
        assertThat(as("m0029")
                        .getForEntity("/api/tasks/processes/" + pid + "/timeline", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(outcomes(pid)).containsOnlyOnce("copied");
    }

    @Test
    void listsTodoDoneStartedInPages() {
        String pid = chainAtFirstApproval();
        String second = chainAtFirstApproval();

        JsonNode todo = read(as(FIRST).getForEntity("/api/tasks/todo?page=1&size=1", String.class));
        assertThat(todo.path("page").asInt()).isEqualTo(1);
        assertThat(todo.path("size").asInt()).isEqualTo(1);
        assertThat(todo.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(todo.path("items")).hasSize(1);
        JsonNode all = read(as(FIRST).getForEntity("/api/tasks/todo?size=100", String.class));
        assertThat(all.path("items").findValuesAsText("processInstanceId")).contains(pid, second);
        assertThat(StreamSupport.stream(all.path("items").spliterator(), false)
                        .filter(i -> List.of(pid, second)
                                .contains(i.path("processInstanceId").asText()))
                        .map(i -> i.path("assignee").asText()))
                .containsExactly(FIRST, FIRST);

        JsonNode done = read(as(STARTER).getForEntity("/api/tasks/done?size=100", String.class));
        assertThat(done.path("items").findValuesAsText("processInstanceId")).contains(pid, second);
        JsonNode started = read(as(STARTER).getForEntity("/api/tasks/started?size=100", String.class));
        JsonNode mine = StreamSupport.stream(started.path("items").spliterator(), false)
                .filter(i -> i.path("processInstanceId").asText().equals(pid))
                .findFirst()
                .orElseThrow();
        assertThat(mine.path("openSteps").get(0).path("name").asText()).isEqualTo("初审");
        assertThat(mine.path("openSteps").get(0).path("assignee").asText()).isEqualTo(FIRST);
        assertThat(mine.path("openSteps").get(0).path("taskId").asText())
                .isEqualTo(openTask(pid).getId());
        assertThat(mine.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(read(as(OUTSIDER).getForEntity("/api/tasks/started?size=100", String.class))
                        .path("items")
                        .findValuesAsText("processInstanceId"))
                .doesNotContain(pid);

        assertProblem(
                as(FIRST).getForEntity("/api/tasks/todo?page=0", String.class), HttpStatus.BAD_REQUEST, "validation");
        assertProblem(
                as(FIRST).getForEntity("/api/tasks/todo?size=1000", String.class),
                HttpStatus.BAD_REQUEST,
                "validation");
    }

    @Test
    void aMemberReadsNeitherAnotherMembersTaskNorItsTimeline() {
        String pid = chainAtFirstApproval();
        Task first = openTask(pid);
        assertProblem(
                as(OUTSIDER).getForEntity("/api/tasks/" + first.getId(), String.class),
                HttpStatus.FORBIDDEN,
                "forbidden");
        assertProblem(
                as(OUTSIDER).getForEntity("/api/tasks/processes/" + pid + "/timeline", String.class),
                HttpStatus.FORBIDDEN,
                "forbidden");
        assertThat(http.getForEntity("/api/tasks/todo", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** 起草 done by the starter; the process waits at 初审. */
    private String chainAtFirstApproval() {
        String pid = startAs(
                STARTER,
                CHAIN,
                key(),
                Map.of("firstApprover", FIRST, "signers", List.of(SIGNER_A, SIGNER_B), "finalApprover", FINAL));
        engine.getTaskService().complete(openTask(pid).getId());
        return pid;
    }

    private Task openTask(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    }

    private List<String> outcomes(String pid) {
        return jdbc.queryForList(
                "SELECT outcome FROM audit_record WHERE process_instance_id = ? ORDER BY id", String.class, pid);
    }

    private static String key() {
        return "approval-test-" + UUID.randomUUID();
    }

    private JsonNode read(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        try {
            return json.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private static List<String> actions(JsonNode timeline) {
        return timeline.findValuesAsText("action");
    }

    private static JsonNode entry(JsonNode timeline, String action) {
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.path("action").asText().equals(action))
                .findFirst()
                .orElseThrow();
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        try {
            assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
        } catch (Exception e) {
            throw new AssertionError("not problem+json: " + response.getBody(), e);
        }
    }
}
