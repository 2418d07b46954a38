package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListFixtures.OFFICE;
import static cn.qinglian.workflow.annualtasks.TaskListFixtures.request;
import static cn.qinglian.workflow.annualtasks.TaskListFixtures.task;
import static cn.qinglian.workflow.annualtasks.TaskListFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.Refusals;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/task-list-signoff.bpmn, with the list's rows and progress checked at each step. */
class TaskListSignOffProcessTest extends IntegrationTest {

    @Autowired
    TaskListService lists;

    @Autowired
    TaskListQueries queries;

    @Autowired
    UnitWorkService units;

    @Autowired
    AuditService audit;

    @Test
    void returnedRevisedApprovedSignedAfterAnAdjustmentReportedVerifiedAndClosed() {
        int year = 2031;
        TaskList list = lists.create(
                request(year, task(1, "d02", "leader2"), task(2, "d02", "leader2"), task(3, "a04", "leader1", "d02")),
                OFFICE);
        ProcessInstance instance = instance(list);
        assertThat(instance).isWaitingAt(TaskListProcess.TASK_APPROVE).task().isAssignedTo("secretary");

        Task approval = single(instance, TaskListProcess.TASK_APPROVE);
        assertThatThrownBy(() -> complete(approval, Map.of("approved", false)))
                .satisfies(Refusals.namingField("opinion"));
        complete(approval, Map.of("approved", false, "opinion", "第3项时限过紧，请调整"));
        assertThat(queries.list(year).status()).isEqualTo(ListStatus.RETURNED);
        Task revise = single(instance, TaskListProcess.TASK_REVISE);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(revise.getId())
                        .taskCandidateGroup("role-party-office")
                        .count())
                .isEqualTo(1);
        complete(revise, Map.of("revisionNote", "已将第3项时限延后一个月"));
        complete(single(instance, TaskListProcess.TASK_APPROVE), Map.of("approved", true, "opinion", "同意"));
        assertThat(queries.list(year).status()).isEqualTo(ListStatus.IN_PROGRESS);

        runAsyncJobs(instance.getId());
        Task d02 = signOffOf(instance, "head-d02");
        Task a04 = signOffOf(instance, "head-a04");
        assertThat(d02.getDueDate()).isNotNull();
        assertThat(queries.events(year, TaskListEvent.Kind.COOPERATION_NOTICE))
                .singleElement()
                .satisfies(e -> assertThat(e.recipientId()).isEqualTo("head-d02"));

        complete(d02, Map.of("signed", false, "adjustItems", "2", "adjustReason", "第2项与处室职能不符，建议调整表述"));
        assertThat(engine.getTaskService().getVariables(a04.getId()))
                .as("one unit's answers stay in its own scope")
                .containsEntry("signed", null)
                .containsEntry("adjustItems", null);
        Task adjust = single(instance, TaskListProcess.TASK_ADJUST);
        complete(
                adjust,
                Map.of(
                        "adjustNo1",
                        2,
                        "adjustContent1",
                        "第2项：督促建设单位落实招投标主体责任",
                        "adjustDeadline1",
                        today().plusMonths(7).toString(),
                        "adjustNote",
                        "已按处室意见调整表述和时限"));
        assertThat(queries.items(year).get(1).content()).isEqualTo("第2项：督促建设单位落实招投标主体责任");
        complete(signOffOf(instance, "head-d02"), Map.of("signed", true));
        complete(a04, Map.of("signed", true));
        assertThat(queries.progress(year).total().signed()).isEqualTo(3);

