package cn.qinglian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.risk.RiskProcess;
import cn.qinglian.workflow.secretaryproject.ProjectProcess;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The commission's year driven through REST as its people act — the letter signed by everyone, a 查改剖
 * campaign over the whole organisation, a high risk point from registration to verified — with the job
 * executor's work run in between. What issue 19 found by running a year: the campaign is 已完成 as soon
 * as its last review is approved (no collision, no retry), the report card shows what the letter binds
 * people to, the 审批记录 shows no raw code, and nothing is logged as an error.
 */
class CommissionYearTest extends IntegrationTest {

    private static final int YEAR = 2088;
    /** The commission's 党建重点项目 of a year. */
    private static final int PROJECTS = 45;
    /** The commission's 300+ sessions of Party-discipline education, of them 40+ 廉政教育课. */
    private static final int BRANCH_SESSIONS = 262;

    private static final int LECTURES = 42;
    /** The 40 regulations of the agency's operating guide (制度汇编). */
    private static final int REGULATIONS = 40;
    /** The commission's 61 廉政谈话 of a year, 函询 included. */
    private static final int TALKS = 61;

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Autowired
    ObjectMapper json;

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void release() {
        root.detachAppender(logged);
    }

    @Test
    void aYearOfTheCommissionRunsThroughRestAndTheReportCardMatches() throws Exception {
        everyoneCanSignIn();
        // 责任书: drafted by the office, approved by the secretary, signed level by level by everyone.
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":" + YEAR + "}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        int letterSteps = drive("letter-" + YEAR, task -> switch (task.getTaskDefinitionKey()) {
            case "userTask_approveDraft" -> Map.of("approved", true);
            case "userTask_sign" -> Map.of("signed", true, "opinion", "坚决落实");
            default -> Map.of();
        });

        // 查改剖: everyone checks (nothing found), analyses, and their branch secretary approves.
        ResponseEntity<String> launched = postJson(
                as("office1"),
                "/api/self-review/campaigns",
                json.writeValueAsString(Map.of(
                        "name",
                        YEAR + "年度查改剖",
                        "year",
                        YEAR,
                        "slug",
                        "year",
                        "checkDue",
                        due(7),
                        "correctDue",
                        due(14),
                        "analyseDue",
                        due(21),
                        "reviewDue",
                        due(28),
                        "minAnalysisLength",
                        10,
                        "spotCheckRate",
                        0)));
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long campaignId =
                json.readTree(launched.getBody()).path("campaign").path("id").asLong();
        int reviewSteps = drive("self-review-" + YEAR + "-year", task -> switch (task.getTaskDefinitionKey()) {
            case SelfReviewProcess.TASK_ANALYSE -> Map.of(SelfReviewProcess.VAR_ANALYSIS, "理想信念有所松懈，对标对表不够经常。");
            case SelfReviewProcess.TASK_BRANCH_REVIEW ->
                Map.of(SelfReviewProcess.VAR_APPROVED, true, SelfReviewProcess.VAR_COMMENT, "同意");
            default -> Map.of();
        });
        JsonNode campaign =
                json.readTree(as("office1").getForObject("/api/self-review/campaigns/" + campaignId, String.class));
        assertThat(campaign.path("campaign").path("status").asText())
                .as("已完成 with its last review's jobs, no retry")
                .isEqualTo("COMPLETED");

        // 廉政风险点: a high point from registration through both approvals, the report and verification.
        ResponseEntity<String> registered = postJson(
                as("office1"),
                "/api/risk-points",
                json.writeValueAsString(Map.of(
                        "unitId",
                        "x02",
                        "post",
                        "秘书长",
                        "category",
                        "BUSINESS_PROCESS",
                        "year",
                        YEAR,
                        "description",
                        "会员单位收费标准由秘书处自行决定（全年测试）",
                        "likelihood",
                        3,
                        "impact",
                        5,
                        "funds",
                        true)));
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String riskKey = json.readTree(registered.getBody())
                .path("point")
                .path("businessKey")
                .asText();
        String riskInstance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(riskKey)
                .singleResult()
                .getId();
        drive(riskKey, task -> switch (task.getTaskDefinitionKey()) {
            case RiskProcess.TASK_SET_MEASURES ->
                Map.of("measure1Content", "收费标准经理事会审议并公示", "measure1Owner", "head-x02", "measure1Due", due(30));
            case RiskProcess.TASK_HEAD_APPROVAL, RiskProcess.TASK_SUPERVISOR_APPROVAL ->
                Map.of(RiskProcess.VAR_APPROVED, true, RiskProcess.VAR_COMMENT, "同意");
            case RiskProcess.TASK_REPORT_MEASURE -> Map.of(RiskProcess.VAR_REPORT, "已落实，会议纪要存档");
            case RiskProcess.TASK_VERIFY -> Map.of(RiskProcess.VAR_EFFECTIVE, true, RiskProcess.VAR_FINDING, "整改到位");
            default -> throw new AssertionError("unexpected step " + task.getTaskDefinitionKey());
        });

        // 书记领办党建项目: 45 projects, proposed by the secretaries, checked, approved, reported on, scored, graded.
        List<String> secretaries = engine
                .getIdentityService()
                .createUserQuery()
                .memberOfGroup(Role.BRANCH_SECRETARY.groupId())
                .orderByUserId()
                .asc()
                .list()
                .stream()
                .map(User::getId)
                .toList();
        int excellent = 0;
        for (int i = 0; i < PROJECTS; i++) {
            ResponseEntity<String> proposed = postJson(
                    as(secretaries.get(i % secretaries.size())),
                    "/api/secretary-projects",
                    json.writeValueAsString(Map.of(
                            "title", "党建引领项目" + (i + 1),
                            "problem", "党建与业务融合不够",
                            "businessWork", "城市更新",
                            "goals", "年内见效",
                            "measures", "书记领办、支部攻坚",
                            "expectedResults", "形成可复制经验",
                            "milestones", List.of(Map.of("title", "年中解题", "dueDate", YEAR + "-06-30")),
                            "year", YEAR)));
            assertThat(proposed.getStatusCode()).as(proposed.getBody()).isEqualTo(HttpStatus.CREATED);
            // Every third project is scored 优秀 (92), the others 良好 (80); the first 优秀 becomes a 示范项目.
            boolean top = i % 3 == 0;
            excellent += top ? 1 : 0;
            boolean first = i == 0;
            drive(
                    json.readTree(proposed.getBody())
                            .path("project")
                            .path("businessKey")
                            .asText(),
                    task -> switch (task.getTaskDefinitionKey()) {
                        case ProjectProcess.TASK_OFFICE_CHECK, ProjectProcess.TASK_PARTY_GROUP_APPROVAL ->
                            Map.of(ProjectProcess.VAR_APPROVED, true);
                        case ProjectProcess.TASK_REPORT ->
                            Map.of(
                                    ProjectProcess.VAR_MILESTONE,
                                    1,
                                    ProjectProcess.VAR_MILESTONE_DONE,
                                    true,
                                    ProjectProcess.VAR_PERCENT,
                                    100,
                                    ProjectProcess.VAR_PROGRESS,
                                    "全部完成",
                                    ProjectProcess.VAR_CONCLUDE,
                                    true);
                        case ProjectProcess.TASK_SELF_ASSESS -> Map.of(ProjectProcess.VAR_SELF_ASSESSMENT, "目标全部完成");
                        case ProjectProcess.TASK_NAME_PANEL ->
                            Map.of(ProjectProcess.judgeSlot(1), "office2", ProjectProcess.judgeSlot(2), "head-d01");
                        case ProjectProcess.TASK_SCORE ->
                            top
                                    ? Map.of(
                                            "scoreTopic",
                                            23,
                                            "scoreMeasures",
                                            23,
                                            "scoreResults",
                                            28,
                                            "scoreDemonstration",
                                            18)
                                    : Map.of(
                                            "scoreTopic",
                                            20,
                                            "scoreMeasures",
                                            20,
                                            "scoreResults",
                                            24,
                                            "scoreDemonstration",
                                            16);
                        case ProjectProcess.TASK_CONFIRM_GRADE -> Map.of(ProjectProcess.VAR_DEMONSTRATION, first);
                        default -> throw new AssertionError("unexpected step " + task.getTaskDefinitionKey());
                    },
                    "office1");
        }

        // 党纪教育: each branch holds its 支部党纪党规教育 every few weeks; the office sets 42 廉政教育课.
        int sessions = 0;
        for (int i = 0; sessions < BRANCH_SESSIONS; i++) {
            String secretary = secretaries.get(i % secretaries.size());
            String unit = engine.getIdentityService().createGroupQuery().groupMember(secretary).list().stream()
                    .map(g -> g.getId())
                    .filter(g -> g.startsWith("unit-"))
                    .map(g -> g.substring("unit-".length()))
                    .findFirst()
                    .orElseThrow();
            postSession(secretary, "BRANCH_DISCIPLINE", "支部党纪党规教育第" + (i + 1) + "次", i, List.of(unit));
            sessions++;
        }
        for (int i = 0; i < LECTURES; i++) {
            postSession("office1", "LECTURE", "廉政教育课第" + (i + 1) + "讲", i, List.of("d01"));
        }

        // 制度汇编: 40 regulations of the commission compiled into the year's operating guide and published.
        List<Long> regulations = new ArrayList<>();
        for (int i = 0; i < REGULATIONS; i++) {
            ResponseEntity<String> created = postJson(
                    as("office1"),
                    "/api/regulations",
                    json.writeValueAsString(Map.of(
                            "title",
                            "机关内部管理制度第" + (i + 1) + "号（全年测试）",
                            "docNumber",
                            "建委办〔" + YEAR + "〕" + (i + 1) + "号",
                            "issuer",
                            "市住房和城乡建设委员会",
                            "level",
                            "INTERNAL",
                            "category",
                            i % 2 == 0 ? "INTEGRITY" : "GENERAL",
                            "issuedOn",
                            YEAR + "-01-05",
                            "effectiveFrom",
                            YEAR + "-01-05",
                            "text",
                            "第一条　为加强机关管理，制定本制度。")));
            assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
            regulations.add(json.readTree(created.getBody()).path("id").asLong());
        }
        ResponseEntity<String> compiled = postJson(
                as("office1"),
                "/api/regulations/compilations",
                json.writeValueAsString(Map.of(
                        "year",
                        YEAR,
                        "title",
                        YEAR + "年度机关制度汇编",
                        "issuer",
                        "市住房和城乡建设委员会机关党委",
                        "chapters",
                        List.of(
                                Map.of("title", "第一章　党风廉政", "regulationIds", regulations.subList(0, 20)),
                                Map.of("title", "第二章　综合管理", "regulationIds", regulations.subList(20, 40))))));
        assertThat(compiled.getStatusCode()).as(compiled.getBody()).isEqualTo(HttpStatus.CREATED);
        long compilation =
                json.readTree(compiled.getBody()).path("compilation").path("id").asLong();
        ResponseEntity<String> published = postJson(
                as("office1"), "/api/regulations/compilations/" + compilation + "/publish", "{\"askEveryone\":true}");
        assertThat(published.getStatusCode().is2xxSuccessful())
                .as(published.getBody())
                .isTrue();

        // 廉政谈话: the year's 61 talks and inquiries, planned by the office in the middle of the year.
        // Heads, secretaries and inspectors, not plain members: other tests plan talks for members, and an open
        // talk of a kind for the same people cannot be planned twice.
        List<String> members = engine.getIdentityService().createUserQuery().list().stream()
                .map(User::getId)
                .filter(id -> id.matches("(head-[dnx]|bs-[anx]|ins-[anx])\\d+"))
                .sorted()
                .toList();
        assertThat(members).hasSizeGreaterThan(25);
        List<String> talkKeys = new ArrayList<>();
        ClockUtil.setCurrentTime(Date.from(
                LocalDateTime.of(YEAR, 6, 1, 10, 0).atZone(ChinaTime.ZONE).toInstant()));
        Map<String, Integer> planned = new LinkedHashMap<>();
        for (int i = 0; i < TALKS; i++) {
            String kind = i < 20
                    ? "PRE_APPOINTMENT"
                    : i < 45 ? "REMINDER" : i < 51 ? "ADMONISHMENT" : i < 56 ? "COLLECTIVE" : "INQUIRY";
            List<String> people = kind.equals("COLLECTIVE")
                    ? List.of(members.get(2 * i % members.size()), members.get((2 * i + 1) % members.size()))
                    : List.of(members.get(i % members.size()));
            ResponseEntity<String> talk = postJson(
                    as("office1"),
                    "/api/integrity-talks",
                    json.writeValueAsString(Map.of(
                            "talkKind",
                            kind,
                            "personIds",
                            people,
                            "reason",
                            "全年测试：例行廉政谈话",
                            "proposedTalker",
                            "leader1")));
            assertThat(talk.getStatusCode()).as(talk.getBody()).isEqualTo(HttpStatus.CREATED);
            talkKeys.add(json.readTree(talk.getBody())
                    .path("talk")
                    .path("businessKey")
                    .asText());
            planned.merge(kind, 1, Integer::sum);
        }
        ClockUtil.reset();

        JsonNode card = json.readTree(as("secretary").getForObject("/api/dashboard?year=" + YEAR, String.class));
        JsonNode total = card.path("total");
        assertThat(total.path("letters").path("expected").asInt())
                .isPositive()
                .isEqualTo(total.path("letters").path("signed").asInt());
        assertThat(card.path("cascade").path("aspects").asInt()).isEqualTo(11);
        assertThat(card.path("cascade").path("status").asText()).isEqualTo("COMPLETED");
        assertThat(total.path("selfReview").path("members").asInt())
                .isPositive()
                .isEqualTo(total.path("selfReview").path("approved").asInt());
        assertThat(card.path("campaigns").get(0).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(total.path("riskPoints").path("identified").asInt()).isEqualTo(1);
        assertThat(total.path("riskPoints").path("controlled").asInt()).isEqualTo(1);
        assertThat(total.path("education").path("sessions").asInt()).isEqualTo(BRANCH_SESSIONS + LECTURES);
        assertThat(total.path("education").path("lectures").asInt()).isEqualTo(LECTURES);
        assertThat(total.path("regulations").path("inForce").asInt()).isGreaterThanOrEqualTo(REGULATIONS);
        assertThat(total.path("regulations").path("compiled").asInt()).isEqualTo(REGULATIONS);
        assertThat(total.path("regulations").path("studyAsked").asInt()).isPositive();
        assertThat(total.path("talks").path("total").asInt()).isEqualTo(TALKS);
        assertThat(total.path("talks").path("byKind").path("提醒谈话").asInt()).isEqualTo(planned.get("REMINDER"));
        assertThat(total.path("talks").path("byKind").path("函询").asInt()).isEqualTo(planned.get("INQUIRY"));
        assertThat(card.toString()).as("counts only, never content").doesNotContain("全年测试：例行廉政谈话");
        // The plans are not taken further here; their approvers decline them, so no open talk stays behind.
        for (String key : talkKeys) {
            Task approval = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(key)
                    .singleResult();
            ResponseEntity<String> declined = postJson(
                    as(approval.getAssignee()),
                    "/engine-rest/task/" + approval.getId() + "/complete",
                    json.writeValueAsString(
                            Map.of("variables", typed(Map.of("approval", "reject", "comment", "测试结束")))));
            assertThat(declined.getStatusCode()).as(declined.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        JsonNode projects = total.path("secretaryProjects");
        assertThat(projects.path("proposed").asInt()).isEqualTo(PROJECTS);
        assertThat(projects.path("approved").asInt()).isEqualTo(PROJECTS);
        assertThat(projects.path("reporting").asInt()).isZero();
        assertThat(projects.path("concluded").asInt()).isEqualTo(PROJECTS);
        assertThat(projects.path("excellent").asInt()).isEqualTo(excellent).isEqualTo(15);
        assertThat(letterSteps)
                .isGreaterThan(total.path("letters").path("expected").asInt());
        assertThat(reviewSteps)
                .isEqualTo(3 * total.path("selfReview").path("members").asInt());

        JsonNode timeline = json.readTree(
                as("office1").getForObject("/api/tasks/processes/" + riskInstance + "/timeline", String.class));
        assertThat(timeline.findValuesAsText("action"))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(action ->
                        assertThat(action).as("no raw code in the 审批记录").containsPattern(CHINESE));
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .withException()
                        .count())
                .as("no job failed")
                .isZero();
        assertThat(logged.list.stream()
                        .filter(e -> e.getLevel() == Level.ERROR)
                        .map(ILoggingEvent::getFormattedMessage))
                .as("nothing logged as an error")
                .isEmpty();
    }

    /** A session on its own day of the year (sessions of one unit never share a start). */
    private void postSession(String organiser, String kind, String topic, int n, List<String> units) throws Exception {
        LocalDateTime start =
                LocalDateTime.of(YEAR, 1, 2, 9, 0).plusDays(n % 360).plusMinutes(n / 360 * 30);
        ResponseEntity<String> created = postJson(
                as(organiser),
                "/api/education/sessions",
                json.writeValueAsString(Map.of(
                        "kind",
                        kind,
                        "topic",
                        topic,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plusHours(2).toString(),
                        "place",
                        "会议室",
                        "expectedUnits",
                        units)));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    /**
     * Completes every open task of the business key's processes as its assignee over REST, running the
     * job executor's work in between, until none is left; answers the number of steps taken.
     */
    private int drive(String businessKey, Function<Task, Map<String, Object>> answer) throws Exception {
        return drive(businessKey, answer, null);
    }

    /** As above; a group task is first claimed by {@code groupTaskHolder}, as Tasklist's 认领 does. */
    private int drive(String businessKey, Function<Task, Map<String, Object>> answer, String groupTaskHolder)
            throws Exception {
        int steps = 0;
        while (true) {
            // A campaign's member reviews are keyed "campaign key:member".
            Stream.concat(
                            engine
                                    .getRuntimeService()
                                    .createProcessInstanceQuery()
                                    .processInstanceBusinessKey(businessKey)
                                    .list()
                                    .stream(),
                            engine
                                    .getRuntimeService()
                                    .createProcessInstanceQuery()
                                    .processInstanceBusinessKeyLike(businessKey + ":%")
                                    .list()
                                    .stream())
                    .forEach(instance -> runAsyncJobs(instance.getId()));
            List<Task> open = Stream.concat(
                            engine
                                    .getTaskService()
                                    .createTaskQuery()
                                    .processInstanceBusinessKey(businessKey)
                                    .list()
                                    .stream(),
                            engine
                                    .getTaskService()
                                    .createTaskQuery()
                                    .processInstanceBusinessKeyLike(businessKey + ":%")
                                    .list()
                                    .stream())
                    .toList();
            if (open.isEmpty()) {
                return steps;
            }
            for (Task task : open) {
                if (task.getAssignee() == null && groupTaskHolder != null) {
                    ResponseEntity<String> claimed = postJson(
                            as(groupTaskHolder),
                            "/engine-rest/task/" + task.getId() + "/claim",
                            "{\"userId\":\"" + groupTaskHolder + "\"}");
                    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
                    task = engine.getTaskService()
                            .createTaskQuery()
                            .taskId(task.getId())
                            .singleResult();
                }
                assertThat(task.getAssignee())
                        .as(task.getName() + " has its holder")
                        .isNotNull();
                ResponseEntity<String> done = postJson(
                        as(task.getAssignee()),
                        "/engine-rest/task/" + task.getId() + "/complete",
                        json.writeValueAsString(Map.of("variables", typed(answer.apply(task)))));
                assertThat(done.getStatusCode())
                        .as(task.getName() + " by " + task.getAssignee() + ": " + done.getBody())
                        .isEqualTo(HttpStatus.NO_CONTENT);
                steps++;
            }
        }
    }

    /**
     * People other tests imported have no password yet (without a configured initial password an import
     * leaves accounts locked): the administrator gives them one in Admin, as a real office would.
     */
    private void everyoneCanSignIn() {
        for (User listed : engine.getIdentityService().createUserQuery().list()) {
            if (!engine.getIdentityService().checkPassword(listed.getId(), DEMO_PASSWORD)) {
                // read again: the failed check has just counted an attempt on the account
                User user = engine.getIdentityService()
                        .createUserQuery()
                        .userId(listed.getId())
                        .singleResult();
                user.setPassword(DEMO_PASSWORD);
                engine.getIdentityService().saveUser(user);
                engine.getIdentityService().unlockUser(user.getId());
            }
        }
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private static String due(int days) {
        return LocalDate.now().plusDays(days).toString();
    }
}
