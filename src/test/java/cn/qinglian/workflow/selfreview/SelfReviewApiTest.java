package cn.qinglian.workflow.selfreview;

import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.MIN_ANALYSIS;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.slug;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 查改剖 over REST as the Party office, members and branch secretaries use it, including every refusal. */
class SelfReviewApiTest extends IntegrationTest {

    private static final List<String> COUNTED = List.of(
            "self_review_campaign",
            "self_review_item",
            "self_review",
            "self_review_finding",
            "self_review_decision",
            "audit_record",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK");

    @Autowired
    OrgService org;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeLaunchesACampaignAMemberWorksItAndCoverageFollows() throws Exception {
        Map<String, Object> body = body(List.of("a03"));
        ResponseEntity<String> launched = postJson(as("office1"), "/api/self-review/campaigns", write(body));
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode campaign = json.readTree(launched.getBody()).path("campaign");
        String key = campaign.path("businessKey").asText();
        assertThat(key).isEqualTo("self-review-2026-" + body.get("slug"));
        assertThat(json.readTree(launched.getBody()).path("checklist")).hasSize(8);
        SelfReviewFixtures.fanOut(engine, key);
        long id = campaign.path("id").asLong();

        JsonNode coverage = coverage(id);
        JsonNode unit = coverage.path("units").get(0);
        assertThat(unit.path("unitId").asText()).isEqualTo("a03");
        int members = unit.path("members").asInt();
        assertThat(members)
                .isEqualTo(coverage.path("total").path("members").asInt())
                .isGreaterThan(3);
        assertThat(unit.path("pending")).hasSize(members);

        String taskId = myTask("head-a03", key);
        Map<String, Object> check =
                Map.of("variables", Map.of("found1", Map.of("value", false), "found2", Map.of("value", false)));
        assertThat(postJson(as("head-a03"), "/engine-rest/task/" + taskId + "/complete", write(check))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String analyse = myTask("head-a03", key, SelfReviewProcess.TASK_ANALYSE);
        assertThat(postJson(
                                as("head-a03"),
                                "/engine-rest/task/" + analyse + "/complete",
                                write(Map.of(
                                        "variables",
                                        Map.of(
                                                "analysis",
                                                Map.of("value", MIN_ANALYSIS + MIN_ANALYSIS + MIN_ANALYSIS)))))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(coverage(id).path("units").get(0).path("submitted").asInt()).isEqualTo(1);

        String review = myTask("bs-a03", key, SelfReviewProcess.TASK_BRANCH_REVIEW);
        assertThat(postJson(
                                as("bs-a03"),
                                "/engine-rest/task/" + review + "/complete",
                                write(Map.of("variables", Map.of("approved", Map.of("value", true)))))
                        .getStatusCode())
                .isIn(HttpStatus.NO_CONTENT);
        JsonNode after = coverage(id).path("units").get(0);
        assertThat(after.path("approved").asInt()).isEqualTo(1);
        assertThat(after.path("pending")).hasSize(members - 1);
    }

    @Test
    void theSameCampaignTwiceIsA409AndNothingIsDoubled() {
        Map<String, Object> body = body(List.of("p01"));
        assertThat(postJson(as("office1"), "/api/self-review/campaigns", write(body))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        ResponseEntity<String> again = postJson(as("office1"), "/api/self-review/campaigns", write(body));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("duplicate", "未重复发起");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void badCampaignsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);
        Map<String, Object> noDue = body(List.of("x01"));
        noDue.remove("checkDue");
        expect400(noDue, "checkDue");
        Map<String, Object> backwards = body(List.of("x01"));
        backwards.put("correctDue", today().minusDays(1).toString());
        expect400(backwards, "correctDue");
        expect400(body(List.of("nowhere")), "unitIds[0]");
        Map<String, Object> longList = body(List.of("x01"));
        longList.put(
                "checklist",
                java.util.stream.IntStream.rangeClosed(1, 11)
                        .mapToObj(i -> Map.of("title", "检查项" + i))
                        .toList());
        expect400(longList, "checklist");
        Map<String, Object> badSlug = body(List.of("x01"));
        badSlug.put("slug", "查改剖");
        expect400(badSlug, "slug");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeLaunchesAndOnlyTheRightPeopleReadAReview() throws Exception {
        ResponseEntity<String> byMember =
                postJson(as("m0001"), "/api/self-review/campaigns", write(body(List.of("x01"))));
        assertThat(byMember.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode campaign = json.readTree(
                        postJson(as("office1"), "/api/self-review/campaigns", write(body(List.of("n04"))))
                                .getBody())
                .path("campaign");
        SelfReviewFixtures.fanOut(engine, campaign.path("businessKey").asText());
        String path = "/api/self-review/campaigns/" + campaign.path("id").asLong() + "/reviews/head-n04";
        assertThat(as("head-n04").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("bs-n04").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("demo").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> stranger = as("bs-n05").getForEntity(path, String.class);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.getBody()).contains("仅本人").doesNotContain("Exception");
        assertThat(as("office2").getForEntity(path, String.class).getStatusCode())
                .as("the 机关党委 that runs the campaign reads the content too")
                .isEqualTo(HttpStatus.OK);
        assertThat(as("m0001")
                        .getForEntity(
                                "/api/self-review/campaigns/"
                                        + campaign.path("id").asLong() + "/coverage",
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String taskId = myTask("head-n04", campaign.path("businessKey").asText());
        Map<String, Object> check = Map.of("variables", Map.of("found1", Map.of("value", false)));
        assertThat(postJson(as("bs-n05"), "/engine-rest/task/" + taskId + "/complete", write(check))
                        .getStatusCode())
                .as("completing another member's review")
                .isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> noDescription = Map.of("variables", Map.of("found1", Map.of("value", true)));
        ResponseEntity<String> refused =
                postJson(as("head-n04"), "/engine-rest/task/" + taskId + "/complete", write(noDescription));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // Each problem once, naming the item in Chinese and never the form's variable.
        assertThat(json.readTree(refused.getBody()).path("message").asText())
                .isEqualTo("查摆内容不完整：“政治纪律”已勾选存在问题，请描述具体问题");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isEqualTo(1);
    }

    @Test
    void aCampaignOverTheAgencyAndItsAffiliatedUnitsTakesThePartyGroupsOwnPeopleWithoutTheRest() throws Exception {
        List<String> agency = List.of("b1", "b2", "b3", "b4", "a01", "a02", "a03", "a04", "a05", "a06", "a07", "a08");
        Map<String, Object> body = body(agency);
        body.put("ownUnitIds", List.of("pg"));

        ResponseEntity<String> launched = postJson(as("office1"), "/api/self-review/campaigns", write(body));

        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode campaign = json.readTree(launched.getBody()).path("campaign");
        assertThat(campaign.path("scopeUnits").asText()).endsWith(",pg（仅本级）");
        SelfReviewFixtures.fanOut(engine, campaign.path("businessKey").asText());
        JsonNode coverage = json.readTree(as("office1")
                .getForObject(
                        "/api/self-review/campaigns/" + campaign.path("id").asLong() + "/coverage", String.class));
        List<String> units = new ArrayList<>();
        coverage.path("units").forEach(u -> units.add(u.path("unitId").asText()));
        assertThat(units).contains("pg", "d01", "a01", "p01").noneMatch(id -> id.startsWith("n") || id.startsWith("x"));
        var organisation = org.organisation();
        Set<String> scope = new HashSet<>(List.of("pg"));
        Deque<String> below = new ArrayDeque<>(agency);
        while (!below.isEmpty()) {
            String unit = below.pop();
            scope.add(unit);
            organisation.childrenOf(unit).forEach(child -> below.push(child.id()));
        }
        long expected = organisation.people().stream()
                .filter(Person::active)
                .filter(p -> scope.contains(p.unitId()))
                .count();
        assertThat(coverage.path("total").path("members").asLong()).isEqualTo(expected);
    }

    @Test
    void aMemberDoesTheirOwnReviewAndCannotPassItOn() throws Exception {
        JsonNode campaign = json.readTree(
                        postJson(as("office1"), "/api/self-review/campaigns", write(body(List.of("n05"))))
                                .getBody())
                .path("campaign");
        SelfReviewFixtures.fanOut(engine, campaign.path("businessKey").asText());
        String taskId = myTask("head-n05", campaign.path("businessKey").asText());

        JsonNode operations = json.readTree(as("head-n05").getForObject("/api/tasks/" + taskId, String.class))
                .path("operations");
        assertThat(operations.path("transfer").asBoolean()).isFalse();
        assertThat(operations.path("delegate").asBoolean()).isFalse();
        assertThat(operations.path("addSigner").asBoolean()).isFalse();
        for (String operation : List.of("transfer", "delegate", "signers")) {
            ResponseEntity<String> refused = postJson(
                    as("head-n05"),
                    "/api/tasks/" + taskId + "/" + operation,
                    "{\"to\":\"bs-n05\",\"personId\":\"bs-n05\"}");
            assertThat(refused.getStatusCode()).as(operation).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("须由本人办理");
        }
        // Nor released (it has no candidates: nobody could claim it back): unclaiming needs TASK_ASSIGN.
        ResponseEntity<String> released = postJson(as("head-n05"), "/engine-rest/task/" + taskId + "/unclaim", "{}");
        assertThat(released.getStatusCode()).as(released.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(taskId)
                        .singleResult()
                        .getAssignee())
                .isEqualTo("head-n05");
    }

    @Test
    void theSecretarysTaskNamesTheMemberAndAReturnedMemberSeesWhy() throws Exception {
        JsonNode campaign = json.readTree(
                        postJson(as("office1"), "/api/self-review/campaigns", write(body(List.of("n04"))))
                                .getBody())
                .path("campaign");
        String businessKey = campaign.path("businessKey").asText();
        SelfReviewFixtures.fanOut(engine, businessKey);
        String member = "head-n04";
        String memberName = org.organisation().person(member).orElseThrow().name();
        String unitName = org.organisation().unit("n04").orElseThrow().name();

        complete(
                member,
                myTask(member, businessKey),
                Map.of("found1", Map.of("value", false), "found2", Map.of("value", false)));
        String analyse = myTask(member, businessKey, SelfReviewProcess.TASK_ANALYSE);
        ResponseEntity<String> tooShort = postJson(
                as(member),
                "/engine-rest/task/" + analyse + "/complete",
                write(Map.of("variables", Map.of("analysis", Map.of("value", "太短")))));
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String refusal = json.readTree(tooShort.getBody()).path("message").asText();
        assertThat(refusal).isEqualTo("剖析不少于 50 字（现为 2 字）");
        complete(member, analyse, Map.of("analysis", Map.of("value", "剖".repeat(60))));

        Task review = engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyLike(SelfReviewProcess.memberBusinessKey(businessKey, "%"))
                .taskDefinitionKey(SelfReviewProcess.TASK_BRANCH_REVIEW)
                .taskAssigneeLike("%")
                .list()
                .stream()
                .filter(t -> t.getName().contains(memberName))
                .findFirst()
                .orElseThrow();
        assertThat(review.getName()).isEqualTo("支部书记审核 · " + memberName + "（" + unitName + "） · 2026年度查改剖专项自查");
        JsonNode todo =
                json.readTree(as(review.getAssignee()).getForObject("/api/tasks/todo?page=1&size=100", String.class));
        assertThat(todo.path("items").findValuesAsText("name")).contains(review.getName());

        complete(
                review.getAssignee(),
                review.getId(),
                Map.of(
                        "approved",
                        Map.of("value", false),
                        "returnStage",
                        Map.of("value", "ANALYSE"),
                        "comment",
                        Map.of("value", "请结合岗位职责剖析")));

        String returned = myTask(member, businessKey, SelfReviewProcess.TASK_ANALYSE);
        JsonNode task = json.readTree(as(member).getForObject("/engine-rest/task/" + returned, String.class));
        assertThat(task.path("name").asText()).startsWith("【已退回】剖：剖析根源并提交 · " + memberName);
        assertThat(task.path("description").asText()).contains("剖析问题根源");
        JsonNode variables = json.readTree(
                as(member).getForObject("/engine-rest/task/" + returned + "/form-variables", String.class));
        assertThat(variables.path("returnNotice").path("value").asText()).isEqualTo("支部书记审核：请结合岗位职责剖析");
        String form = as(member).getForObject("/engine-rest/task/" + returned + "/deployed-form", String.class);
        assertThat(form).contains("{{returnNotice}}");

        JsonNode started =
                json.readTree(as("office1").getForObject("/api/tasks/started?page=1&size=100", String.class));
        assertThat(started.path("items").findValuesAsText("title")).contains("2026年度查改剖专项自查");
    }

    @Test
    void anUnknownUnitAloneIsNamed() throws Exception {
        Map<String, Object> body = body(List.of("x01"));
        body.put("ownUnitIds", List.of("nowhere"));

        ResponseEntity<String> refused = postJson(as("office1"), "/api/self-review/campaigns", write(body));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("ownUnitIds[0]", "单位不存在：nowhere");
    }

    @Test
    void theOfficeClosesACampaignOverRest() throws Exception {
        JsonNode campaign = json.readTree(
                        postJson(as("office1"), "/api/self-review/campaigns", write(body(List.of("n06"))))
                                .getBody())
                .path("campaign");
        SelfReviewFixtures.fanOut(engine, campaign.path("businessKey").asText());
        String close = "/api/self-review/campaigns/" + campaign.path("id").asLong() + "/close";
        assertThat(postJson(as("head-n06"), close, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> closed = postJson(as("office1"), close, "{\"note\":\"提前结束\"}");
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(closed.getBody());
        assertThat(body.path("campaign").path("status").asText()).isEqualTo("CLOSED");
        assertThat(body.path("open").size()).isPositive();
        assertThat(postJson(as("office1"), close, "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theOfficeExportsCoverageByUnitAndMemberWithoutWhatMembersWrote() throws Exception {
        Map<String, Object> body = body(List.of("a04"));
        body.put("name", "2082年度查改剖专项自查");
        body.put("year", 2082);
        JsonNode campaign = json.readTree(postJson(as("office1"), "/api/self-review/campaigns", write(body))
                        .getBody())
                .path("campaign");
        String key = campaign.path("businessKey").asText();
        long id = campaign.path("id").asLong();
        SelfReviewFixtures.fanOut(engine, key);
        String privateText = "个人剖析仅本人与审核人可见" + MIN_ANALYSIS;
        submit("head-a04", key, privateText);
        complete(
                "bs-a04",
                myTask("bs-a04", key, SelfReviewProcess.TASK_BRANCH_REVIEW),
                Map.of("approved", Map.of("value", true)));
        submit("ins-a04", key, privateText);
        complete(
                "bs-a04",
                myTask("bs-a04", key, SelfReviewProcess.TASK_BRANCH_REVIEW),
                Map.of(
                        "approved",
                        Map.of("value", false),
                        "returnStage",
                        Map.of("value", "剖"),
                        "comment",
                        Map.of("value", "剖析不够深入")));
        int members = coverage(id).path("total").path("members").asInt();
        JsonNode approved = review(id, "head-a04");
        JsonNode returned = review(id, "ins-a04");

        ResponseEntity<byte[]> export =
                as("office1").getForEntity("/api/self-review/campaigns/" + id + "/export", byte[].class);

        try (ExportedWorkbook workbook = ExportedWorkbook.of(export, "2082年度查改剖专项自查覆盖台账.xlsx", key + ".xlsx")) {
            assertThat(workbook.sheetNames()).containsExactly("单位覆盖", "人员明细");
            assertThat(workbook.header("单位覆盖"))
                    .containsExactly(
                            "单位", "应参加人数", "已提交", "审核通过", "退回待改", "逾期", "已完成", "未完成", "整改措施未销号", "整改措施已销号", "整改措施逾期");
            List<String> figures = List.of(
                    String.valueOf(members),
                    "2",
                    "1",
                    "1",
                    "0",
                    approved.path("status").asText().equals("COMPLETED") ? "1" : "0");
            List<List<String>> units = workbook.rows("单位覆盖");
            assertThat(units).hasSize(2);
            assertThat(units.get(0).subList(1, 7)).containsExactlyElementsOf(figures);
            assertThat(units.get(1).get(0)).isEqualTo("合计");
            assertThat(units.get(1).subList(1, 7)).containsExactlyElementsOf(figures);

            assertThat(workbook.header("人员明细"))
                    .containsExactly("单位", "姓名", "人员编号", "当前环节", "状态", "退回次数", "提交时间", "审核通过时间", "逾期");
            assertThat(workbook.rows("人员明细")).hasSize(members);
            assertThat(workbook.rowWhere("人员明细", 2, "head-a04"))
                    .containsExactly(
                            approved.path("unitName").asText(),
                            approved.path("personName").asText(),
                            "head-a04",
                            ReviewStage.valueOf(approved.path("stage").asText()).label(),
                            ReviewStatus.valueOf(approved.path("status").asText())
                                    .label(),
                            "0",
                            minute(approved.path("submittedAt")),
                            minute(approved.path("approvedAt")),
                            "");
            assertThat(workbook.rowWhere("人员明细", 2, "ins-a04"))
                    .containsExactly(
                            returned.path("unitName").asText(),
                            returned.path("personName").asText(),
                            "ins-a04",
                            "剖",
                            "已退回",
                            "1",
                            minute(returned.path("submittedAt")),
                            "",
                            "");
            assertThat(workbook.rowWhere("人员明细", 2, "bs-a04").subList(3, 7)).containsExactly("查", "进行中", "0", "");
            assertThat(workbook.sheetNames())
                    .allSatisfy(sheet -> assertThat(workbook.rows(sheet))
                            .allSatisfy(row -> assertThat(String.join("|", row)).doesNotContain("个人剖析", "剖析不够深入")));
        }
        ResponseEntity<String> member =
                as("m0001").getForEntity("/api/self-review/campaigns/" + id + "/export", String.class);
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(as("leader1")
                        .getForEntity("/api/self-review/campaigns/" + id + "/export", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** 查 with nothing found, then 剖 with the text: the review goes to the branch secretary. */
    private void submit(String userId, String businessKey, String analysis) throws Exception {
        complete(
                userId,
                myTask(userId, businessKey),
                Map.of("found1", Map.of("value", false), "found2", Map.of("value", false)));
        complete(
                userId,
                myTask(userId, businessKey, SelfReviewProcess.TASK_ANALYSE),
                Map.of("analysis", Map.of("value", analysis)));
    }

    private void complete(String userId, String taskId, Map<String, Object> variables) {
        assertThat(postJson(
                                as(userId),
                                "/engine-rest/task/" + taskId + "/complete",
                                write(Map.of("variables", variables)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode review(long campaignId, String personId) throws Exception {
        return json.readTree(as("demo")
                        .getForObject(
                                "/api/self-review/campaigns/" + campaignId + "/reviews/" + personId, String.class))
                .path("review");
    }

    private static String minute(JsonNode instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(Instant.parse(instant.asText()).atZone(ChinaTime.ZONE));
    }

    private JsonNode coverage(long id) throws Exception {
        ResponseEntity<String> response =
                as("office1").getForEntity("/api/self-review/campaigns/" + id + "/coverage", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String myTask(String userId, String businessKey) throws Exception {
        return myTask(userId, businessKey, SelfReviewProcess.TASK_CHECK);
    }

    private String myTask(String userId, String businessKey, String taskKey) throws Exception {
        JsonNode tasks = json.readTree(as(userId)
                .getForObject(
                        "/engine-rest/task?assignee=" + userId
                                + "&processInstanceBusinessKeyLike="
                                + SelfReviewProcess.memberBusinessKey(businessKey, "%")
                                + "&taskDefinitionKey=" + taskKey,
                        String.class));
        assertThat(tasks).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    private void expect400(Map<String, Object> body, String field) {
        ResponseEntity<String> response = postJson(as("office1"), "/api/self-review/campaigns", write(body));
        assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"" + field).doesNotContain("Exception", "at cn.");
    }

    private static Map<String, Object> body(List<String> unitIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "2026年度查改剖专项自查");
        body.put("year", 2026);
        body.put("slug", slug());
        body.put("unitIds", unitIds);
        body.put("checkDue", today().plusDays(7).toString());
        body.put("correctDue", today().plusDays(14).toString());
        body.put("analyseDue", today().plusDays(21).toString());
        body.put("reviewDue", today().plusDays(28).toString());
        body.put("minAnalysisLength", 50);
        body.put("spotCheckRate", 0);
        return body;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