        long first = queries.items(year).get(0).id();
        nextCycle(instance, first);
        Task report = reportOf(instance, first);
        assertThat(report.getAssignee()).isEqualTo("head-d02");
        assertThat(report.getDueDate()).isNotNull();
        complete(report, Map.of("progress", "ON_TRACK", "percent", 40, "note", "已完成摸底排查"));
        assertThat(queries.progress(year).tasks().get(0).percentDone()).isEqualTo(40);
        nextCycle(instance, first);
        complete(reportOf(instance, first), Map.of("progress", "COMPLETED", "percent", 100, "note", "专项整治完成"));
        complete(verifyOf(instance, first), Map.of("accepted", false, "reason", "缺少整治台账"));
        assertThat(queries.items(year).get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        complete(reportOf(instance, first), Map.of("progress", "COMPLETED", "percent", 100, "note", "已补交整治台账"));
        complete(verifyOf(instance, first), Map.of("accepted", true));
        assertThat(queries.items(year).get(0).status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(queries.progress(year).total().closed()).isEqualTo(1);

        for (TaskItem item : queries.items(year).subList(1, 3)) {
            nextCycle(instance, item.id());
            complete(reportOf(instance, item.id()), Map.of("progress", "COMPLETED", "percent", 100, "note", "完成"));
            complete(verifyOf(instance, item.id()), Map.of("accepted", true));
        }
        runAsyncJobs(instance.getId());
        assertThat(instance).isEnded().hasPassed(TaskListProcess.END_CLOSED);
        assertThat(queries.list(year).status()).isEqualTo(ListStatus.CLOSED);
        assertThat(audit.forBusinessKey(list.businessKey()))
                .extracting(AuditRecord::outcome)
                .contains(
                        "created",
                        "returned",
                        "revised",
                        "approved",
                        "adjustment-requested:d02",
                        "adjusted:d02",
                        "signed:d02",
                        "signed:a04",
                        "reported:ON_TRACK",
                        "rejected",
                        "accepted",
                        "closed");
    }

    @Test
    void signOffIsRemindedBeforeItsDeadlineAndEscalatedToTheLeaderAfter() {
        int year = 2032;
        TaskList list = lists.create(request(year, task(1, "d05", "leader1"), task(2, "d05", "leader3")), OFFICE);
        ProcessInstance instance = instance(list);
        complete(single(instance, TaskListProcess.TASK_APPROVE), Map.of("approved", true));
        runAsyncJobs(instance.getId());

        execute(job(instance, TaskListProcess.TIMER_SIGN_OFF_REMINDER));
        assertThat(queries.events(year, TaskListEvent.Kind.SIGN_OFF_REMINDER))
                .singleElement()
                .satisfies(e -> assertThat(e.recipientId()).isEqualTo("head-d05"));
        execute(job(instance, TaskListProcess.TIMER_SIGN_OFF_ESCALATION));
        assertThat(queries.events(year, TaskListEvent.Kind.SIGN_OFF_ESCALATION))
                .extracting(TaskListEvent::recipientId)
                .containsExactly("leader1", "leader3");
        assertThat(signOffOf(instance, "head-d05"))
                .as("still waiting to be signed")
                .isNotNull();
    }

    @Test
    void aMissedReportRemindsTheHeadDailyAndTellsTheLeaderOnce() {
        int year = 2033;
        TaskList list = lists.create(request(year, task(1, "a06", "leader2")), OFFICE);
        ProcessInstance instance = instance(list);
        complete(single(instance, TaskListProcess.TASK_APPROVE), Map.of("approved", true));
        runAsyncJobs(instance.getId());
        complete(signOffOf(instance, "head-a06"), Map.of("signed", true));
        long item = queries.items(year).get(0).id();
        nextCycle(instance, item);

        execute(job(instance, TaskListProcess.TIMER_REPORT_CHECK));
        assertThat(queries.events(year, TaskListEvent.Kind.REPORT_REMINDER))
                .as("not overdue yet")
                .isEmpty();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(15L * 24 * 3600)));
        execute(job(instance, TaskListProcess.TIMER_REPORT_CHECK));
        execute(job(instance, TaskListProcess.TIMER_REPORT_CHECK));
        assertThat(queries.events(year, TaskListEvent.Kind.REPORT_REMINDER)).hasSize(1);
        assertThat(queries.events(year, TaskListEvent.Kind.REPORT_ESCALATION))
                .singleElement()
                .satisfies(e -> assertThat(e.recipientId()).isEqualTo("leader2"));
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(24L * 3600)));
        execute(job(instance, TaskListProcess.TIMER_REPORT_CHECK));
        assertThat(queries.events(year, TaskListEvent.Kind.REPORT_REMINDER))
                .as("again the next day")
                .hasSize(2);
        assertThat(queries.events(year, TaskListEvent.Kind.REPORT_ESCALATION))
                .as("the leader only once")
                .hasSize(1);
    }

    @Test
    void refusedStepsNameTheFieldAndChangeNothing() {
        int year = 2034;
        TaskList list = lists.create(request(year, task(1, "d08", "leader4")), OFFICE);
        ProcessInstance instance = instance(list);
        long item = queries.items(year).get(0).id();
        assertThatThrownBy(() -> units.report(
                        item,
                        new cn.qinglian.workflow.common.audit.TaskStep(
                                "head-d08", null, null, null, null, list.businessKey()),
                        "ON_TRACK",
                        10,
                        "提前报告"))
                .hasMessageContaining("尚未签收");
        complete(single(instance, TaskListProcess.TASK_APPROVE), Map.of("approved", true));
        runAsyncJobs(instance.getId());
        Task signOff = signOffOf(instance, "head-d08");
        assertThatThrownBy(() -> complete(signOff, Map.of("signed", false, "adjustItems", "1")))
                .satisfies(Refusals.namingField("adjustReason"));
        assertThatThrownBy(() -> complete(signOff, Map.of("signed", false, "adjustItems", "9", "adjustReason", "不适合")))
                .satisfies(Refusals.namingField("adjustItems"));
        assertThat(queries.events(year, TaskListEvent.Kind.ADJUSTMENT_REQUESTED))
                .isEmpty();
        complete(signOff, Map.of("signed", true));
        nextCycle(instance, item);
        Task report = reportOf(instance, item);
        assertThatThrownBy(() -> complete(report, Map.of("progress", "ON_TRACK", "percent", 150, "note", "推进中")))
                .satisfies(Refusals.namingField("percent"));
        assertThat(queries.events(year, TaskListEvent.Kind.PROGRESS_REPORTED)).isEmpty();
        complete(report, Map.of("progress", "COMPLETED", "percent", 100, "note", "完成"));
        Task verify = verifyOf(instance, item);
        assertThatThrownBy(() -> complete(verify, Map.of("accepted", false))).satisfies(Refusals.namingField("reason"));
        assertThat(queries.items(year).get(0).status()).isEqualTo(TaskStatus.REPORTED_COMPLETE);
    }

    private ProcessInstance instance(TaskList list) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(list.businessKey())
                .processDefinitionKey(TaskListProcess.PROCESS_KEY)
                .singleResult();
    }

    /** Completes the task as its assignee would; an office task (offered to the group) is claimed by office1 first. */
    private void complete(Task task, Map<String, Object> variables) {
        if (engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee()
                == null) {
            engine.getTaskService().claim(task.getId(), "office1");
        }
        engine.getTaskService().complete(task.getId(), variables);
    }

    private Task single(ProcessInstance instance, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private Task signOffOf(ProcessInstance instance, String head) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(TaskListProcess.TASK_SIGN_OFF)
                .taskAssignee(head)
                .singleResult();
    }

    private Task reportOf(ProcessInstance instance, long itemId) {
        return itemTask(instance, TaskListProcess.TASK_REPORT, itemId);
    }

    private Task verifyOf(ProcessInstance instance, long itemId) {
        return itemTask(instance, TaskListProcess.TASK_VERIFY, itemId);
    }

    private Task itemTask(ProcessInstance instance, String taskKey, long itemId) {
        List<Task> tasks = engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .list()
                .stream()
                .filter(t -> ((Number) engine.getTaskService().getVariable(t.getId(), TaskListProcess.VAR_ITEM_ID))
                                .longValue()
                        == itemId)
                .toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    /** Fires the item's "next report cycle" timer. */
    private void nextCycle(ProcessInstance instance, long itemId) {
        Job timer = engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(TaskListProcess.TIMER_NEXT_REPORT)
                .list()
                .stream()
                .filter(j -> ((Number) engine.getRuntimeService()
                                        .getVariable(j.getExecutionId(), TaskListProcess.VAR_ITEM_ID))
                                .longValue()
                        == itemId)
                .findFirst()
                .orElseThrow();
        execute(timer);
    }

    private Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    private void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }
}
