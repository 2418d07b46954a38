package cn.qinglian.workflow.secretaryproject;

import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.START;
import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.proposal;
import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.report;
import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.review;
import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.scores;
import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.today;
import static cn.qinglian.workflow.secretaryproject.ProjectFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Notice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/secretary-project.bpmn, with the ledger checked at each step. */
class SecretaryProjectProcessTest extends IntegrationTest {

    /** The secretary of an affiliated unit: its 分管 leader approves for the 党组. */
    private static final String PROPOSER = "bs-a02";

    private static final String UNIT = "a02";
    private static final String OFFICE = "office1";
    private static final CurrentUser ADMIN = user("demo", "camunda-admin");

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectQueries ledger;

    @Autowired
    AuditService audit;

    @Autowired
    OrgService org;

    @Autowired
    ReportChaser chaser;

    private String member;

    @BeforeEach
    void startOfTheYear() {
        today(START);
        member = org.organisation().membersOf(UNIT).stream()
                .filter(p -> p.roles().size() == 1 && p.has(Role.PARTY_MEMBER))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void returnedByOfficeAndPartyGroupThenReportedConcludedScoredAndMadeADemonstration() {
        Project project = projects.propose(
                proposal("党建引领道路建设", List.of(member), START.plusMonths(2), START.plusMonths(6)), user(PROPOSER));
        ProcessInstance instance = instance(project);
        assertThat(project.status()).isEqualTo(ProjectStatus.REVIEWING);
        assertThat(instance)
                .isWaitingAt(ProjectProcess.TASK_OFFICE_CHECK)
                .task()
                .hasCandidateGroup("role-party-office");
        assertThat(task(instance).getName()).contains(project.title());

        completeAs(OFFICE, instance, review(false, "目标请量化到工地数量"));
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REVISE).task().isAssignedTo(PROPOSER);
        assertThat(task(instance).getName()).startsWith("【已退回】修改项目");
        assertThat(status(project)).isEqualTo(ProjectStatus.RETURNED);
        // The form opens with the proposal as it stands: a revision sends only what changed.
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProjectProcess.VAR_TITLE))
                .isEqualTo(project.title());
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProjectProcess.teamMember(1)))
                .asString()
                .endsWith("（" + member + "）");
        String revisedTitle = project.title() + "（修改）";
        completeAs(PROPOSER, instance, Map.of(ProjectProcess.VAR_TITLE, revisedTitle));
        assertThat(ledger.project(project.id()).title()).isEqualTo(revisedTitle);
        assertThat(ledger.describe(ledger.project(project.id())).milestones()).hasSize(2);
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .containsEntry(ProjectProcess.VAR_TITLE, revisedTitle)
                .doesNotContainKeys(ProjectProcess.VAR_PROBLEM, ProjectProcess.milestoneTitle(1));

        // The second check opens empty, not with the first one's 退回.
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProjectProcess.VAR_APPROVED))
                .isNull();
        completeAs(OFFICE, instance, review(true, null));
        String approver = supervisorOf(UNIT);
        assertThat(instance)
                .isWaitingAt(ProjectProcess.TASK_PARTY_GROUP_APPROVAL)
                .task()
                .isAssignedTo(approver);
        completeAs(approver, instance, review(false, "举措要与工程节点挂钩"));
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REVISE);
        completeAs(PROPOSER, instance, Map.of());
        completeAs(OFFICE, instance, review(true, null));
        completeAs(approver, instance, review(true, "同意立项"));

        assertThat(status(project)).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REPORT).task().isAssignedTo(PROPOSER);
        completeAs(PROPOSER, instance, report(1, true, 40, "5 个工地临时党支部全部建立", false));
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REPORT);
        completeAs(PROPOSER, instance, report(2, true, 100, "先锋岗 32 个，工程按期完工", true));

        assertThat(instance).isWaitingAt(ProjectProcess.TASK_SELF_ASSESS).task().isAssignedTo(PROPOSER);
        ProjectDetail reported = ledger.describe(ledger.project(project.id()));
        assertThat(reported.project().progressPercent()).isEqualTo(100);
        assertThat(reported.reports())
                .extracting(ProjectRecords.Report::progressPercent)
                .containsExactly(40, 100);
        assertThat(reported.milestones()).allSatisfy(m -> assertThat(m.doneAt()).isNotNull());
        completeAs(PROPOSER, instance, Map.of(ProjectProcess.VAR_SELF_ASSESSMENT, "目标全部完成，形成工作法一套"));
        assertThat(status(project)).isEqualTo(ProjectStatus.CONCLUDING);

        assertThat(instance).isWaitingAt(ProjectProcess.TASK_NAME_PANEL).task().hasCandidateGroup("role-party-office");
        completeAs(
                OFFICE,
                instance,
                Map.of(ProjectProcess.judgeSlot(1), "王五（office2）", ProjectProcess.judgeSlot(2), "head-d01"));
        List<Task> scoring = tasks(instance, ProjectProcess.TASK_SCORE);
        assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder("office2", "head-d01");
        engine.getTaskService().complete(byAssignee(scoring, "office2").getId(), scores(24, 24, 28, 18));
        engine.getTaskService().complete(byAssignee(scoring, "head-d01").getId(), scores(23, 22, 27, 19));

        assertThat(instance).isWaitingAt(ProjectProcess.TASK_CONFIRM_GRADE);
        assertThat(engine.getTaskService()
                        .getVariableLocal(task(instance).getId(), ProjectTaskPresentation.VAR_SCORE_FACTS))
                .asString()
                .contains("92.5", "优秀");
        completeAs(OFFICE, instance, Map.of(ProjectProcess.VAR_DEMONSTRATION, true));

        assertThat(instance).isEnded().hasPassed(ProjectProcess.END_CONCLUDED);
        Project concluded = ledger.project(project.id());
        assertThat(concluded.status()).isEqualTo(ProjectStatus.CONCLUDED);
        assertThat(concluded.meanScore()).isEqualByComparingTo(new BigDecimal("92.5"));
        assertThat(concluded.grade()).isEqualTo(ProjectGrade.EXCELLENT);
        assertThat(concluded.demonstration()).isTrue();
        assertThat(audit.forBusinessKey(project.businessKey()))
                .extracting(AuditRecord::outcome)
                .containsExactly(
                        "project-proposed",
                        "returned",
                        "revised",
                        "approved",
                        "returned",
                        "revised",
                        "approved",
                        "approved",
                        "project-reported",
                        "project-reported",
                        "project-self-assessed",
                        "project-panel-named",
                        "project-scored",
                        "project-scored",
                        "project-graded");
        // What the forms carried lives in the ledger, not in the engine's history.
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableNameIn(
                                ProjectProcess.VAR_PROBLEM,
                                ProjectProcess.VAR_PROGRESS,
                                ProjectProcess.VAR_SCORE_TOPIC,
                                ProjectProcess.VAR_SELF_ASSESSMENT)
                        .count())
                .isZero();
    }

    @Test
    void aProposerWhoGivesUpAfterAReturnWithdrawsTheProject() {
        int proposedBefore = ledger.figures(START.getYear()).total().proposed();
        Project project = projects.propose(proposal("工地夜校", List.of(), START.plusMonths(3)), user(PROPOSER));
        ProcessInstance instance = instance(project);
        assertThat(ledger.figures(START.getYear()).total().proposed()).isEqualTo(proposedBefore + 1);
        completeAs(OFFICE, instance, review(false, "与去年项目重复"));
        completeAs(PROPOSER, instance, Map.of(ProjectProcess.VAR_WITHDRAWN, true));

        assertThat(instance).isEnded().hasPassed(ProjectProcess.END_WITHDRAWN);
        assertThat(status(project)).isEqualTo(ProjectStatus.WITHDRAWN);
        assertThat(ledger.figures(START.getYear()).total().proposed()).isEqualTo(proposedBefore);
    }

    @Test
    void theYearEndTimerStartsTheConclusionOfAProjectStillBeingReportedOn() {
        ProcessInstance instance =
                approved(projects.propose(proposal("红色工地", List.of(), START.plusMonths(3)), user(PROPOSER)));
        Job yearEnd = job(instance, ProjectProcess.TIMER_YEAR_END);
        assertThat(yearEnd.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-12-01T01:00:00Z"));

        engine.getManagementService().executeJob(yearEnd.getId());
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_SELF_ASSESS).task().isAssignedTo(PROPOSER);
        assertThat(instance).hasNotPassed(ProjectProcess.TASK_CHASE_REPORTS);
    }

    @Test
    void missedMilestoneAndQuarterRemindTheProposerThenTellTheSupervisingLeaderOnce() {
        today(LocalDate.of(2027, 1, 5));
        Project project = projects.propose(proposal("智慧工地党建", List.of(), LocalDate.of(2027, 3, 28)), user(PROPOSER));
        ProcessInstance instance = approved(project);
        String approver = supervisorOf(UNIT);

        today(LocalDate.of(2027, 3, 29));
        chase(instance);
        assertThat(notices(project))
                .extracting(Notice::kind, Notice::recipientId)
                .containsExactly(tuple(ReportChaser.REMINDER, PROPOSER));

        today(LocalDate.of(2027, 4, 3));
        chase(instance);
        assertThat(notices(project))
                .extracting(Notice::kind, Notice::subject)
                .containsExactly(
                        tuple(ReportChaser.REMINDER, "m:" + milestoneId(project, 1)),
                        tuple(ReportChaser.REMINDER, "q:2027Q1"));

        today(LocalDate.of(2027, 4, 12));
        chase(instance);
        chase(instance);
        assertThat(notices(project))
                .extracting(Notice::kind, Notice::recipientId)
                .containsExactly(
                        tuple(ReportChaser.REMINDER, PROPOSER),
                        tuple(ReportChaser.REMINDER, PROPOSER),
                        tuple(ReportChaser.ESCALATION, approver),
                        tuple(ReportChaser.ESCALATION, approver));
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REPORT);
        assertThat(audit.forBusinessKey(project.businessKey()))
                .extracting(AuditRecord::outcome)
                .contains("reminder:" + PROPOSER, "project-escalation:" + approver);

        // A report in the new quarter for the milestone leaves nothing missed for the next look.
        completeAs(PROPOSER, instance, report(1, true, 30, "节点一已完成", false));
        assertThat(chaser.missed(ledger.project(project.id()), LocalDate.of(2027, 4, 20)))
                .extracting(ReportChaser.Missed::subject)
                .containsExactly("q:2027Q1");
    }

    @Test
    void onlyTheNamedJudgesScoreEachOnceAndOnlyAnExcellentProjectBecomesADemonstration() {
        Project project = projects.propose(proposal("党员先锋岗", List.of(member), START.plusMonths(3)), user(PROPOSER));
        ProcessInstance instance = approved(project);
        completeAs(PROPOSER, instance, report(1, true, 100, "完成", true));
        completeAs(PROPOSER, instance, Map.of(ProjectProcess.VAR_SELF_ASSESSMENT, "完成"));

        Task panel = task(instance);
        assertThatThrownBy(() -> completeAs(OFFICE, instance, Map.of(ProjectProcess.judgeSlot(1), "office2")))
                .hasMessageContaining("评审组至少 2 人");
        assertThatThrownBy(() -> completeAs(
                        OFFICE,
                        instance,
                        Map.of(ProjectProcess.judgeSlot(1), PROPOSER, ProjectProcess.judgeSlot(2), member)))
                .hasMessageContaining("项目领办人和项目组成员不能担任评审人");
        assertThatThrownBy(() -> completeAs(
                        OFFICE,
                        instance,
                        Map.of(ProjectProcess.judgeSlot(1), "office2", ProjectProcess.judgeSlot(2), "nobody-x")))
                .hasMessageContaining("评审人不存在");
        assertThat(task(instance).getId()).isEqualTo(panel.getId());
        completeAs(
                OFFICE,
                instance,
                Map.of(ProjectProcess.judgeSlot(1), "office2", ProjectProcess.judgeSlot(2), "head-d02"));

        Task office2 = byAssignee(tasks(instance, ProjectProcess.TASK_SCORE), "office2");
        // Someone else holding a judge's task (reassigned behind the approval menu's back) cannot score.
        engine.getTaskService().setAssignee(office2.getId(), "head-d03");
        assertThatThrownBy(() -> engine.getTaskService().complete(office2.getId(), scores(20, 20, 20, 15)))
                .hasMessageContaining("只有评审组成员本人可以打分");
        engine.getTaskService().setAssignee(office2.getId(), "office2");
        assertThatThrownBy(() -> engine.getTaskService().complete(office2.getId(), scores(26, 20, 20, 15)))
                .hasMessageContaining("选题应为 0–25 分");
        engine.getTaskService().complete(office2.getId(), scores(20, 20, 25, 15));
        engine.getTaskService()
                .complete(
                        byAssignee(tasks(instance, ProjectProcess.TASK_SCORE), "head-d02")
                                .getId(),
                        scores(21, 20, 24, 16));

        assertThat(instance).isWaitingAt(ProjectProcess.TASK_CONFIRM_GRADE);
        assertThatThrownBy(() -> completeAs(OFFICE, instance, Map.of(ProjectProcess.VAR_DEMONSTRATION, true)))
                .hasMessageContaining("只有等次为优秀的项目可以评为示范项目");
        completeAs(OFFICE, instance, Map.of(ProjectProcess.VAR_DEMONSTRATION, false));
        Project graded = ledger.project(project.id());
        assertThat(graded.meanScore()).isEqualByComparingTo(new BigDecimal("80.5"));
        assertThat(graded.grade()).isEqualTo(ProjectGrade.GOOD);
        assertThat(graded.demonstration()).isFalse();
    }

    @Test
    void aReturnNeedsAnOpinionAndABadReportIsRefusedWithNothingWritten() {
        ProcessInstance instance =
                instance(projects.propose(proposal("工地书屋", List.of(), START.plusMonths(3)), user(PROPOSER)));
        assertThatThrownBy(() -> completeAs(OFFICE, instance, review(false, " ")))
                .hasMessageContaining("退回时必须填写意见");
        assertThatThrownBy(() -> completeAs(OFFICE, instance, Map.of(ProjectProcess.VAR_COMMENT, "好")))
                .hasMessageContaining("请选择结论");
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_OFFICE_CHECK);
        completeAs(OFFICE, instance, review(true, null));
        completeAs(supervisorOf(UNIT), instance, review(true, null));

        long projectId = instanceProjectId(instance);
        assertThatThrownBy(() -> completeAs(PROPOSER, instance, report(3, true, 120, " ", false)))
                .hasMessageContaining("里程碑序号应为 1–1")
                .hasMessageContaining("完成进度应为 0–100")
                .hasMessageContaining("请填写进展情况");
        assertThatThrownBy(() -> completeAs(PROPOSER, instance, report(null, true, 10, "进展", false)))
                .hasMessageContaining("请填写已完成的是第几个里程碑");
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REPORT);
        assertThat(ledger.describe(ledger.project(projectId)).reports()).isEmpty();
        assertThat(ledger.project(projectId).progressPercent()).isZero();
    }

    /** Through both reviews to 报告进展. */
    private ProcessInstance approved(Project project) {
        ProcessInstance instance = instance(project);
        completeAs(OFFICE, instance, review(true, null));
        completeAs(supervisorOf(UNIT), instance, review(true, null));
        assertThat(instance).isWaitingAt(ProjectProcess.TASK_REPORT);
        return instance;
    }

    /** Claims a group task for {@code userId} as Tasklist would, then completes it. */
    private void completeAs(String userId, ProcessInstance instance, Map<String, Object> variables) {
        Task open = task(instance);
        if (open.getAssignee() == null) {
            engine.getTaskService().claim(open.getId(), userId);
        }
        engine.getTaskService().complete(open.getId(), variables);
    }

    private void chase(ProcessInstance instance) {
        engine.getManagementService()
                .executeJob(job(instance, ProjectProcess.TIMER_REPORT_CHECK).getId());
    }

    private ProcessInstance instance(Project project) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(project.businessKey())
                .singleResult();
    }

    private long instanceProjectId(ProcessInstance instance) {
        return ((Number) engine.getRuntimeService().getVariable(instance.getId(), ProjectProcess.VAR_PROJECT_ID))
                .longValue();
    }

    private Task task(ProcessInstance instance) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    private List<Task> tasks(ProcessInstance instance, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private static Task byAssignee(List<Task> tasks, String assignee) {
        return tasks.stream()
                .filter(t -> assignee.equals(t.getAssignee()))
                .findFirst()
                .orElseThrow();
    }

    private Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private ProjectStatus status(Project project) {
        return ledger.detail(project.id(), ADMIN).project().status();
    }

    private List<Notice> notices(Project project) {
        return ledger.detail(project.id(), ADMIN).notices();
    }

    private long milestoneId(Project project, int seq) {
        return ledger.detail(project.id(), ADMIN).milestones().get(seq - 1).id();
    }

    private String supervisorOf(String unitId) {
        return org.organisation().withRole(Role.LEADERSHIP_MEMBER).stream()
                .filter(p -> p.supervisedUnitIds().contains(unitId))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
