package cn.qinglian.workflow.sitebuilding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 项目党建联建 over REST as the office, project secretaries and members use it, with every refusal. */
class SiteBuildingApiTest extends IntegrationTest {

    static final String BASE = "/api/site-building";
    static final List<String> COUNTED = List.of(
            "site_project",
            "site_party_org",
            "site_party_member",
            "site_service_group",
            "site_model_post",
            "site_agreement",
            "site_activity",
            "audit_record",
            "ACT_RU_EXECUTION");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditService audit;

    // ---- projects --------------------------------------------------------------------------------

    @Test
    void theOfficeRecordsAProjectAndEveryMemberReadsIt() throws Exception {
        String name = SiteFixtures.unique("城东污水处理厂扩建工程");
        ResponseEntity<String> created =
                post("office1", "/projects", project(name, today().minusMonths(2), today().plusYears(1)));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode project = json.readTree(created.getBody());
        long id = project.path("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString(BASE + "/projects/" + id);
        assertThat(project.path("typeLabel").asText()).isEqualTo("市政");
        assertThat(project.path("statusLabel").asText()).isEqualTo("在建");

        assertThat(get("m0001", "/projects").getBody()).contains(name);
        JsonNode detail = json.readTree(get("m0001", "/projects/" + id).getBody());
        assertThat(detail.path("project").path("contractorUnit").asText()).isEqualTo("宏建建筑工程有限公司");

        Map<String, Object> changed = project(name, today().minusMonths(2), today().plusYears(2));
        changed.put("projectType", "WATER");
        ResponseEntity<String> updated = put("leader1", "/projects/" + id, changed);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(updated.getBody()).path("typeLabel").asText()).isEqualTo("水利");
    }

    @Test
    void aMemberOrABranchSecretaryMayNotRecordProjects() {
        for (String user : List.of("m0001", "bs-b1", "head-d01")) {
            ResponseEntity<String> refused =
                    post(user, "/projects", project(SiteFixtures.unique("越权登记的项目"), today(), today().plusYears(1)));
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("\"code\":\"forbidden\"", "项目党建台账仅");
        }
    }

