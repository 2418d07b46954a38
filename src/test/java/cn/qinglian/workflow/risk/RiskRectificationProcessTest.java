package cn.qinglian.workflow.risk;

import static cn.qinglian.workflow.risk.RiskFixtures.approval;
import static cn.qinglian.workflow.risk.RiskFixtures.measures;
import static cn.qinglian.workflow.risk.RiskFixtures.registration;
import static cn.qinglian.workflow.risk.RiskFixtures.user;
import static cn.qinglian.workflow.risk.RiskFixtures.verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/risk-rectification.bpmn, with the register checked at each step. */
class RiskRectificationProcessTest extends IntegrationTest {

    private static final String UNIT = "x01";
    private static final String HEAD = "head-x01";
    private static final String OTHER_OWNER = "bs-x01";
    private static final String INSPECTOR = "leader5";
    private static final CurrentUser REGISTRANT = user(HEAD);

    @Autowired
    RiskService risks;

    @Autowired
    RiskQueries register;

    @Autowired
    AuditService audit;

    @Autowired
    OrgService org;

    @Test
    void highRiskNeedsBothApprovalsThenVerificationControlsItAndReReviewConfirms() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 4, 4, true), REGISTRANT);
        ProcessInstance instance = instance(point);
        assertThat(point.grade()).isEqualTo(RiskGrade.HIGH);
        assertThat(instance).isWaitingAt(RiskProcess.TASK_SET_MEASURES).task().isAssignedTo(HEAD);

        complete(task(instance), measures(HEAD, today().plusDays(10), "价款调整一律集体决策", "调整结果每季度公示"));
        assertThat(status(point)).isEqualTo(RiskStatus.PENDING_APPROVAL);
        assertThat(instance).isWaitingAt(RiskProcess.TASK_HEAD_APPROVAL).task().isAssignedTo(HEAD);
        complete(task(instance), approval(true, "同意"));

        String supervisor = supervisorOf(UNIT);
        assertThat(instance)
                .isWaitingAt(RiskProcess.TASK_SUPERVISOR_APPROVAL)
                .task()
                .isAssignedTo(supervisor);
        complete(task(instance), approval(true, null));

        assertThat(status(point)).isEqualTo(RiskStatus.IN_RECTIFICATION);
        List<Task> reports = taskQuery(instance, RiskProcess.TASK_REPORT_MEASURE);
        assertThat(reports).hasSize(2).allSatisfy(t -> {
            assertThat(t.getAssignee()).isEqualTo(HEAD);
            assertThat(t.getDueDate()).isNotNull();
        });
        // An owner sees the point and their own measure, not the other measures or the leaders' opinions.
        Map<String, Object> shown =
                engine.getTaskService().getVariablesLocal(reports.get(0).getId());
        assertThat(shown)
                .containsKeys(RiskTaskPresentation.VAR_POINT_FACTS, RiskTaskPresentation.VAR_OWN_MEASURE)
                .doesNotContainKeys(RiskTaskPresentation.VAR_MEASURE_FACTS, RiskTaskPresentation.VAR_DECISION_FACTS);
        assertThat(reports)
                .extracting(t -> (String)
                        engine.getTaskService().getVariableLocal(t.getId(), RiskTaskPresentation.VAR_OWN_MEASURE))
                .anyMatch(m -> m.startsWith("价款调整一律集体决策"))
                .anyMatch(m -> m.startsWith("调整结果每季度公示"));
        reports.forEach(t -> engine.getTaskService().complete(t.getId(), Map.of(RiskProcess.VAR_REPORT, "已落实，会议纪要存档")));

        assertThat(status(point)).isEqualTo(RiskStatus.PENDING_VERIFICATION);
        assertThat(instance).isWaitingAt(RiskProcess.TASK_VERIFY).task().isAssignedTo(INSPECTOR);
        complete(task(instance), verification(true, null));

        assertThat(status(point)).isEqualTo(RiskStatus.CONTROLLED);
        assertThat(instance).isWaitingAt(RiskProcess.TIMER_RE_REVIEW);
        Job reReview = job(instance, RiskProcess.TIMER_RE_REVIEW);
        assertThat(reReview.getDuedate())
                .isAfter(Date.from(today().plusMonths(3)
                        .minusDays(2)
                        .atStartOfDay(ZoneId.systemDefault())
                        .toInstant()));

        engine.getManagementService().executeJob(reReview.getId());
        assertThat(status(point)).isEqualTo(RiskStatus.UNDER_REVIEW);
        assertThat(instance).isWaitingAt(RiskProcess.TASK_RE_REVIEW).task().isAssignedTo(HEAD);
        complete(task(instance), Map.of(RiskProcess.VAR_REVIEW_OUTCOME, RiskProcess.REVIEW_CONFIRM));

        assertThat(instance).isWaitingAt(RiskProcess.TIMER_RE_REVIEW);
        assertThat(instance)
                .hasPassedInOrder(
                        RiskProcess.TASK_GRADE,
                        RiskProcess.TASK_SET_MEASURES,
                        RiskProcess.TASK_HEAD_APPROVAL,
                        RiskProcess.TASK_SUPERVISOR_APPROVAL,
                        RiskProcess.TASK_REPORT_MEASURE,
                        RiskProcess.TASK_VERIFY,
                        RiskProcess.TASK_RE_REVIEW);
        RiskPointDetail detail = register.detail(point.id(), user("demo", "camunda-admin"));
        assertThat(detail.decisions())
                .extracting(RiskDecision::kind)
                .containsExactly(
                        RiskDecision.Kind.HEAD_APPROVAL,
                        RiskDecision.Kind.SUPERVISOR_APPROVAL,
                        RiskDecision.Kind.VERIFICATION,
                        RiskDecision.Kind.RE_REVIEW);
        assertThat(detail.measures()).extracting(RiskMeasure::status).containsOnly(RiskMeasure.MeasureStatus.EFFECTIVE);
        assertThat(audit.forBusinessKey(point.businessKey()))
                .extracting(AuditRecord::outcome)
                .containsExactly(
                        "graded-HIGH",
                        "measures-set",
                        "approved",
                        "approved",
                        "measure-reported",
                        "measure-reported",
                        "effective",
                        "confirm");
    }

    @Test
    void headReturnNeedsACommentAndSendsTheMeasuresBack() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 2, 3, false), REGISTRANT);
        ProcessInstance instance = instance(point);
        assertThat(point.grade()).isEqualTo(RiskGrade.MEDIUM);
        complete(task(instance), measures(OTHER_OWNER, today().plusDays(5), "完善内控制度"));

        Task approvalTask = task(instance);
        assertThatThrownBy(() -> engine.getTaskService().complete(approvalTask.getId(), approval(false, " ")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("退回时必须填写审批意见");
        assertThat(instance).isWaitingAt(RiskProcess.TASK_HEAD_APPROVAL);
        assertThat(register.detail(point.id(), user("demo", "camunda-admin")).decisions())
                .isEmpty();

        complete(approvalTask, approval(false, "措施太笼统，请细化到具体岗位"));
        assertThat(instance).isWaitingAt(RiskProcess.TASK_SET_MEASURES);
        assertThat(status(point)).isEqualTo(RiskStatus.SETTING_MEASURES);

        complete(task(instance), RiskFixtures.slots(OTHER_OWNER, today().plusDays(5), "会员收费标准经理事会审议并公示", "收费台账每月核对"));
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .doesNotContainKeys("measure1Content", "measure3Due");
        List<String> history = engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .list()
                .stream()
                .map(v -> v.getName())
                .toList();
        assertThat(history)
                .as("the head's opinion is engine history; the measures entered are the register's")
                .contains(RiskProcess.VAR_COMMENT)
                .doesNotContain(RiskProcess.VAR_MEASURES, "measure1Content", "measure1Owner", "measure2Due");
        complete(task(instance), approval(true, "同意"));

        assertThat(instance)
                .isWaitingAt(RiskProcess.TASK_REPORT_MEASURE)
                .hasNotPassed(RiskProcess.TASK_SUPERVISOR_APPROVAL);
        assertThat(register.detail(point.id(), user("demo", "camunda-admin")).measures())
                .extracting(RiskMeasure::status)
                .containsExactly(
                        RiskMeasure.MeasureStatus.SUPERSEDED,
                        RiskMeasure.MeasureStatus.OPEN,
                        RiskMeasure.MeasureStatus.OPEN);
        List<Long> open = register.detail(point.id(), user("demo", "camunda-admin")).measures().stream()
                .filter(m -> m.status() == RiskMeasure.MeasureStatus.OPEN)
                .map(RiskMeasure::id)
                .toList();
        assertThat(taskQuery(instance, RiskProcess.TASK_REPORT_MEASURE))
                .as("a task per measure of the new round, read from the register, none for the returned one")
                .extracting(t -> ((Number) engine.getTaskService().getVariable(t.getId(), RiskProcess.VAR_MEASURE_ID))
                        .longValue())
                .containsExactlyInAnyOrderElementsOf(open);
    }

    @Test
    void supervisorReturnSendsHighRiskMeasuresBack() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 5, 3, false), REGISTRANT);
        ProcessInstance instance = instance(point);
        complete(task(instance), measures(HEAD, today().plusDays(5), "专项审计"));
        complete(task(instance), approval(true, "同意"));
        complete(task(instance), approval(false, "请增加第三方审计"));

        assertThat(instance).isWaitingAt(RiskProcess.TASK_SET_MEASURES);
        assertThat(register.detail(point.id(), user("demo", "camunda-admin")).decisions())
                .extracting(RiskDecision::outcome)
                .containsExactly("approved", "returned");
    }

    @Test
    void ineffectiveVerificationNeedsAFindingAndOpensANewRoundUntilEffective() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 1, 2, false), REGISTRANT);
        ProcessInstance instance = instance(point);
        rectifyOnce(instance);

        Task verify = task(instance);
        assertThatThrownBy(() -> engine.getTaskService().complete(verify.getId(), verification(false, null)))
                .hasMessageContaining("必须写明核查发现");
        complete(verify, verification(false, "公示栏未更新，措施未落地"));

        assertThat(instance).isWaitingAt(RiskProcess.TASK_SET_MEASURES);
        assertThat(register.detail(point.id(), user("demo", "camunda-admin"))
                        .point()
                        .roundNo())
                .isEqualTo(2);
        rectifyOnce(instance);
        complete(task(instance), verification(true, "已整改到位"));

        assertThat(instance).isWaitingAt(RiskProcess.TIMER_RE_REVIEW);
        RiskPointDetail detail = register.detail(point.id(), user("demo", "camunda-admin"));
        assertThat(detail.point().status()).isEqualTo(RiskStatus.CONTROLLED);
        assertThat(detail.measures())
                .extracting(RiskMeasure::roundNo, RiskMeasure::status)
                .containsExactly(
                        tuple(1, RiskMeasure.MeasureStatus.INEFFECTIVE), tuple(2, RiskMeasure.MeasureStatus.EFFECTIVE));
    }

    @Test
    void reReviewThatChangesTheGradeRunsGradingAndApprovalsAgain() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 3, 3, false), REGISTRANT);
        ProcessInstance instance = controlledAndDueForReReview(point);

        Task review = task(instance);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(
                                review.getId(),
                                Map.of(
                                        RiskProcess.VAR_REVIEW_OUTCOME,
                                        RiskProcess.REVIEW_CHANGE,
                                        RiskProcess.VAR_LIKELIHOOD,
                                        7)))
                .hasMessageContaining("1–5");
        complete(
                review,
                Map.of(
                        RiskProcess.VAR_REVIEW_OUTCOME,
                        RiskProcess.REVIEW_CHANGE,
                        RiskProcess.VAR_LIKELIHOOD,
                        5,
                        RiskProcess.VAR_IMPACT,
                        4,
                        RiskProcess.VAR_COMMENT,
                        "业务量翻番"));

        assertThat(instance).isWaitingAt(RiskProcess.TASK_SET_MEASURES);
        RiskPointDetail detail = register.detail(point.id(), user("demo", "camunda-admin"));
        assertThat(detail.point().grade()).isEqualTo(RiskGrade.HIGH);
        assertThat(detail.grades())
                .extracting(RiskGradeRecord::grade)
                .containsExactly(RiskGrade.MEDIUM, RiskGrade.HIGH);
        complete(task(instance), measures(HEAD, today().plusDays(3), "轮岗"));
        complete(task(instance), approval(true, null));
        assertThat(instance).isWaitingAt(RiskProcess.TASK_SUPERVISOR_APPROVAL);
    }

    @Test
    void reReviewWithoutChangeReturnsToTheCycleAndRetirementNeedsAReason() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 1, 3, false), REGISTRANT);
        ProcessInstance instance = controlledAndDueForReReview(point);

        Task review = task(instance);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(review.getId(), Map.of(RiskProcess.VAR_REVIEW_OUTCOME, RiskProcess.REVIEW_RETIRE)))
                .hasMessageContaining("退出风险点台账须写明理由");
        complete(
                review,
                Map.of(
                        RiskProcess.VAR_REVIEW_OUTCOME,
                        RiskProcess.REVIEW_RETIRE,
                        RiskProcess.VAR_COMMENT,
                        "该业务已划转至市行政审批局"));

        assertThat(instance).isEnded().hasPassed(RiskProcess.END_RETIRED);
        RiskPoint retired =
                register.detail(point.id(), user("demo", "camunda-admin")).point();
        assertThat(retired.status()).isEqualTo(RiskStatus.RETIRED);
        assertThat(retired.retiredReason()).isEqualTo("该业务已划转至市行政审批局");
    }

    @Test
    void dueDateCheckRemindsOwnersBeforeAndEscalatesOverdueMeasuresToTheHeadOnce() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 2, 2, false), REGISTRANT);
        ProcessInstance instance = instance(point);
        complete(task(instance), measures(OTHER_OWNER, today().plusDays(2), "建立收费台账"));
        complete(task(instance), approval(true, null));
        assertThat(instance).isWaitingAt(RiskProcess.TASK_REPORT_MEASURE);

        executeDueCheck(instance);
        assertThat(notices(point))
                .extracting(RiskNotice::kind, RiskNotice::recipientId)
                .containsExactly(tuple(RiskNotice.Kind.REMINDER, OTHER_OWNER));

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(4 * 24 * 3600)));
        executeDueCheck(instance);
        executeDueCheck(instance);
        assertThat(notices(point))
                .extracting(RiskNotice::kind, RiskNotice::recipientId)
                .containsExactly(tuple(RiskNotice.Kind.REMINDER, OTHER_OWNER), tuple(RiskNotice.Kind.ESCALATION, HEAD));
        assertThat(instance).isWaitingAt(RiskProcess.TASK_REPORT_MEASURE);
        assertThat(register.summary(point.riskYear(), user("demo", "camunda-admin")))
                .filteredOn(line -> line.unitId().equals(UNIT))
                .singleElement()
                .satisfies(line -> assertThat(line.measuresOverdue()).isPositive());
    }

    @Test
    void aMeasureWithoutOwnerOrDueDateIsRefusedAndNothingIsWritten() {
        RiskPoint point = risks.register(registration(UNIT, "秘书长", 2, 2, false), REGISTRANT);
        ProcessInstance instance = instance(point);
        Task setMeasures = task(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(setMeasures.getId(), measures("", null, "无主措施")))
                .hasMessageContaining("责任人");
        assertThatThrownBy(() -> engine.getTaskService().complete(setMeasures.getId(), measures(HEAD, null, "无期限措施")))
                .hasMessageContaining("完成时限");
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(setMeasures.getId(), measures(HEAD, today().minusDays(1), "过期措施")))
                .hasMessageContaining("不能早于今天");

        assertThat(instance).isWaitingAt(RiskProcess.TASK_SET_MEASURES);
        assertThat(register.detail(point.id(), user("demo", "camunda-admin")).measures())
                .isEmpty();
        assertThat(status(point)).isEqualTo(RiskStatus.SETTING_MEASURES);
    }

    private void rectifyOnce(ProcessInstance instance) {
        complete(task(instance), measures(HEAD, today().plusDays(7), "制度上墙"));
        complete(task(instance), approval(true, null));
        taskQuery(instance, RiskProcess.TASK_REPORT_MEASURE)
                .forEach(t -> engine.getTaskService().complete(t.getId(), Map.of(RiskProcess.VAR_REPORT, "已完成")));
    }

    /** Carries the point through one round to 销号 and fires the re-review timer. */
    private ProcessInstance controlledAndDueForReReview(RiskPoint point) {
        ProcessInstance instance = instance(point);
        rectifyOnce(instance);
        complete(task(instance), verification(true, null));
        engine.getManagementService()
                .executeJob(job(instance, RiskProcess.TIMER_RE_REVIEW).getId());
        return instance;
    }

    private void executeDueCheck(ProcessInstance instance) {
        engine.getManagementService()
                .executeJob(job(instance, RiskProcess.TIMER_DUE_DATES).getId());
    }

    private ProcessInstance instance(RiskPoint point) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(point.businessKey())
                .singleResult();
    }

    private List<Task> taskQuery(ProcessInstance instance, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    private Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private RiskStatus status(RiskPoint point) {
        return register.detail(point.id(), user("demo", "camunda-admin"))
                .point()
                .status();
    }

    private List<RiskNotice> notices(RiskPoint point) {
        return register.detail(point.id(), user("demo", "camunda-admin")).notices();
    }

    /** The leadership member who supervises (分管) the unit, as the organisation says. */
    private String supervisorOf(String unitId) {
        return org.organisation().withRole(Role.LEADERSHIP_MEMBER).stream()
                .filter(p -> p.supervisedUnitIds().contains(unitId))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }
}
