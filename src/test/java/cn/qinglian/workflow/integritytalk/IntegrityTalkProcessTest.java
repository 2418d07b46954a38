package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.integritytalk.TalkFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of processes/integrity-talk.bpmn, with the ledger and the engine's variables checked at each step. */
class IntegrityTalkProcessTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 8);
    private static final CurrentUser ADMIN = user("demo", "camunda-admin");

    @Autowired
    TalkService talks;

    @Autowired
    TalkQueries ledger;

    @Autowired
    AuditService audit;

    @Autowired
    OrgService org;

    @Autowired
    JdbcTemplate jdbc;

    private String approver;

    @BeforeEach
    void aDayInMarch() {
        today(DAY);
        approver = supervisorOf(org.organisation(), UNIT);
    }

    @Test
    void reminderTalkApprovedWithAnotherTalkerHeldConfirmedWithAStatementAndFiled() {
        String person = members(org.organisation(), approver, 0, 1).get(0);
        String reason = secret("事由");
        String record = secret("记录");
        String statement = secret("说明");
        Talk talk = talks.plan(plan(TalkKind.REMINDER, List.of(person), reason, HEAD), user(OFFICE));
        ProcessInstance instance = instance(talk);

        assertThat(instance).isWaitingAt(TalkProcess.TASK_APPROVE).task().isAssignedTo(approver);
        assertThat(task(instance).getName())
                .isEqualTo("审批谈话 · 提醒谈话 · " + org.person(person).name());
        // The approver is not among those who read the content: the approval's form shows none of it.
        assertThat(taskVariables(instance).toString()).doesNotContain(reason);

        complete(instance, approver, approve(org.person(approver).name() + "（" + approver + "）"));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_HOLD).task().isAssignedTo(approver);
        assertThat(status(talk)).isEqualTo(TalkStatus.APPROVED);
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_REASON_FACTS))
                .asString()
                .contains(reason);

        complete(instance, approver, hold(DAY, HEAD, record));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_CONFIRM).task().isAssignedTo(person);
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_RECORD_FACTS))
                .asString()
                .contains(record);
        assertThat(status(talk)).isEqualTo(TalkStatus.HELD);

        complete(instance, person, confirm(statement));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_FILE).task().hasCandidateGroup("role-inspector");
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_STATEMENT_FACTS))
                .asString()
                .contains(statement);
        complete(instance, INSPECTOR, Map.of(TalkProcess.VAR_ARCHIVE_NO, "LZ-2027-001"));

        assertThat(instance)
                .hasPassedInOrder(
                        TalkProcess.START_PLANNED,
                        TalkProcess.TASK_APPROVE,
                        TalkProcess.TASK_HOLD,
                        TalkProcess.TASK_CONFIRM,
                        TalkProcess.TASK_FILE,
                        TalkProcess.END_FILED)
                .hasNotPassed(TalkProcess.TASK_FOLLOW_UP, TalkProcess.TASK_REPLY)
                .isEnded();
        TalkDetail filed = ledger.detail(talk.id(), ADMIN);
        assertThat(filed.talk().status()).isEqualTo(TalkStatus.FILED);
        assertThat(filed.talkerName()).isEqualTo(org.person(approver).name());
        assertThat(filed.record()).isEqualTo(record);
        assertThat(filed.people()).singleElement().satisfies(p -> {
            assertThat(p.statement()).isEqualTo(statement);
            assertThat(p.confirmedAt()).isNotNull();
        });
        assertThat(filed.archiveNo()).isEqualTo("LZ-2027-001");
        assertNoContentInTheEngine(instance, reason, record, statement);
        assertThat(audit.forProcessInstance(instance.getId()))
                .extracting(AuditRecord::outcome)
                .containsExactly("talk-planned", "talk-approved", "talk-held", "talk-confirmed", "talk-filed");
        assertThat(audit.forProcessInstance(instance.getId()).toString()).doesNotContain(reason, record, statement);
    }

    @Test
    void collectiveTalkWaitsForEveryPersonToConfirm() {
        List<String> people = members(org.organisation(), approver, 1, 3);
        Talk talk = talks.plan(plan(TalkKind.COLLECTIVE, people, secret("集体"), HEAD), user(INSPECTOR));
        ProcessInstance instance = instance(talk);
        complete(instance, approver, approve(null));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_HOLD).task().isAssignedTo(HEAD);
        complete(instance, HEAD, hold(DAY, OFFICE, secret("集体记录")));

        List<Task> confirming = tasks(instance, TalkProcess.TASK_CONFIRM);
        assertThat(confirming).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(people);
        engine.getTaskService().complete(byAssignee(confirming, people.get(0)).getId(), confirm(null));
        engine.getTaskService().complete(byAssignee(confirming, people.get(1)).getId(), confirm("同意记录内容"));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_CONFIRM);
        assertThat(status(talk)).isEqualTo(TalkStatus.HELD);
        // A person confirms only their own: a second confirmation is refused.
        assertThatThrownBy(() -> talks.confirm(
                        talk.id(),
                        new TaskStep(people.get(0), instance.getId(), "x", "x", null, null),
                        people.get(0),
                        true,
                        null))
                .hasMessageContaining("已确认过");
        engine.getTaskService().complete(byAssignee(confirming, people.get(2)).getId(), confirm(null));

        assertThat(instance).isWaitingAt(TalkProcess.TASK_FILE);
        assertThat(status(talk)).isEqualTo(TalkStatus.CONFIRMED);
        assertThat(ledger.detail(talk.id(), ADMIN).people())
                .extracting(TalkDetail.PersonView::statement)
                .containsExactly(null, "同意记录内容", null);
    }

    @Test
    void preAppointmentReturnedRevisedWithAnotherTalkerThenHeldConfirmedAndFiled() {
        String person = members(org.organisation(), approver, 4, 1).get(0);
        Talk talk = talks.plan(plan(TalkKind.PRE_APPOINTMENT, List.of(person), "拟任科长", HEAD), user(OFFICE));
        ProcessInstance instance = instance(talk);

        assertThatThrownBy(() -> complete(instance, approver, decline(TalkProcess.RETURN, null)))
                .hasMessageContaining("必须填写意见");
        complete(instance, approver, decline(TalkProcess.RETURN, "请补充拟任职务"));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_REVISE).task().isAssignedTo(OFFICE);
        assertThat(task(instance).getName()).startsWith("【已退回】修改谈话计划");
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_DECISION_FACTS))
                .asString()
                .contains("请补充拟任职务");
        assertThat(status(talk)).isEqualTo(TalkStatus.RETURNED);

        complete(
                instance,
                OFFICE,
                Map.of(TalkProcess.VAR_REASON, "拟任城建处科长，任前谈话", TalkProcess.VAR_TALKER_CHOSEN, "张建国（secretary）"));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_APPROVE).task().isAssignedTo(approver);
        assertThat(ledger.detail(talk.id(), ADMIN).reason()).isEqualTo("拟任城建处科长，任前谈话");
        // The second approval opens empty, not with the first one's 退回, and names the revised talker.
        assertThat(engine.getRuntimeService().getVariablesLocal(task(instance).getExecutionId()))
                .containsEntry(TalkProcess.VAR_APPROVAL, null)
                .containsEntry(
                        TalkProcess.VAR_TALKER_CHOSEN, org.person("secretary").name() + "（secretary）");
        complete(instance, approver, approve(null));
        assertThat(instance).isWaitingAt(TalkProcess.TASK_HOLD).task().isAssignedTo("secretary");
        complete(instance, "secretary", hold(DAY, HEAD, "任前廉政谈话记录"));
        complete(instance, person, confirm(null));
        complete(instance, INSPECTOR, Map.of());

        assertThat(instance)
                .hasPassedInOrder(
                        TalkProcess.TASK_APPROVE,
                        TalkProcess.TASK_REVISE,
                        TalkProcess.TASK_APPROVE,
                        TalkProcess.TASK_HOLD,
                        TalkProcess.TASK_CONFIRM,
                        TalkProcess.TASK_FILE,
                        TalkProcess.END_FILED)
                .isEnded();
        assertThat(status(talk)).isEqualTo(TalkStatus.FILED);
    }

    @Test
    void rejectedPlanEndsAndTheSamePeopleMayThenBePlannedAgain() {
        String person = members(org.organisation(), approver, 10, 1).get(0);
        Talk talk = talks.plan(plan(TalkKind.REMINDER, List.of(person), "反映问题", HEAD), user(OFFICE));
        ProcessInstance instance = instance(talk);
        assertThat(refusal(() -> talks.plan(plan(TalkKind.REMINDER, List.of(person), "再次拟定", HEAD), user(INSPECTOR))))
                .isEqualTo("duplicate");

        complete(instance, approver, decline(TalkProcess.REJECT, "经了解系误传，不谈话"));

        assertThat(instance)
                .hasPassed(TalkProcess.END_REJECTED)
                .hasNotPassed(TalkProcess.TASK_HOLD)
                .isEnded();
        assertThat(status(talk)).isEqualTo(TalkStatus.REJECTED);
        assertThat(ledger.mine(user(person))).extracting(TalkItem::id).doesNotContain(talk.id());
        Talk again = talks.plan(plan(TalkKind.REMINDER, List.of(person), "反映问题", HEAD), user(OFFICE));
        assertThat(again.id()).isNotEqualTo(talk.id());
        assertThat(instance(again)).isWaitingAt(TalkProcess.TASK_APPROVE);
    }

    @Test
    void planWithdrawnAfterReturnEnds() {
        String person = members(org.organisation(), approver, 5, 1).get(0);
        Talk talk = talks.plan(plan(TalkKind.REMINDER, List.of(person), "苗头性问题", HEAD), user(OFFICE));
        ProcessInstance instance = instance(talk);
        complete(instance, approver, decline(TalkProcess.RETURN, "先了解情况"));
        complete(instance, OFFICE, Map.of(TalkProcess.VAR_WITHDRAWN, true));
        assertThat(instance).hasPassed(TalkProcess.END_WITHDRAWN).isEnded();
        assertThat(status(talk)).isEqualTo(TalkStatus.WITHDRAWN);
    }

    @Test
    void admonishmentIsFollowedUpWhenItsPeriodHasPassed() {
        String person = members(org.organisation(), approver, 6, 1).get(0);
        Talk talk = talks.plan(plan(TalkKind.ADMONISHMENT, List.of(person), secret("诫勉"), HEAD), user(OFFICE));
        ProcessInstance instance = instance(talk);
        complete(instance, approver, approve(null));
        complete(instance, HEAD, hold(DAY, OFFICE, secret("诫勉记录")));
        complete(instance, person, confirm(null));
        complete(instance, INSPECTOR, Map.of());

        assertThat(instance).isWaitingAt(TalkProcess.TIMER_FOLLOW_UP);
        assertThat(status(talk)).isEqualTo(TalkStatus.AWAITING_FOLLOW_UP);
        Job timer = job(instance, TalkProcess.TIMER_FOLLOW_UP);
        LocalDate due = DAY.plusMonths(6);
        assertThat(timer.getDuedate())
                .isEqualTo(Date.from(
                        ZonedDateTime.of(due.atTime(9, 0), ChinaTime.ZONE).toInstant()));
        today(due);
        engine.getManagementService().executeJob(timer.getId());

        assertThat(instance).isWaitingAt(TalkProcess.TASK_FOLLOW_UP).task().hasCandidateGroup("role-inspector");
        assertThatThrownBy(() -> complete(instance, INSPECTOR, Map.of(TalkProcess.VAR_FOLLOW_UP_RESULT, "也许")))
                .hasMessageContaining("回访结论");
        complete(
                instance,
                INSPECTOR,
                Map.of(TalkProcess.VAR_FOLLOW_UP_RESULT, "CORRECTED", TalkProcess.VAR_FOLLOW_UP_NOTE, "已整改到位"));
        assertThat(instance).hasPassed(TalkProcess.END_FOLLOWED_UP).isEnded();
        TalkDetail detail = ledger.detail(talk.id(), ADMIN);
        assertThat(detail.talk().status()).isEqualTo(TalkStatus.FOLLOWED_UP);
        assertThat(detail.followUpResultLabel()).isEqualTo("已改正");
    }

    @Test
    void inquiryRepliedInTimeAndAssessedTrueLeadsToALinkedAdmonishment() {
        String person = members(org.organisation(), approver, 7, 1).get(0);
        String asked = secret("函询事项");
        String reply = secret("回复");
        Talk inquiry =
                talks.plan(new TalkPlan(TalkKind.INQUIRY.name(), List.of(person), asked, HEAD, 10), user(INSPECTOR));
        ProcessInstance instance = instance(inquiry);
        complete(instance, approver, approve(null));

        assertThat(instance).isWaitingAt(TalkProcess.TASK_REPLY).task().isAssignedTo(person);
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_REASON_FACTS))
                .asString()
                .contains(asked);
        assertThat(status(inquiry)).isEqualTo(TalkStatus.INQUIRING);
        assertThat(job(instance, TalkProcess.TIMER_REPLY_DUE).getDuedate())
                .isEqualTo(ChinaTime.endOf(DAY.plusDays(10)));
        today(DAY.plusDays(9));
        complete(instance, person, Map.of(TalkProcess.VAR_REPLY, reply));
        assertThat(job(instance, TalkProcess.TIMER_REPLY_DUE)).isNull();
        assertThat(instance).isWaitingAt(TalkProcess.TASK_ASSESS).task().hasCandidateGroup("role-inspector");
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_REPLY_FACTS))
                .asString()
                .contains(reply)
                .doesNotContain("逾期");

        assertThatThrownBy(() -> complete(
                        instance,
                        INSPECTOR,
                        Map.of(
                                TalkProcess.VAR_ASSESSMENT, "NOT_TRUE",
                                TalkProcess.VAR_ASSESSMENT_TEXT, "查无实据",
                                TalkProcess.VAR_NEXT_KIND, "REMINDER")))
                .hasMessageContaining("不转为谈话");
        complete(
                instance,
                INSPECTOR,
                Map.of(
                        TalkProcess.VAR_ASSESSMENT, "PARTLY_TRUE",
                        TalkProcess.VAR_ASSESSMENT_TEXT, "部分情况属实",
                        TalkProcess.VAR_NEXT_KIND, "ADMONISHMENT"));
        assertThat(instance)
                .hasPassed(TalkProcess.END_ASSESSED)
                .hasNotPassed(TalkProcess.TASK_REPLY_LATE)
                .isEnded();

        TalkDetail assessed = ledger.detail(inquiry.id(), ADMIN);
        assertThat(assessed.talk().status()).isEqualTo(TalkStatus.ASSESSED);
        assertThat(assessed.talk().replyLate()).isFalse();
        assertThat(assessed.assessmentLabel()).isEqualTo("部分属实");
        List<TalkItem> derived = ledger.mine(user(person)).stream()
                .filter(t -> Long.valueOf(inquiry.id()).equals(t.sourceTalkId()))
                .toList();
        assertThat(derived).isEmpty(); // not the person's until approved
        Talk next = jdbc
                .queryForList("SELECT id FROM integrity_talk WHERE source_talk_id = ?", Long.class, inquiry.id())
                .stream()
                .map(ledger::talk)
                .findFirst()
                .orElseThrow();
        assertThat(next.kind()).isEqualTo(TalkKind.ADMONISHMENT);
        assertThat(next.plannerId()).isEqualTo(INSPECTOR);
        assertThat(next.status()).isEqualTo(TalkStatus.PLANNED);
        assertThat(instance(next)).isWaitingAt(TalkProcess.TASK_APPROVE).task().isAssignedTo(approver);
        assertNoContentInTheEngine(instance, asked, reply, "部分情况属实");
    }

    @Test
    void inquiryNotAnsweredInTimeIsRecordedLateAndTheInspectorsAreTold() {
        String person = members(org.organisation(), approver, 8, 1).get(0);
        Talk inquiry = talks.plan(
                new TalkPlan(TalkKind.INQUIRY.name(), List.of(person), secret("函询"), HEAD, null), user(OFFICE));
        ProcessInstance instance = instance(inquiry);
        complete(instance, approver, approve(null));
        Job timer = job(instance, TalkProcess.TIMER_REPLY_DUE);
        assertThat(timer.getDuedate()).isEqualTo(ChinaTime.endOf(DAY.plusDays(15)));

        today(DAY.plusDays(16));
        engine.getManagementService().executeJob(timer.getId());

        assertThat(instance).hasPassed(TalkProcess.TASK_REPLY_LATE, TalkProcess.END_LATE_TOLD);
        assertThat(instance).isWaitingAt(TalkProcess.TASK_REPLY);
        assertThat(ledger.talk(inquiry.id()).replyLate()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notice WHERE recipient_id = ? AND process_instance_id = ? AND kind = 'ESCALATION'",
                        Integer.class,
                        INSPECTOR,
                        instance.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT title FROM notice WHERE process_instance_id = ? AND kind = 'ESCALATION'",
                        String.class,
                        instance.getId()))
                .allSatisfy(title ->
                        assertThat(title).doesNotContain(org.person(person).name()));

        complete(instance, person, Map.of(TalkProcess.VAR_REPLY, "情况说明如下"));
        assertThat(taskVariables(instance).get(TalkTaskPresentation.VAR_REPLY_FACTS))
                .asString()
                .contains("逾期回复");
        complete(
                instance,
                INSPECTOR,
                Map.of(TalkProcess.VAR_ASSESSMENT, "NOT_TRUE", TalkProcess.VAR_ASSESSMENT_TEXT, "查无实据"));
        assertThat(instance).hasPassed(TalkProcess.END_ASSESSED).isEnded();
        assertThat(audit.forProcessInstance(instance.getId()))
                .extracting(AuditRecord::outcome)
                .contains("talk-reply-late", "talk-replied", "talk-assessed");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM integrity_talk WHERE source_talk_id = ?", Integer.class, inquiry.id()))
                .isZero();
    }

    @Test
    void aTalkIsRecordedOnlyWithEveryFieldRightAndNothingIsWrittenOtherwise() {
        String person = members(org.organisation(), approver, 9, 1).get(0);
        Talk talk = talks.plan(plan(TalkKind.REMINDER, List.of(person), "提醒", HEAD), user(OFFICE));
        ProcessInstance instance = instance(talk);
        complete(instance, approver, approve(null));

        assertThatThrownBy(() -> complete(
                        instance,
                        HEAD,
                        Map.of(
                                TalkProcess.VAR_TALK_DATE,
                                DAY.plusDays(1).toString(),
                                TalkProcess.VAR_RECORDER,
                                person)))
                .hasMessageContaining("谈话日期不能晚于今天")
                .hasMessageContaining("请填写谈话地点")
                .hasMessageContaining("记录人不能是谈话对象本人")
                .hasMessageContaining("请填写谈话记录");
        assertThat(status(talk)).isEqualTo(TalkStatus.APPROVED);
        assertThat(instance).isWaitingAt(TalkProcess.TASK_HOLD);
        complete(instance, HEAD, hold(DAY, OFFICE, "记录"));
        assertThatThrownBy(() -> complete(instance, person, Map.of(TalkProcess.VAR_CONFIRMED, false)))
                .hasMessageContaining("已阅读并确认");
        assertThat(instance).isWaitingAt(TalkProcess.TASK_CONFIRM);
    }

    private void assertNoContentInTheEngine(ProcessInstance instance, String... texts) {
        List<HistoricVariableInstance> history = engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .list();
        assertThat(history)
                .extracting(HistoricVariableInstance::getName)
                .doesNotContain(
                        TalkProcess.VAR_REASON,
                        TalkProcess.VAR_RECORD,
                        TalkProcess.VAR_STATEMENT,
                        TalkProcess.VAR_REPLY);
        String values =
                history.stream().map(v -> String.valueOf(v.getValue())).toList().toString();
        String runtime = engine.getRuntimeService()
                .createVariableInstanceQuery()
                .processInstanceIdIn(instance.getId())
                .list()
                .toString();
        for (String text : texts) {
            assertThat(values).doesNotContain(text);
            assertThat(runtime).doesNotContain(text);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?", Integer.class, instance.getId()))
                .isZero();
    }

    private String refusal(Runnable call) {
        try {
            call.run();
            return "accepted";
        } catch (ApiException e) {
            return e.code();
        }
    }

    /** Claims a group task for {@code userId} as Tasklist would, then completes it. */
    private void complete(ProcessInstance instance, String userId, Map<String, Object> variables) {
        Task open = task(instance);
        if (open.getAssignee() == null) {
            engine.getTaskService().claim(open.getId(), userId);
        }
        engine.getTaskService().complete(open.getId(), variables);
    }

    private Map<String, Object> taskVariables(ProcessInstance instance) {
        return engine.getTaskService().getVariablesLocal(task(instance).getId());
    }

    private ProcessInstance instance(Talk talk) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(talk.businessKey())
                .singleResult();
    }

    private Task task(ProcessInstance instance) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }

    private List<Task> tasks(ProcessInstance instance, String key) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(key)
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

    private TalkStatus status(Talk talk) {
        return ledger.talk(talk.id()).status();
    }
}