    @Test
    void aBadProjectIs400NamingEveryBadFieldAndWritesNothing() throws Exception {
        Map<String, Object> body = project("", today(), today().minusDays(1));
        body.put("projectType", "别墅");
        body.put("district", "区".repeat(101));
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> response = post("office1", "/projects", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "projectType", "district", "plannedEndDate");
        assertThat(problem.path("detail").asText()).contains("4 处问题");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void theSameProjectTwiceIs409AndAnUnknownOneIs404() {
        Map<String, Object> body = project(SiteFixtures.unique("快速路二期"), today(), today().plusYears(1));
        assertThat(post("office1", "/projects", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> again = post("office2", "/projects", body);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("site-project-duplicate", "未重复登记");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
        assertThat(get("m0001", "/projects/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("office1", "/projects/999999999", body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("m0001", "/organisations/999999999").getBody()).contains("找不到项目党组织");
    }

    // ---- the temporary branch rule and dissolution ---------------------------------------------------

    @Test
    void aProjectOfSixMonthsWithThreeFullMembersAndNoTemporaryBranchIsFlagged() throws Exception {
        LocalDate start = today().minusMonths(1);
        long fiveMonths = projectWithMembers("五个月工期", start, start.plusMonths(5).minusDays(1), "正式党员", "正式党员", "正式党员");
        long twoFull = projectWithMembers("两名正式党员", start, start.plusMonths(6), "正式党员", "正式党员", "预备党员");
        long flagged = projectWithMembers("六个月三名正式党员", start, start.plusMonths(6), "正式党员", "正式党员", "FULL");

        assertThat(gapIds()).contains(flagged).doesNotContain(fiveMonths, twoFull);
        JsonNode detail = json.readTree(get("m0001", "/projects/" + flagged).getBody());
        assertThat(detail.path("fullMembers").asInt()).isEqualTo(3);
        assertThat(detail.path("needsTemporaryBranch").asBoolean()).isTrue();

        ResponseEntity<String> branch =
                post("office1", "/organisations", org(flagged, "临时党支部", SiteFixtures.unique("临时党支部"), null));
        assertThat(branch.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(gapIds()).doesNotContain(flagged);
    }

    @Test
    void completingAProjectDissolvesItsTemporaryBranchInTheSameStep() throws Exception {
        long project = projectId(SiteFixtures.unique("安置房三期"), today().minusYears(1), today().plusMonths(1));
        long branch = json.readTree(post(
                                "office1",
                                "/organisations",
                                org(project, "临时党支部", SiteFixtures.unique("安置房三期临时党支部"), null))
                        .getBody())
                .path("id")
                .asLong();
        long standing = json.readTree(post(
                                "office1",
                                "/organisations",
                                org(project, "项目党支部", SiteFixtures.unique("安置房三期项目党支部"), null))
                        .getBody())
                .path("id")
                .asLong();
        LocalDate completed = today().minusDays(3);

        ResponseEntity<String> response =
                post("office1", "/projects/" + project + "/completion", Map.of("completedOn", completed.toString()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).path("status").asText()).isEqualTo("COMPLETED");
        JsonNode dissolved = json.readTree(
                        get("m0001", "/organisations/" + branch).getBody())
                .path("organisation");
        assertThat(dissolved.path("status").asText()).isEqualTo("DISSOLVED");
        assertThat(dissolved.path("dissolvedOn").asText()).isEqualTo(completed.toString());
        assertThat(json.readTree(get("m0001", "/organisations/" + standing).getBody())
                        .path("organisation")
                        .path("status")
                        .asText())
                .isEqualTo("ACTIVE");
        assertThat(audit.forBusinessKey("site-project-" + project))
                .extracting(AuditRecord::outcome)
                .containsSubsequence("project-completed", "temporary-branch-dissolved");

        assertThat(post("office1", "/projects/" + project + "/completion", Map.of("completedOn", completed.toString()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> late =
                post("office1", "/organisations", org(project, "临时党支部", SiteFixtures.unique("竣工后的临时党支部"), null));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(late.getBody()).path("errors").findValuesAsText("field"))
                .containsExactly("kind");
    }

    @Test
    void aCompletionDateInTheFutureIsRefusedAndDissolvesNothing() throws Exception {
        long project = projectId(SiteFixtures.unique("未竣工项目"), today().minusMonths(8), today().plusMonths(1));
        long branch = json.readTree(
                        post("office1", "/organisations", org(project, "临时党支部", SiteFixtures.unique("未竣工临时党支部"), null))
                                .getBody())
                .path("id")
                .asLong();

        ResponseEntity<String> response = post(
                "office1",
                "/projects/" + project + "/completion",
                Map.of("completedOn", today().plusDays(1).toString()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(get("m0001", "/organisations/" + branch).getBody())
                        .path("organisation")
                        .path("status")
                        .asText())
                .isEqualTo("ACTIVE");
        assertThat(post("m0001", "/projects/" + project + "/completion", Map.of("completedOn", today().toString()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    // ---- project Party organisations --------------------------------------------------------------

    @Test
    void anOrganisationsOwnSecretaryKeepsItsMembersButNotOthersNorItsRecord() throws Exception {
        long project = projectId(SiteFixtures.unique("轨道交通三号线"), today().minusMonths(3), today().plusYears(2));
        Map<String, Object> body = org(project, "项目联合党委", SiteFixtures.unique("三号线联合党委"), null);
        body.put("unitId", SiteFixtures.PROJECT_UNIT);
        JsonNode created = json.readTree(post("office1", "/organisations", body).getBody());
        long id = created.path("id").asLong();
        assertThat(created.path("secretaryId").asText()).isEqualTo(SiteFixtures.PROJECT_SECRETARY);

        Map<String, Object> members = Map.of(
                "members",
                List.of(
                        Map.of("personId", "m0002", "membership", "正式党员"),
                        Map.of("name", "周建华", "employer", "中铁某局", "membership", "预备党员")));
        ResponseEntity<String> kept = put(SiteFixtures.PROJECT_SECRETARY, "/organisations/" + id + "/members", members);
        assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(kept.getBody());
        assertThat(list.findValuesAsText("membershipLabel")).containsExactly("正式党员", "预备党员");
        assertThat(list.get(1).path("name").asText()).isEqualTo("周建华");

        assertThat(put("bs-b2", "/organisations/" + id + "/members", members).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("m0002", "/organisations/" + id + "/members", members).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(SiteFixtures.PROJECT_SECRETARY, "/organisations/" + id, body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(get("m0001", "/organisations/" + id).getBody()).path("members"))
                .hasSize(2);
    }

    @Test
    void aBadOrganisationIs400NamingEveryBadFieldAndWritesNothing() throws Exception {
        Map<String, Object> body = org(999999999L, "项目团委", "", null);
        body.put("unitId", "d01");
        body.put("members", List.of(Map.of("personId", "nobody"), Map.of("name", "张三", "membership", "入党积极分子")));
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> response = post("office1", "/organisations", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "projectId",
                        "kind",
                        "name",
                        "unitId",
                        "members[0].personId",
                        "members[0].membership",
                        "members[1].membership");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    // ---- service groups and model posts -------------------------------------------------------------

    @Test
    void serviceGroupsAreLedByALeadershipMember() throws Exception {
        long project = projectId(SiteFixtures.unique("体育中心"), today().minusMonths(1), today().plusYears(1));
        String name = SiteFixtures.unique("第三服务指导组");
        ResponseEntity<String> created = post(
                "office1",
                "/service-groups",
                Map.of(
                        "name",
                        name,
                        "leaderId",
                        "leader3",
                        "memberIds",
                        List.of("head-d05", "m0003"),
                        "projectIds",
                        List.of(project)));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode group = json.readTree(created.getBody());
        assertThat(group.path("leaderName").asText()).isEqualTo("陈志强");
        assertThat(group.path("memberIds")).hasSize(2);
        assertThat(json.readTree(get("m0001", "/projects/" + project).getBody())
                        .path("serviceGroups")
                        .findValuesAsText("name"))
                .containsExactly(name);

        ResponseEntity<String> bad = post(
                "office1",
                "/service-groups",
                Map.of(
                        "name",
                        "",
                        "leaderId",
                        "m0001",
                        "memberIds",
                        List.of("nobody"),
                        "projectIds",
                        List.of(999999999L)));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "leaderId", "memberIds[0]", "projectIds[0]");
        assertThat(post("office1", "/service-groups", Map.of("name", name, "leaderId", "leader2"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void modelPostsAreRecordedOncePerPersonProjectAndPost() throws Exception {
        long project = projectId(SiteFixtures.unique("会展中心"), today().minusMonths(1), today().plusYears(1));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personName", "孙立新");
        body.put("employer", "宏建建筑工程有限公司");
        body.put("postTitle", "质量安全党员示范岗");
        body.put("projectId", project);
        body.put("fromDate", today().minusDays(10).toString());
        ResponseEntity<String> created = post("office2", "/model-posts", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = json.readTree(created.getBody()).path("id").asLong();
        assertThat(get("m0001", "/model-posts/" + id).getBody()).contains("质量安全党员示范岗");

        assertThat(post("office2", "/model-posts", body).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        body.put("toDate", today().minusDays(20).toString());
        body.put("postTitle", "");
        ResponseEntity<String> bad = post("office2", "/model-posts", body);
        assertThat(json.readTree(bad.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("postTitle", "toDate");
        assertThat(post("m0001", "/model-posts", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // ---- agreements and activities ---------------------------------------------------------------------

    @Test
    void anAgreementStartsItsSigningOnceAndTakesActivitiesOnlyWhenSigned() throws Exception {
        long partyOrg = linkedOrg();
        Map<String, Object> body = agreement(partyOrg);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> proposed = post("bs-b1", "/agreements", body);

        assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode agreement = json.readTree(proposed.getBody());
        long id = agreement.path("id").asLong();
        String businessKey = agreement.path("businessKey").asText();
        assertThat(agreement.path("statusLabel").asText()).isEqualTo("待机关方签署");
        Map<String, Long> after = TableCounts.of(jdbc, COUNTED);
        ResponseEntity<String> twice = post("office1", "/agreements", body);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("joint-building-duplicate");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(after).isNotEqualTo(before);
        assertThat(post("bs-b2", "/agreements", agreement(linkedOrg())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        Map<String, Object> activity = activity(today().minusDays(1), "联学");
        ResponseEntity<String> early =
                post(SiteFixtures.PROJECT_SECRETARY, "/agreements/" + id + "/activities", activity);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        signBothSides(businessKey);
        assertThat(json.readTree(get("m0001", "/agreements/" + id).getBody())
                        .path("agreement")
                        .path("status")
                        .asText())
                .isEqualTo("SIGNED");
        ResponseEntity<String> recorded =
                post(SiteFixtures.PROJECT_SECRETARY, "/agreements/" + id + "/activities", activity);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(recorded.getBody()).path("participantCount").asInt())
                .isEqualTo(12);
        assertThat(post("bs-b2", "/agreements/" + id + "/activities", activity).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(
                        get("m0001", "/agreements/" + id + "/activities").getBody()))
                .hasSize(1)
                .allSatisfy(a -> assertThat(a.path("kindLabel").asText()).isEqualTo("联学"));

        // Its photo or minutes, checked as every 佐证材料 is; by those who record its activities only.
        long activityId = json.readTree(recorded.getBody()).path("id").asLong();
        String files = "/api/site-building/agreements/" + id + "/activities/" + activityId + "/files";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        assertThat(upload(as("bs-b2"), files, "合影.png", png).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(as(SiteFixtures.PROJECT_SECRETARY), files, "合影.exe", png)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(upload(
                                as(SiteFixtures.PROJECT_SECRETARY),
                                "/api/site-building/agreements/" + id + "/activities/999999999/files",
                                "合影.png",
                                png)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> photo = upload(as(SiteFixtures.PROJECT_SECRETARY), files, "合影.png", png);
        assertThat(photo.getStatusCode()).as(photo.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(get("m0001", "/agreements/" + id + "/activities")
                                .getBody())
                        .get(0)
                        .path("files")
                        .get(0)
                        .asText())
                .isEqualTo("合影.png");

        Map<String, Object> bad = activity(today().plusDays(2), "聚餐");
        bad.put("participantIds", List.of("nobody"));
        bad.put("participantCount", -1);
        Map<String, Long> beforeBad = TableCounts.of(jdbc, COUNTED);
        ResponseEntity<String> refused = post("office1", "/agreements/" + id + "/activities", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("activityDate", "kind", "participantIds[0]", "participantCount");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(beforeBad);
        assertThat(get("m0001", "/agreements/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadAgreementIs400NamingEveryBadFieldAndStartsNothing() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyUnitId", "d01");
        body.put("partyOrgId", 999999999L);
        body.put("content", "");
        body.put("periodFrom", "2027-06-01");
        body.put("periodTo", "2027-01-01");
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> response = post("office1", "/agreements", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("agencyUnitId", "partyOrgId", "content", "periodTo");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Today in China, as the app counts days. */
    static LocalDate today() {
        return ChinaTime.today(Clock.systemUTC());
    }

    static Map<String, Object> project(String name, LocalDate start, LocalDate plannedEnd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projectType", "市政");
        body.put("district", "滨江区");
        body.put("startDate", start.toString());
        body.put("plannedEndDate", plannedEnd.toString());
        body.put("ownerUnit", "市城投集团");
        body.put("supervisorUnit", "鼎诚工程监理有限公司");
        body.put("contractorUnit", "宏建建筑工程有限公司");
        return body;
    }

    static Map<String, Object> org(long projectId, String kind, String name, String secretaryId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("kind", kind);
        body.put("name", name);
        body.put("secretaryId", secretaryId);
        body.put("establishedOn", today().minusMonths(1).toString());
        return body;
    }

    static Map<String, Object> agreement(long partyOrgId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencyUnitId", SiteFixtures.AGENCY_BRANCH);
        body.put("partyOrgId", partyOrgId);
        body.put("content", "联学理论、联办活动、联解难题");
        body.put("periodFrom", today().withDayOfYear(1).toString());
        body.put("periodTo", today().withDayOfYear(1).plusYears(1).minusDays(1).toString());
        return body;
    }

    static Map<String, Object> activity(LocalDate date, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("activityDate", date.toString());
        body.put("kind", kind);
        body.put("participantIds", List.of("bs-b1", "m0004"));
        body.put("participantCount", 12);
        body.put("note", "联学习近平总书记关于安全生产的重要论述");
        return body;
    }

    long projectId(String name, LocalDate start, LocalDate plannedEnd) throws Exception {
        ResponseEntity<String> created = post("office1", "/projects", project(name, start, plannedEnd));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("id").asLong();
    }

    /** A project Party organisation whose secretary is the demo's project secretary (bs-p01). */
    long linkedOrg() throws Exception {
        long project = projectId(SiteFixtures.unique("城市综合管廊"), today().minusMonths(2), today().plusYears(1));
        ResponseEntity<String> created = post(
                "office1",
                "/organisations",
                org(project, "项目党支部", SiteFixtures.unique("管廊项目党支部"), SiteFixtures.PROJECT_SECRETARY));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("id").asLong();
    }

    long projectWithMembers(String name, LocalDate start, LocalDate plannedEnd, String... memberships)
            throws Exception {
        long id = projectId(SiteFixtures.unique(name), start, plannedEnd);
        List<Map<String, String>> members = new java.util.ArrayList<>();
        for (int i = 0; i < memberships.length; i++) {
            members.add(Map.of("name", "党员" + (i + 1), "employer", "施工单位" + i, "membership", memberships[i]));
        }
        ResponseEntity<String> put = put("office1", "/projects/" + id + "/members", Map.of("members", members));
        assertThat(put.getStatusCode()).as(put.getBody()).isEqualTo(HttpStatus.OK);
        return id;
    }

    List<Long> gapIds() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        json.readTree(get("m0001", "/temporary-branch-gaps").getBody())
                .forEach(g -> ids.add(g.path("project").path("id").asLong()));
        return ids;
    }

    void signBothSides(String businessKey) {
        for (int i = 0; i < 2; i++) {
            Task task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .singleResult();
            engine.getTaskService().complete(task.getId(), Map.of(JointBuildingProcess.VAR_SIGNED, true));
        }
    }

    ResponseEntity<String> get(String user, String path) {
        return as(user).getForEntity(BASE + path, String.class);
    }

    ResponseEntity<String> post(String user, String path, Object body) {
        return send(as(user), HttpMethod.POST, path, body);
    }

    ResponseEntity<String> put(String user, String path, Object body) {
        return send(as(user), HttpMethod.PUT, path, body);
    }

    private ResponseEntity<String> send(TestRestTemplate client, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return client.exchange(
                    BASE + path, method, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
