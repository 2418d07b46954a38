package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.TestHandlers;
import cn.qinglian.workflow.letter.LetterProcess;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.risk.RiskProcess;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every role against every endpoint under {@code /api} and the task endpoints of {@code /engine-rest}:
 * a table of role × endpoint → expected outcome, checked cell by cell, with a printed summary. The data
 * is real: a letter (2090) one leadership member has signed, a task list (2091) the secretary sent back
 * to the office's group, a 查改剖 campaign (2092) over one department, two risk points (2093) in two
 * departments, and a one-step approval a branch secretary started for a member.
 *
 * <p>Columns, always in this order: 党员 (a member of d09), 支部书记 (bs-b3, over d09), 单位负责人
 * (head-d09), 班子成员 (leader3), 党组书记 (secretary), 纪检委员 (ins-b3, over d09), 党务 (office1),
 * 管理员 (demo). Cells: {@code O} 2xx; {@code P} passes the access check (a business answer: 2xx, 400, 404
 * or 409, never 401/403/5xx); {@code S} 2xx showing only the caller's part (the row's foreign marker must
 * not appear); {@code D} 403 problem+json with a Chinese message; {@code H} hidden by the engine (403 or 404);
 * {@code -} not asked (the cell is another row's: completing a task is tried by the others before its holder).
 */
class AuthorizationMatrixTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);

    private static final String[] ROLES = {"党员", "支部书记", "单位负责人", "班子成员", "党组书记", "纪检委员", "党务", "管理员"};
    private static final int LETTER_YEAR = 2090;
    private static final int TASK_LIST_YEAR = 2091;
    private static final int CAMPAIGN_YEAR = 2092;
    private static final int RISK_YEAR = 2093;
    private static final String CAMPAIGN_SLUG = "authz-matrix";
    private static final String SIGNED_OPINION = "AUTHZ-2090-坚决落实";
    private static final String RISK_D09 = "AUTHZ-2093-d09 工程款拨付审核";
    private static final String RISK_D07 = "AUTHZ-2093-d07 招标文件编制";
    private static final int PROJECT_YEAR = 2094;
    private static final int EDUCATION_YEAR = 2097;
    private static final String PROJECT_B3 = "AUTHZ-2094-b3 支部融合项目";
    private static final String PROJECT_A05 = "AUTHZ-2094-a05 直属单位项目";
    private static final String TALK_RECORD = "AUTHZ-TALK 谈话记录：如实说明了亲属经商情况";

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgService org;

    private record Row(String name, HttpMethod method, String path, Object body, String foreign, String cells) {}

    private record Cell(String row, String role, String user, char expected, int status, String problem) {}

    @Test
    void everyRoleGetsWhatTheDesignSaysFromEveryEndpoint() throws Exception {
        String member = org.people("d09", null).stream()
                .filter(p -> p.id().matches("m\\d{4}"))
                .map(Person::id)
                .findFirst()
                .orElseThrow();
        String[] users = {member, "bs-b3", "head-d09", "leader3", "secretary", "ins-b3", "office1", "demo"};

        letterSignedByLeader3();
        String groupTask = taskListReturnedToTheOffice();
        JsonNode campaign = campaignOverD09();
        long campaignId = campaign.path("id").asLong();
        long reviewId = engineReview(campaignId, member);
        long pointD09 = riskPoint("head-d09", "d09", RISK_D09);
        long pointD07 = riskPoint("office1", "d07", RISK_D07);
        long measure = measureOwnedBy(pointD09, "head-d09");
        deployTestProcess("bpmn/test-approval.bpmn", TestHandlers.TEST_APPROVAL);
        String approvalInstance =
                startAs("bs-b3", TestHandlers.TEST_APPROVAL, "authz-matrix", Map.of(TestHandlers.VAR_APPROVER, member));
        String task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(approvalInstance)
                .singleResult()
                .getId();

        String l = "/api/letters/" + LETTER_YEAR;
        String t = "/api/task-lists/" + TASK_LIST_YEAR;
        String c = "/api/self-review/campaigns/" + campaignId;
        String letterBody = "{\"year\":" + LETTER_YEAR + "}";
        String taskListBody = json.writeValueAsString(Map.of(
                "year",
                TASK_LIST_YEAR,
                "title",
                "重复的清单",
                "signOffDue",
                LocalDate.now().plusDays(10).toString(),
                "tasks",
                List.of(Map.of("content", "x"))));
        String campaignBody = json.writeValueAsString(campaignRequest(CAMPAIGN_SLUG));
        String badRisk = json.writeValueAsString(Map.of(
                "unitId",
                "d09",
                "post",
                "不存在的岗位",
                "category",
                "BUSINESS_PROCESS",
                "description",
                "越权登记",
                "likelihood",
                2,
                "impact",
                2,
                "year",
                RISK_YEAR));
        String otherUnitPoint = "\"" + RISK_D07 + "\"";
        String s = "/api/site-building";
        long[] site = siteProjectKeptByBs3();
        String e = "/api/education";
        long sessionD09 = educationSessionForD09();
        String sp = "/api/secretary-projects";
        long projectB3 = secretaryProject("bs-b3", PROJECT_B3);
        long projectA05 = secretaryProject("bs-a05", PROJECT_A05);
        String g = "/api/regulations";
        long[] reg = regulationsOf2093();
        String[] talk = talkHeldWith(member);
        String it = "/api/integrity-talks";

        List<Row> rows = List.of(
                // columns:                                                                     党员 支书 负责 班子 书记 纪检 党务 管理
                row("组织: 单位列表", HttpMethod.GET, "/api/org/units", null, null, "O O O O O O O O"),
                row("组织: 单位", HttpMethod.GET, "/api/org/units/d09", null, null, "O O O O O O O O"),
                row("组织: 人员列表", HttpMethod.GET, "/api/org/people?unitId=d09", null, null, "O O O O O O O O"),
                row("组织: 人员", HttpMethod.GET, "/api/org/people/" + member, null, null, "O O O O O O O O"),
                row("组织: 导入", HttpMethod.POST, "/api/org/import", file("单位.txt"), null, "D D D D D D P P"),
                row("接口文档: OpenAPI 描述", HttpMethod.GET, "/api/docs", null, null, "O O O O O O O O"),
                row(
                        "接口文档: Swagger UI",
                        HttpMethod.GET,
                        "/api/docs/swagger-ui/index.html",
                        null,
                        null,
                        "D D D D D D D O"),
                row("责任书: 拟定", HttpMethod.POST, "/api/letters", letterBody, null, "D D D D P D P P"),
                row("责任书: 文本", HttpMethod.GET, l, null, null, "O O O O O O O O"),
                row("责任书: 签订情况", HttpMethod.GET, l + "/coverage", null, "\"personId\":\"leader1\"", "D D S O O D O O"),
                row("责任书: 签订记录", HttpMethod.GET, l + "/signatures", null, SIGNED_OPINION, "S S S O O S O O"),
                row("责任书: 台账导出", HttpMethod.GET, l + "/export", null, null, "D D D O O D O O"),
                row("责任书: 本人 PDF", HttpMethod.GET, l + "/signatures/leader3.pdf", null, null, "D D D O O D O O"),
                row("责任书: 代他人签订", HttpMethod.POST, l + "/signatures/leader1/sign", "{}", null, "D D D D D D D D"),
                row("责任书: 催办", HttpMethod.POST, l + "/signatures/leader1/urge", "", null, "D D D D P D P P"),
                row("任务清单: 创建", HttpMethod.POST, "/api/task-lists", taskListBody, null, "D D D D D D P P"),
                row(
                        "任务清单: 导入",
                        HttpMethod.POST,
                        "/api/task-lists/import?year=" + TASK_LIST_YEAR,
                        file("清单.txt"),
                        null,
                        "D D D D D D P P"),
                row("任务清单: 清单", HttpMethod.GET, t, null, null, "O O O O O O O O"),
                row("任务清单: 进度", HttpMethod.GET, t + "/progress", null, null, "D D O O O D O O"),
                row("任务清单: 事件", HttpMethod.GET, t + "/events", null, null, "D D O O O D O O"),
                row("任务清单: 台账导出", HttpMethod.GET, t + "/export", null, null, "D D O O O D O O"),
                row("查改剖: 发起", HttpMethod.POST, "/api/self-review/campaigns", campaignBody, null, "D D D D D D P P"),
                row("查改剖: 活动", HttpMethod.GET, c, null, null, "O O O O O O O O"),
                row("查改剖: 覆盖情况", HttpMethod.GET, c + "/coverage", null, null, "D D D O O D O O"),
                row("查改剖: 覆盖台账", HttpMethod.GET, c + "/export", null, null, "D D D O O D O O"),
                row("查改剖: 党员本人的自查", HttpMethod.GET, c + "/reviews/" + member, null, null, "O O D D D O O O"),
                row(
                        "查改剖: 自查（按编号）",
                        HttpMethod.GET,
                        "/api/self-review/reviews/" + reviewId,
                        null,
                        null,
                        "O O D D D O O O"),
                row("查改剖: 负责人的自查", HttpMethod.GET, c + "/reviews/head-d09", null, null, "D O O D D O O O"),
                row("风险点: 登记", HttpMethod.POST, "/api/risk-points", badRisk, null, "P D P P P P P P"),
                row(
                        "风险点: 台账",
                        HttpMethod.GET,
                        "/api/risk-points?year=" + RISK_YEAR,
                        null,
                        otherUnitPoint,
                        "S S S O O O O O"),
                row(
                        "风险点: 汇总",
                        HttpMethod.GET,
                        "/api/risk-points/summary?year=" + RISK_YEAR,
                        null,
                        "\"unitId\":\"d07\"",
                        "S S S O O O O O"),
                row("风险点: 本单位风险点", HttpMethod.GET, "/api/risk-points/" + pointD09, null, null, "O D O O O O O O"),
                row("风险点: 他单位风险点", HttpMethod.GET, "/api/risk-points/" + pointD07, null, null, "D D D O O O O O"),
                row(
                        "风险点: 台账导出",
                        HttpMethod.GET,
                        "/api/risk-points/export?year=" + RISK_YEAR,
                        null,
                        null,
                        "D O O O O O O O"),
                row(
                        "风险点: 他单位台账导出",
                        HttpMethod.GET,
                        "/api/risk-points/export?year=" + RISK_YEAR + "&unitId=d07",
                        null,
                        null,
                        "D D D O O O O O"),
                row(
                        "风险点: 佐证材料",
                        HttpMethod.POST,
                        "/api/risk-points/" + pointD09 + "/measures/" + measure + "/evidence",
                        file("证明.pdf"),
                        null,
                        "D D O D D D D D"),
                row("书记项目: 领题", HttpMethod.POST, sp, "{\"title\":\"\"}", null, "D P D D P D D D"),
                row(
                        "书记项目: 台账",
                        HttpMethod.GET,
                        sp + "?year=" + PROJECT_YEAR,
                        null,
                        "\"" + PROJECT_A05 + "\"",
                        "S S S O O O O O"),
                row("书记项目: 本支部项目", HttpMethod.GET, sp + "/" + projectB3, null, null, "O O O O O O O O"),
                row("书记项目: 他单位项目", HttpMethod.GET, sp + "/" + projectA05, null, null, "D D D O O O O O"),
                row(
                        "书记项目: 上传佐证",
                        HttpMethod.POST,
                        sp + "/" + projectB3 + "/evidence",
                        file("进展.pdf"),
                        null,
                        "D P D D D D D D"),
                row("书记项目: 台账导出", HttpMethod.GET, sp + "/export?year=" + PROJECT_YEAR, null, null, "D O D O O O O O"),
                row("党纪教育: 安排学习", HttpMethod.POST, e + "/sessions", "{\"topic\":\"\"}", null, "D P D P P P P P"),
                row("党纪教育: 学习活动", HttpMethod.GET, e + "/sessions/" + sessionD09, null, null, "O O O O O O O O"),
                row(
                        "党纪教育: 签到",
                        HttpMethod.POST,
                        e + "/sessions/" + sessionD09 + "/sign-in",
                        "{\"code\":\"x\"}",
                        null,
                        "P D P D D D D D"),
                row("党纪教育: 本人记录", HttpMethod.GET, e + "/mine?year=" + EDUCATION_YEAR, null, null, "O O O O O O O O"),
                row(
                        "党纪教育: 单位出勤",
                        HttpMethod.GET,
                        e + "/attendance?year=" + EDUCATION_YEAR,
                        null,
                        null,
                        "O O O O O O O O"),
                row("党纪教育: 台账导出", HttpMethod.GET, e + "/export?year=" + EDUCATION_YEAR, null, null, "D O D O O O O O"),
                row("项目党建: 项目列表", HttpMethod.GET, s + "/projects", null, null, "O O O O O O O O"),
                row("项目党建: 登记项目", HttpMethod.POST, s + "/projects", "{}", null, "D D D P P D P P"),
                row("项目党建: 项目", HttpMethod.GET, s + "/projects/" + site[0], null, null, "O O O O O O O O"),
                row("项目党建: 修改项目", HttpMethod.PUT, s + "/projects/" + site[0], "{}", null, "D D D P P D P P"),
                row(
                        "项目党建: 竣工",
                        HttpMethod.POST,
                        s + "/projects/" + site[0] + "/completion",
                        "{}",
                        null,
                        "D D D P P D P P"),
                row(
                        "项目党建: 项目党员",
                        HttpMethod.PUT,
                        s + "/projects/" + site[0] + "/members",
                        "{\"members\":[{}]}",
                        null,
                        "D D D P P D P P"),
                row("项目党建: 应建未建", HttpMethod.GET, s + "/temporary-branch-gaps", null, null, "O O O O O O O O"),
                row("项目党建: 党组织列表", HttpMethod.GET, s + "/organisations", null, null, "O O O O O O O O"),
                row("项目党建: 登记党组织", HttpMethod.POST, s + "/organisations", "{}", null, "D D D P P D P P"),
                row("项目党建: 党组织", HttpMethod.GET, s + "/organisations/" + site[1], null, null, "O O O O O O O O"),
                row("项目党建: 修改党组织", HttpMethod.PUT, s + "/organisations/" + site[1], "{}", null, "D D D P P D P P"),
                row(
                        "项目党建: 党组织党员",
                        HttpMethod.PUT,
                        s + "/organisations/" + site[1] + "/members",
                        "{\"members\":[{}]}",
                        null,
                        "D P D P P D P P"),
                row("项目党建: 指导组列表", HttpMethod.GET, s + "/service-groups", null, null, "O O O O O O O O"),
                row("项目党建: 登记指导组", HttpMethod.POST, s + "/service-groups", "{}", null, "D D D P P D P P"),
                row("项目党建: 指导组", HttpMethod.GET, s + "/service-groups/999999999", null, null, "P P P P P P P P"),
                row("项目党建: 修改指导组", HttpMethod.PUT, s + "/service-groups/999999999", "{}", null, "D D D P P D P P"),
                row("项目党建: 示范岗列表", HttpMethod.GET, s + "/model-posts", null, null, "O O O O O O O O"),
                row("项目党建: 登记示范岗", HttpMethod.POST, s + "/model-posts", "{}", null, "D D D P P D P P"),
                row("项目党建: 示范岗", HttpMethod.GET, s + "/model-posts/999999999", null, null, "P P P P P P P P"),
                row("项目党建: 修改示范岗", HttpMethod.PUT, s + "/model-posts/999999999", "{}", null, "D D D P P D P P"),
                row("项目党建: 联建协议列表", HttpMethod.GET, s + "/agreements", null, null, "O O O O O O O O"),
                row("项目党建: 提出联建协议", HttpMethod.POST, s + "/agreements", "{}", null, "D P D P P D P P"),
                row("项目党建: 联建协议", HttpMethod.GET, s + "/agreements/999999999", null, null, "P P P P P P P P"),
                row(
                        "项目党建: 联建活动",
                        HttpMethod.GET,
                        s + "/agreements/999999999/activities",
                        null,
                        null,
                        "P P P P P P P P"),
                row(
                        "项目党建: 记录联建活动",
                        HttpMethod.POST,
                        s + "/agreements/999999999/activities",
                        "{}",
                        null,
                        "P P P P P P P P"),
                row("项目党建: 数字", HttpMethod.GET, s + "/figures", null, null, "O O O O O O O O"),
                row("项目党建: 台账导出", HttpMethod.GET, s + "/export?year=" + RISK_YEAR, null, null, "D D D O O D O O"),
                row("项目党建: 导入", HttpMethod.POST, s + "/import", file("项目.txt"), null, "D D D D D D P P"),
                row("制度汇编: 制度目录", HttpMethod.GET, g, null, null, "O O O O O O O O"),
                row("制度汇编: 登记制度", HttpMethod.POST, g, "{}", null, "D D D P P D P P"),
                row("制度汇编: 制度全文", HttpMethod.GET, g + "/" + reg[0], null, null, "O O O O O O O O"),
                row("制度汇编: 修改制度", HttpMethod.PUT, g + "/" + reg[0], "{}", null, "D D D P P D P P"),
                row("制度汇编: 修订废止", HttpMethod.POST, g + "/" + reg[0] + "/status", "{}", null, "D D D P P D P P"),
                row("制度汇编: 上传原件", HttpMethod.POST, g + "/" + reg[0] + "/file", file("制度.pdf"), null, "D D D P P D P P"),
                row("制度汇编: 下载原件", HttpMethod.GET, g + "/" + reg[0] + "/file", null, null, "O O O O O O O O"),
                row("制度汇编: 汇编列表", HttpMethod.GET, g + "/compilations", null, null, "O O O O O O O O"),
                row("制度汇编: 编排汇编", HttpMethod.POST, g + "/compilations", "{}", null, "D D D P P D P P"),
                row("制度汇编: 已发布汇编", HttpMethod.GET, g + "/compilations/" + reg[1], null, null, "O O O O O O O O"),
                row("制度汇编: 汇编草稿", HttpMethod.GET, g + "/compilations/" + reg[2], null, null, "D D D O O D O O"),
                row("制度汇编: 修改汇编", HttpMethod.PUT, g + "/compilations/" + reg[1], "{}", null, "D D D P P D P P"),
                row(
                        "制度汇编: 发布汇编",
                        HttpMethod.POST,
                        g + "/compilations/" + reg[2] + "/publish",
                        "{\"unitIds\":[\"no-such-unit\"]}",
                        null,
                        "D D D P P D P P"),
                row(
                        "制度汇编: 汇编 PDF",
                        HttpMethod.GET,
                        g + "/compilations/" + reg[1] + "/pdf",
                        null,
                        null,
                        "O O O O O O O O"),
                row(
                        "制度汇编: 确认学习",
                        HttpMethod.POST,
                        g + "/compilations/" + reg[1] + "/studied",
                        "",
                        null,
                        "O O O O O O O D"),
                row(
                        "制度汇编: 学习覆盖",
                        HttpMethod.GET,
                        g + "/compilations/" + reg[1] + "/coverage",
                        null,
                        null,
                        "D D D O O D O O"),
                row(
                        "制度汇编: 立改废列表",
                        HttpMethod.GET,
                        g + "/reviews?year=" + RISK_YEAR,
                        null,
                        "\"ownerId\":\"head-d07\"",
                        "S S S O O S O O"),
                row("制度汇编: 确定立改废", HttpMethod.POST, g + "/reviews", "{}", null, "D D D P P D P P"),
                row("制度汇编: 立改废事项", HttpMethod.GET, g + "/reviews/" + reg[3], null, null, "D D O O O D O O"),
                row("制度汇编: 修改立改废", HttpMethod.PUT, g + "/reviews/" + reg[3], "{}", null, "D D D P P D P P"),
                row("制度汇编: 办结立改废", HttpMethod.POST, g + "/reviews/" + reg[3] + "/done", "{}", null, "D D P D D D D P"),
                row("制度汇编: 台账导出", HttpMethod.GET, g + "/export?year=" + RISK_YEAR, null, null, "D D D O O D O O"),
                row("党建报表", HttpMethod.GET, "/api/dashboard?year=" + LETTER_YEAR, null, null, "D D D O O D O O"),
                row("履责纪实: 党员本人", HttpMethod.GET, "/api/audit/people/" + member, null, null, "O D D D D D O O"),
                row(
                        "履责纪实: 业务编号",
                        HttpMethod.GET,
                        "/api/audit/business-keys/letter-" + LETTER_YEAR,
                        null,
                        null,
                        "D D D D D D O O"),
                row("审批: 待办", HttpMethod.GET, "/api/tasks/todo", null, task, "O S S S S S S S"),
                row("审批: 已办", HttpMethod.GET, "/api/tasks/done", null, null, "O O O O O O O O"),
                row("审批: 我发起的", HttpMethod.GET, "/api/tasks/started", null, approvalInstance, "S O S S S S S S"),
                row("审批: 抄送我的", HttpMethod.GET, "/api/tasks/copied", null, null, "O O O O O O O O"),
                row("审批: 任务", HttpMethod.GET, "/api/tasks/" + task, null, null, "O O D D D D O O"),
                row(
                        "审批: 审批记录",
                        HttpMethod.GET,
                        "/api/tasks/processes/" + approvalInstance + "/timeline",
                        null,
                        null,
                        "O O D D D D O O"),
                row(
                        "审批: 退回",
                        HttpMethod.POST,
                        "/api/tasks/" + task + "/return",
                        "{\"targetStep\":\"userTask_none\",\"reason\":\"测试\"}",
                        null,
                        "P D D D D D D D"),
                row(
                        "审批: 转办",
                        HttpMethod.POST,
                        "/api/tasks/" + task + "/transfer",
                        "{\"to\":\"\"}",
                        null,
                        "P D D D D D D D"),
                row(
                        "审批: 委派",
                        HttpMethod.POST,
                        "/api/tasks/" + task + "/delegate",
                        "{\"to\":\"\"}",
                        null,
                        "P D D D D D D D"),
                row("审批: 办结", HttpMethod.POST, "/api/tasks/" + task + "/resolve", "{}", null, "P D D D D D D D"),
                row(
                        "审批: 加签",
                        HttpMethod.POST,
                        "/api/tasks/" + task + "/signers",
                        "{\"to\":\"\"}",
                        null,
                        "P D D D D D D D"),
                row("审批: 催办", HttpMethod.POST, "/api/tasks/" + task + "/urge", "{}", null, "P P D D D D P P"),
                row(
                        "审批: 抄送",
                        HttpMethod.POST,
                        "/api/tasks/processes/" + approvalInstance + "/copies",
                        "{\"to\":[]}",
                        null,
                        "P P D D D D P P"),
                row(
                        "审批: 撤回",
                        HttpMethod.POST,
                        "/api/tasks/processes/" + approvalInstance + "/withdraw",
                        "{}",
                        null,
                        "D P D D D D D D"),
                row("消息: 我的消息", HttpMethod.GET, "/api/notices/mine", null, null, "O O O O O O O O"),
                row("消息: 标为已读（他人的）", HttpMethod.POST, "/api/notices/999999999/read", "", null, "P P P P P P P P"),
                row("消息: 我的通知设置", HttpMethod.GET, "/api/notices/settings", null, null, "O O O O O O O O"),
                row("消息: 默认通知设置", HttpMethod.GET, "/api/notices/settings/defaults", null, null, "D D D D D D O O"),
                row("消息: 发送记录", HttpMethod.GET, "/api/notices?person=" + member, null, null, "D D D D D D O O"),
                row("消息: 失败重发", HttpMethod.POST, "/api/notices/deliveries/resend-failed", "", null, "D D D D D D P P"),
                row(
                        "引擎: 他人任务列表",
                        HttpMethod.GET,
                        "/engine-rest/task?processInstanceId=" + approvalInstance,
                        null,
                        task,
                        "O S S S S S S O"),
                row(
                        "引擎: 组任务列表",
                        HttpMethod.GET,
                        "/engine-rest/task?processInstanceBusinessKey=task-list-" + TASK_LIST_YEAR,
                        null,
                        groupTask,
                        "S S S S S S O O"),
                row("引擎: 任务", HttpMethod.GET, "/engine-rest/task/" + task, null, null, "O H H H H H H O"),
                row("引擎: 组任务", HttpMethod.GET, "/engine-rest/task/" + groupTask, null, null, "H H H H H H O O"),
                row(
                        "引擎: 流程变量",
                        HttpMethod.GET,
                        "/engine-rest/variable-instance?processInstanceIdIn=" + approvalInstance,
                        null,
                        member,
                        "S S S S S S S O"),
                row(
                        "引擎: 流程实例",
                        HttpMethod.GET,
                        "/engine-rest/process-instance?processInstanceIds=" + approvalInstance,
                        null,
                        approvalInstance,
                        "S S S S S S S O"),
                row("廉政谈话: 拟定", HttpMethod.POST, it, "{\"talkKind\":\"谈心\"}", null, "D D D P P P P D"),
                row("廉政谈话: 台账列表", HttpMethod.GET, it + "?unit=d09", null, TALK_RECORD, "D D D S S S S S"),
                row("廉政谈话: 本人谈话", HttpMethod.GET, it + "/mine", null, TALK_RECORD, "S S S S S S S S"),
                row("廉政谈话: 谈话内容", HttpMethod.GET, it + "/" + talk[0], null, TALK_RECORD, "O D D S S O S O"),
                row("廉政谈话: 统计", HttpMethod.GET, it + "/figures?year=" + talk[3], null, TALK_RECORD, "D D D S S S S S"),
                row("廉政谈话: 台账导出", HttpMethod.GET, it + "/export?year=" + talk[3], null, null, "D D D O O O O O"),
                row(
                        "廉政谈话: 确认任务变量",
                        HttpMethod.GET,
                        "/engine-rest/task/" + talk[2] + "/variables",
                        null,
                        null,
                        "O H H H H H H O"),
                row(
                        "廉政谈话: 历史变量",
                        HttpMethod.GET,
                        "/engine-rest/history/variable-instance?processInstanceId=" + talk[1],
                        null,
                        TALK_RECORD,
                        "S S S S S S S S"),
                row(
                        "廉政谈话: 审批记录",
                        HttpMethod.GET,
                        "/api/tasks/processes/" + talk[1] + "/timeline",
                        null,
                        TALK_RECORD,
                        "S D D D D D S S"),
                row(
                        "引擎: 直接发起查改剖",
                        HttpMethod.POST,
                        "/engine-rest/process-definition/key/" + SelfReviewProcess.CAMPAIGN_KEY + "/start",
                        "{\"variables\":{\"campaignId\":{\"value\":1}}}",
                        null,
                        "D D D D D D D D"),
                row(
                        "引擎: 直接发起责任书签订",
                        HttpMethod.POST,
                        "/engine-rest/engine/default/process-definition/key/" + LetterProcess.PAIR_KEY + "/submit-form",
                        "{\"variables\":{}}",
                        null,
                        "D D D D D D D D"),
                row(
                        "引擎: 改本人姓名",
                        HttpMethod.PUT,
                        "/engine-rest/user/" + member + "/profile",
                        "{\"id\":\"" + member + "\",\"firstName\":\"张建国（党组书记）\",\"lastName\":\"\"}",
                        null,
                        "D D D D D D D D"),
                row(
                        "引擎: 改派任务",
                        HttpMethod.POST,
                        "/engine-rest/task/" + task + "/assignee",
                        "{\"userId\":\"" + member + "\"}",
                        null,
                        "H H H H H H H P"),
                row(
                        "引擎: 办理组任务",
                        HttpMethod.POST,
                        "/engine-rest/task/" + groupTask + "/complete",
                        "{}",
                        null,
                        "H H H H H H P P"),
                row(
                        "引擎: 办理他人任务",
                        HttpMethod.POST,
                        "/engine-rest/task/" + task + "/complete",
                        "{}",
                        null,
                        "- H H H H H H -"),
                row(
                        "引擎: 办理本人任务",
                        HttpMethod.POST,
                        "/engine-rest/task/" + task + "/complete",
                        "{}",
                        null,
                        "O - - - - - - -"));

        List<Cell> cells = new ArrayList<>();
        for (Row row : rows) {
            String[] expected = row.cells().split(" ");
            assertThat(expected).as(row.name()).hasSize(users.length);
            for (int i = 0; i < users.length; i++) {
                if (expected[i].equals("-")) {
                    continue;
                }
                ResponseEntity<String> response = call(users[i], row);
                cells.add(new Cell(
                        row.name(),
                        ROLES[i],
                        users[i],
                        expected[i].charAt(0),
                        response.getStatusCode().value(),
                        problem(expected[i].charAt(0), response, row.foreign())));
            }
        }

        List<Cell> wrong = cells.stream().filter(cell -> cell.problem() != null).toList();
        long leaks = wrong.stream()
                .filter(cell -> cell.expected() == 'D' || cell.expected() == 'H' || cell.expected() == 'S')
                .count();
        log.info(
                "Authorization matrix: {} rows × {} roles, {} cells checked, {} leaks, {} other mismatches\n{}",
                rows.size(),
                users.length,
                cells.size(),
                leaks,
                wrong.size() - leaks,
                summary(rows, cells));
        assertThat(wrong).as("cells that differ from the design").isEmpty();
    }

    private static Row row(String name, HttpMethod method, String path, Object body, String foreign, String cells) {
        return new Row(name, method, path, body, foreign, cells);
    }

    private ResponseEntity<String> call(String user, Row row) {
        HttpHeaders headers = new HttpHeaders();
        Object body = row.body();
        if (body instanceof String) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        } else if (body instanceof MultiValueMap) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        }
        return as(user).exchange(row.path(), row.method(), new HttpEntity<>(body, headers), String.class);
    }

    /** Why a response is not what the cell expects, or null when it is. */
    private static String problem(char expected, ResponseEntity<String> response, String foreign) {
        int status = response.getStatusCode().value();
        String body = response.getBody() == null
                ? ""
                : new String(response.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return switch (expected) {
            case 'O' -> response.getStatusCode().is2xxSuccessful() ? null : "expected 2xx, got " + status;
            case 'P' ->
                status == 401 || status == 403 || status >= 500
                        ? "expected the access check to pass, got " + status
                        : null;
            case 'S' ->
                !response.getStatusCode().is2xxSuccessful()
                        ? "expected 2xx, got " + status
                        : foreign != null && body.contains(foreign) ? "shows someone else's: " + foreign : null;
            case 'D' ->
                status != 403
                        ? "expected 403, got " + status
                        : !body.contains("\"code\":\"forbidden\"") || !body.matches("(?s).*\\p{IsHan}.*")
                                ? "403 without a Chinese problem+json"
                                : null;
            case 'H' -> status == 403 || status == 404 ? null : "expected 403 or 404, got " + status;
            default -> "unknown cell " + expected;
        };
    }

    private static String summary(List<Row> rows, List<Cell> cells) {
        StringBuilder out = new StringBuilder(String.format("%-18s", "endpoint \\ role"));
        for (String role : ROLES) {
            out.append(String.format("%-7s", role));
        }
        out.append('\n');
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        cells.forEach(cell ->
                byRow.computeIfAbsent(cell.row(), k -> new ArrayList<>()).add(cell));
        for (Row row : rows) {
            out.append(String.format("%-18s", row.name()));
            for (String role : ROLES) {
                String shown = byRow.get(row.name()).stream()
                        .filter(cell -> cell.role().equals(role))
                        .findFirst()
                        .map(cell -> cell.expected() + ":" + cell.status() + (cell.problem() == null ? "" : "!"))
                        .orElse("-");
                out.append(String.format("%-9s", shown));
            }
            out.append('\n');
        }
        cells.stream()
                .filter(cell -> cell.problem() != null)
                .forEach(cell -> out.append("  ! ")
                        .append(cell.row())
                        .append(" as ")
                        .append(cell.role())
                        .append(" (")
                        .append(cell.user())
                        .append("): ")
                        .append(cell.problem())
                        .append('\n'));
        return out.toString();
    }

    private static MultiValueMap<String, Object> file(String name) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource("%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return parts;
    }

    /** The 2090 letter: approved by the secretary; leader3 has signed with an opinion, the others not yet. */
    private void letterSignedByLeader3() {
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":" + LETTER_YEAR + "}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-" + LETTER_YEAR)
                .singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approved", true));
        runAsyncJobs(approve.getProcessInstanceId());
        Task prepare = engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-" + LETTER_YEAR)
                .taskDefinitionKey(LetterProcess.TASK_PREPARE)
                .list()
                .stream()
                .filter(task ->
                        "leader3".equals(engine.getTaskService().getVariable(task.getId(), LetterProcess.VAR_SIGNER)))
                .findFirst()
                .orElseThrow();
        engine.getTaskService().complete(prepare.getId(), Map.of());
        assertThat(postJson(
                                as("leader3"),
                                "/api/letters/" + LETTER_YEAR + "/signatures/leader3/sign",
                                "{\"opinion\":\"" + SIGNED_OPINION + "\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** The 2091 task list, returned by the secretary: a revision task offered to the Party office's group. */
    private String taskListReturnedToTheOffice() throws Exception {
        String body = json.writeValueAsString(Map.of(
                "year",
                TASK_LIST_YEAR,
                "title",
                TASK_LIST_YEAR + "年度清廉机关建设任务清单",
                "signOffDue",
                LocalDate.now().plusDays(10).toString(),
                "reportCycle",
                "P1M",
                "tasks",
                List.of(Map.of(
                        "itemNo",
                        1,
                        "content",
                        "规范工程建设项目招投标监管",
                        "sourceList",
                        "廉政风险问题清单",
                        "responsibility",
                        "主体责任",
                        "leadUnit",
                        "d09",
                        "leader",
                        "leader4",
                        "deadline",
                        LocalDate.now().plusMonths(6).toString()))));
        assertThat(postJson(as("office1"), "/api/task-lists", body).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String key = "task-list-" + TASK_LIST_YEAR;
        Task approval = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(key)
                .singleResult();
        engine.getTaskService().complete(approval.getId(), Map.of("approved", false, "opinion", "请补充配合单位"));
        Task revise = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(key)
                .singleResult();
        assertThat(revise.getAssignee()).isNull();
        return revise.getId();
    }

    private Map<String, Object> campaignRequest(String slug) {
        LocalDate today = LocalDate.now();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", CAMPAIGN_YEAR + "年度查改剖专项自查（权限测试）");
        request.put("year", CAMPAIGN_YEAR);
        request.put("slug", slug);
        request.put("unitIds", List.of("d09"));
        request.put("checkDue", today.plusDays(7).toString());
        request.put("correctDue", today.plusDays(14).toString());
        request.put("analyseDue", today.plusDays(21).toString());
        request.put("reviewDue", today.plusDays(28).toString());
        request.put("minAnalysisLength", 30);
        request.put("spotCheckRate", 0.0);
        return request;
    }

    /** A 查改剖 campaign over d09 (its head and members), fanned out as the job executor would. */
    private JsonNode campaignOverD09() throws Exception {
        ResponseEntity<String> launched = postJson(
                as("office1"), "/api/self-review/campaigns", json.writeValueAsString(campaignRequest(CAMPAIGN_SLUG)));
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode campaign = json.readTree(launched.getBody()).path("campaign");
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SelfReviewProcess.CAMPAIGN_KEY)
                .processInstanceBusinessKey(campaign.path("businessKey").asText())
                .singleResult();
        runAsyncJobs(instance.getId());
        return campaign;
    }

    private long engineReview(long campaignId, String member) throws Exception {
        JsonNode review = json.readTree(as("office1")
                .getForObject("/api/self-review/campaigns/" + campaignId + "/reviews/" + member, String.class));
        return review.path("review").path("id").asLong();
    }

    private long riskPoint(String registrant, String unitId, String description) throws Exception {
        String body = json.writeValueAsString(Map.of(
                "unitId",
                unitId,
                "post",
                "处长",
                "category",
                "BUSINESS_PROCESS",
                "description",
                description,
                "likelihood",
                2,
                "impact",
                3,
                "year",
                RISK_YEAR));
        ResponseEntity<String> created = postJson(as(registrant), "/api/risk-points", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("point").path("id").asLong();
    }

    /**
     * A 任前廉政谈话 of the member, planned by office1, approved and held by leader4 (who supervises d09) with
     * office2 recording, waiting for the member to confirm the record: returns its id, instance, the open
     * confirmation task and the year.
     */
    private String[] talkHeldWith(String member) throws Exception {
        String plan = "{\"talkKind\":\"PRE_APPOINTMENT\",\"personIds\":[\"" + member + "\"],"
                + "\"reason\":\"AUTHZ 拟任科长\",\"proposedTalker\":\"leader4\"}";
        ResponseEntity<String> created = postJson(as("office1"), "/api/integrity-talks", plan);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode talk = json.readTree(created.getBody()).path("talk");
        String instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(talk.path("businessKey").asText())
                .singleResult()
                .getId();
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approval", "approve"));
        Task hold = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        engine.getTaskService()
                .complete(
                        hold.getId(),
                        Map.of(
                                "talkDate",
                                LocalDate.ofInstant(ClockUtil.now().toInstant(), java.time.ZoneId.of("Asia/Shanghai"))
                                        .toString(),
                                "place",
                                "谈话室",
                                "recorder",
                                "office2",
                                "record",
                                TALK_RECORD));
        Task confirm = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult();
        return new String[] {
            talk.path("id").asText(),
            instance,
            confirm.getId(),
            talk.path("year").asText()
        };
    }

    /** A 项目党建 project with a Party organisation whose secretary is bs-b3: returns their ids. */
    /** A 廉政教育课 for d09 set by the office: d09's member and head are expected, the others are not. */
    private long educationSessionForD09() throws Exception {
        String body = json.writeValueAsString(Map.of(
                "kind",
                "LECTURE",
                "topic",
                "AUTHZ-2097 廉政教育课",
                "startsAt",
                EDUCATION_YEAR + "-03-01T09:00",
                "endsAt",
                EDUCATION_YEAR + "-03-01T11:00",
                "expectedUnits",
                List.of("d09")));
        ResponseEntity<String> created = postJson(as("office1"), "/api/education/sessions", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("session").path("id").asLong();
    }

    /** A 书记领办项目 of the secretary's unit, waiting for the office's check. */
    private long secretaryProject(String secretary, String title) throws Exception {
        String body = json.writeValueAsString(Map.of(
                "title", title,
                "problem", "权限测试",
                "businessWork", "权限测试",
                "goals", "权限测试",
                "measures", "权限测试",
                "expectedResults", "权限测试",
                "milestones", List.of(Map.of("title", "节点", "dueDate", PROJECT_YEAR + "-06-30")),
                "year", PROJECT_YEAR));
        ResponseEntity<String> created = postJson(as(secretary), "/api/secretary-projects", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("project").path("id").asLong();
    }

    private long[] siteProjectKeptByBs3() throws Exception {
        String project = "{\"name\":\"AUTHZ-2093 项目党建权限测试工程\",\"projectType\":\"房建\",\"startDate\":\"2026-01-01\","
                + "\"plannedEndDate\":\"2027-12-31\"}";
        ResponseEntity<String> created = postJson(as("office1"), "/api/site-building/projects", project);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        long projectId = json.readTree(created.getBody()).path("id").asLong();
        String org = "{\"projectId\":" + projectId + ",\"kind\":\"临时党支部\",\"name\":\"AUTHZ-2093 项目临时党支部\","
                + "\"secretaryId\":\"bs-b3\"}";
        ResponseEntity<String> organisation = postJson(as("office1"), "/api/site-building/organisations", org);
        assertThat(organisation.getStatusCode()).as(organisation.getBody()).isEqualTo(HttpStatus.CREATED);
        return new long[] {
            projectId, json.readTree(organisation.getBody()).path("id").asLong()
        };
    }

    /**
     * 制度汇编 of 2093: a regulation with its original, a published compilation of it, a draft, and two
     * 立改废 items, one owned by head-d09 and one by head-d07: returns their ids in that order.
     */
    private long[] regulationsOf2093() throws Exception {
        String body = json.writeValueAsString(Map.of(
                "title", "AUTHZ-2093 制度汇编权限测试规定",
                "docNumber", "AUTHZ〔2093〕1号",
                "issuer", "机关党委",
                "level", "委内",
                "category", "综合",
                "issuedOn", "2093-01-01",
                "text", "第一条 权限测试。"));
        ResponseEntity<String> created = postJson(as("office1"), "/api/regulations", body);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        long regulation = json.readTree(created.getBody()).path("id").asLong();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(as("office1")
                        .exchange(
                                "/api/regulations/" + regulation + "/file",
                                HttpMethod.POST,
                                new HttpEntity<>(file("原件.pdf"), headers),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long[] compilations = new long[2];
        for (int i = 0; i < 2; i++) {
            String compilation = json.writeValueAsString(Map.of(
                    "year",
                    RISK_YEAR,
                    "title",
                    "AUTHZ-2093 制度汇编" + (i == 0 ? "（发布）" : "（草稿）"),
                    "issuer",
                    "机关党委",
                    "chapters",
                    List.of(Map.of("title", "综合", "regulationIds", List.of(regulation)))));
            ResponseEntity<String> saved = postJson(as("office1"), "/api/regulations/compilations", compilation);
            assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.CREATED);
            compilations[i] = json.readTree(saved.getBody())
                    .path("compilation")
                    .path("id")
                    .asLong();
        }
        assertThat(postJson(as("office1"), "/api/regulations/compilations/" + compilations[0] + "/publish", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long[] reviews = new long[2];
        String[] owners = {"head-d09", "head-d07"};
        for (int i = 0; i < 2; i++) {
            String second = i == 0 ? body : body.replace("AUTHZ〔2093〕1号", "AUTHZ〔2093〕2号");
            long subject = i == 0
                    ? regulation
                    : json.readTree(postJson(as("office1"), "/api/regulations", second)
                                    .getBody())
                            .path("id")
                            .asLong();
            String review = json.writeValueAsString(Map.of(
                    "year",
                    RISK_YEAR,
                    "regulationId",
                    subject,
                    "action",
                    "修订",
                    "dueDate",
                    "2093-06-30",
                    "ownerId",
                    owners[i]));
            ResponseEntity<String> saved = postJson(as("office1"), "/api/regulations/reviews", review);
            assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.CREATED);
            reviews[i] = json.readTree(saved.getBody()).path("id").asLong();
        }
        return new long[] {regulation, compilations[0], compilations[1], reviews[0], reviews[1]};
    }

    /** Sets the point's measures as its head would in Tasklist; returns the one measure's id. */
    private long measureOwnedBy(long pointId, String owner) throws Exception {
        Task set = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(RiskProcess.BUSINESS_KEY_PREFIX + pointId)
                .taskDefinitionKey(RiskProcess.TASK_SET_MEASURES)
                .singleResult();
        String measures = "[{\"content\":\"拨付前双人复核\",\"ownerId\":\"" + owner + "\",\"dueDate\":\""
                + LocalDate.ofInstant(ClockUtil.now().toInstant(), java.time.ZoneId.of("Asia/Shanghai"))
                        .plusMonths(1) + "\"}]";
        engine.getTaskService()
                .complete(
                        set.getId(),
                        Variables.createVariables()
                                .putValueTyped(
                                        RiskProcess.VAR_MEASURES,
                                        SpinValues.jsonValue(measures).create()));
        JsonNode detail = json.readTree(as("office1").getForObject("/api/risk-points/" + pointId, String.class));
        return detail.path("measures").get(0).path("id").asLong();
    }
}
