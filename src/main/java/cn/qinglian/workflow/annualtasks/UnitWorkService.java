package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead unit's share of the list: sign-off or an adjustment request and the office's adjustment,
 * sign-off reminders and escalations, then per task the progress reports, chasing of missed ones,
 * and verification (销号). Each step writes its rows and audit entry in the task's transaction.
 */
@Service
class UnitWorkService {

    static final int MAX_TEXT = 4000;

    private final TaskListMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final TaskListProperties properties;
    private final Clock clock;
    private final Notices notices;

    UnitWorkService(
            TaskListMapper mapper,
            OrgService org,
            AuditService audit,
            TaskListProperties properties,
            Clock clock,
            Notices notices) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    /** Who signs for a unit and what: its head, its tasks as text for the form, the task ids. */
    public record UnitShare(String unitHead, String unitName, String summary, List<Long> itemIds) {}

    /** The lead unit's share begins: its head and tasks; cooperating units are told of the tasks they help with. */
    @Transactional
    public UnitShare startUnit(long listId, String unitId, TaskStep step) {
        Organisation organisation = org.organisation();
        List<TaskItem> items = mapper.findUnitItems(listId, unitId);
        String head = organisation
                .nearest(unitId, Role.UNIT_HEAD)
                .map(Person::id)
                .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " has no head to sign"));
        for (TaskItem item : items) {
            for (String cooperating : split(item.cooperatingUnits())) {
                organisation
                        .nearest(cooperating, Role.UNIT_HEAD)
                        .ifPresent(h -> mapper.insertEvent(TaskListEvent.of(
                                        item.listId(), cooperating, TaskListEvent.Kind.COOPERATION_NOTICE, null, clock)
                                .item(item.id(), null)
                                .recipient(h.id())
                                .note("请配合" + item.leadUnitName() + "落实第 " + item.itemNo() + " 项任务："
                                        + item.content())));
            }
        }
        audit.record(
                step.audit(TaskListProcess.PROCESS_KEY, TaskListOutcome.DISTRIBUTED, unitId, items.size() + " 项任务"));
        return new UnitShare(
                head,
                organisation.unit(unitId).map(Unit::name).orElse(unitId),
                summary(items),
                items.stream().map(TaskItem::id).toList());
    }

    /** 签收 (all the unit's tasks), or an adjustment request naming tasks of the unit, with a reason. */
    @Transactional
    public void signOff(long listId, String unitId, TaskStep step, Boolean signed, String adjustItems, String reason) {
        mapper.lockList(listId);
        List<TaskItem> items = mapper.findUnitItems(listId, unitId);
        if (signed == null) {
            throw ApiException.invalidField(TaskListProcess.VAR_SIGNED, "请选择：签收或申请调整");
        }
        if (signed) {
            mapper.updateItemStatus(items.stream().map(TaskItem::id).toList(), TaskStatus.SIGNED);
            mapper.insertEvent(TaskListEvent.of(listId, unitId, TaskListEvent.Kind.SIGNED, step.actorId(), clock)
                    .note(reason));
            audit.record(step.audit(TaskListProcess.PROCESS_KEY, StepOutcome.SIGNED, unitId, items.size() + " 项任务"));
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Integer> named = numbers(adjustItems, items, problems);
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_REASON, "申请调整须说明理由"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_REASON, "理由不超过 " + MAX_TEXT + " 字"));
        }
        refuseIf(problems);
        String nos = named.stream().map(String::valueOf).collect(Collectors.joining("、"));
        mapper.insertEvent(
                TaskListEvent.of(listId, unitId, TaskListEvent.Kind.ADJUSTMENT_REQUESTED, step.actorId(), clock)
                        .item(null, nos)
                        .note(reason));
        audit.record(step.audit(
                TaskListProcess.PROCESS_KEY,
                TaskListOutcome.ADJUSTMENT_REQUESTED,
                unitId,
                "第 " + nos + " 项：" + reason.trim()));
    }

    /** One of the office's adjustment slots: the task's number, its new content and/or deadline. */
    public record Adjustment(Integer itemNo, String content, LocalDate deadline) {}

    /** The office adjusts the named tasks (or explains why not); the unit signs again. Returns the new summary. */
    @Transactional
    public String adjust(long listId, String unitId, TaskStep step, List<Adjustment> adjustments, String note) {
        mapper.lockList(listId);
        List<TaskItem> items = mapper.findUnitItems(listId, unitId);
        List<FieldProblem> problems = new ArrayList<>();
        if (note == null || note.isBlank()) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_NOTE, "请填写调整说明（调整了什么，或为何不调整）"));
        }
        for (int i = 0; i < adjustments.size(); i++) {
            Adjustment a = adjustments.get(i);
            String slot = String.valueOf(i + 1);
            if (items.stream().noneMatch(t -> t.itemNo() == a.itemNo())) {
                problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_NO + slot, "本单位没有第 " + a.itemNo() + " 项任务"));
            }
            if (a.content() != null && a.content().length() > TaskListDraft.MAX_CONTENT) {
                problems.add(FieldProblem.of(
                        TaskListProcess.VAR_ADJUST_CONTENT + slot, "任务内容不超过 " + TaskListDraft.MAX_CONTENT + " 字"));
            }
        }
        refuseIf(problems);
        for (Adjustment a : adjustments) {
            TaskItem item = items.stream()
                    .filter(t -> t.itemNo() == a.itemNo())
                    .findFirst()
                    .orElseThrow();
            String content = a.content() == null ? item.content() : a.content();
            LocalDate deadline = a.deadline() == null ? item.deadline() : a.deadline();
            mapper.updateItem(item.id(), content, deadline);
            mapper.insertChange(item.id(), step.actorId(), describe(item, content, deadline, note), clock.instant());
        }
        String nos = adjustments.stream().map(a -> String.valueOf(a.itemNo())).collect(Collectors.joining("、"));
        mapper.insertEvent(TaskListEvent.of(listId, unitId, TaskListEvent.Kind.ADJUSTED, step.actorId(), clock)
                .item(null, nos.isEmpty() ? null : nos)
                .note(note));
        audit.record(step.audit(TaskListProcess.PROCESS_KEY, TaskListOutcome.ADJUSTED, unitId, note.trim()));
        return summary(mapper.findUnitItems(listId, unitId));
    }

    /** Before the sign-off deadline the head is reminded; after it, the responsible leaders are told. */
    @Transactional
    public void signOffDeadline(long listId, String unitId, boolean escalate, TaskStep step) {
        List<TaskItem> items = mapper.findUnitItems(listId, unitId);
        Organisation organisation = org.organisation();
        String unitName = organisation.unit(unitId).map(Unit::name).orElse(unitId);
        if (!escalate) {
            String head =
                    organisation.nearest(unitId, Role.UNIT_HEAD).map(Person::id).orElse(null);
            mapper.insertEvent(TaskListEvent.of(listId, unitId, TaskListEvent.Kind.SIGN_OFF_REMINDER, null, clock)
                    .recipient(head)
                    .note(unitName + "：请在截止日期前签收本单位 " + items.size() + " 项任务"));
            audit.record(step.audit(TaskListProcess.PROCESS_KEY, TaskListOutcome.SIGN_OFF_REMINDER, head, unitName));
            notices.send(NoticeRequest.about(
                            NoticeKind.REMINDER, head, "签收本单位任务清单（" + items.size() + " 项）", TaskListProcess.PROCESS_KEY)
                    .inInstance(step.processInstanceId())
                    .forUnit(unitName));
            return;
        }
        for (String leader :
                items.stream().map(TaskItem::leaderId).distinct().sorted().toList()) {
            mapper.insertEvent(TaskListEvent.of(listId, unitId, TaskListEvent.Kind.SIGN_OFF_ESCALATION, null, clock)
                    .recipient(leader)
                    .note(unitName + "逾期未签收任务清单，请督促"));
            audit.record(
                    step.audit(TaskListProcess.PROCESS_KEY, TaskListOutcome.SIGN_OFF_ESCALATION, leader, unitName));
            notices.send(NoticeRequest.about(
                            NoticeKind.ESCALATION, leader, unitName + "逾期未签收任务清单", TaskListProcess.PROCESS_KEY)
                    .forUnit(unitName));
        }
    }

    /** A task's title for its forms: number, content, deadline. */
    @Transactional(readOnly = true)
    public String itemTitle(long itemId) {
        TaskItem item = mapper.findItem(itemId);
        return "第 " + item.itemNo() + " 项：" + item.content() + "（完成时限 " + item.deadline() + "）";
    }

    /** A report is due: the date by which it is expected. */
    public Date reportDue() {
        return ChinaTime.endOf(ChinaTime.today(clock).plusDays(properties.reportWindowDays()));
    }

    /** A progress report: status, percentage 0–100 and a note. Returns whether it reports the task complete. */
    @Transactional
    public boolean report(long itemId, TaskStep step, String progressText, Integer percent, String note) {
        TaskItem item = mapper.lockItem(itemId);
        List<FieldProblem> problems = new ArrayList<>();
        Progress progress = Progress.parse(progressText).orElse(null);
        if (progress == null) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_PROGRESS, "请选择进展情况：按计划推进、进度滞后或已完成"));
        }
        if (percent == null || percent < 0 || percent > 100) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_PERCENT, "完成百分比应为 0–100"));
        }
        if (note == null || note.isBlank()) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_NOTE, "请填写进展说明"));
        } else if (note.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_NOTE, "进展说明不超过 " + MAX_TEXT + " 字"));
        }
        if (item.status() == TaskStatus.PENDING) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_ITEM_ID, "第 " + item.itemNo() + " 项任务尚未签收，不能报告进展"));
        }
        refuseIf(problems);
        boolean complete = progress == Progress.COMPLETED;
        int done = complete ? 100 : percent;
        mapper.recordProgress(
                itemId, complete ? TaskStatus.REPORTED_COMPLETE : TaskStatus.IN_PROGRESS, done, clock.instant());
        mapper.insertEvent(TaskListEvent.of(
                        item.listId(), item.leadUnitId(), TaskListEvent.Kind.PROGRESS_REPORTED, step.actorId(), clock)
                .item(itemId, String.valueOf(item.itemNo()))
                .progress(progress, done)
                .note(note));
        audit.record(step.audit(
                TaskListProcess.PROCESS_KEY,
                TaskListOutcome.REPORTED,
                progress.name(),
                "第 " + item.itemNo() + " 项 " + done + "%：" + note.trim()));
        return complete;
    }

    /** A missed report: the head is reminded once a day; after some days the responsible leader once. Returns notices sent. */
    @Transactional
    public int chaseReport(long itemId, Date due, TaskStep step) {
        TaskItem item = mapper.lockItem(itemId);
        LocalDate today = ChinaTime.today(clock);
        LocalDate dueDay = due.toInstant().atZone(ChinaTime.ZONE).toLocalDate();
        if (!today.isAfter(dueDay)) {
            return 0;
        }
        int sent = 0;
        String head = org.organisation()
                .nearest(item.leadUnitId(), Role.UNIT_HEAD)
                .map(Person::id)
                .orElse(null);
        if (mapper.countEvents(item.listId(), itemId, null, TaskListEvent.Kind.REPORT_REMINDER, today) == 0) {
            mapper.insertEvent(
                    TaskListEvent.of(item.listId(), item.leadUnitId(), TaskListEvent.Kind.REPORT_REMINDER, null, clock)
                            .item(itemId, null)
                            .recipient(head)
                            .note("第 " + item.itemNo() + " 项任务进展报告已逾期（应于 " + dueDay + " 前报送）"));
            notices.send(NoticeRequest.about(
                            NoticeKind.REMINDER,
                            head,
                            "第 " + item.itemNo() + " 项任务的进展报告已逾期（应于 " + dueDay + " 前报送）",
                            TaskListProcess.PROCESS_KEY)
                    .inInstance(step.processInstanceId())
                    .forUnit(item.leadUnitName()));
            sent++;
        }
        if (!today.isBefore(dueDay.plusDays(properties.escalateAfterDays()))
                && mapper.countEvents(item.listId(), itemId, null, TaskListEvent.Kind.REPORT_ESCALATION, null) == 0) {
            mapper.insertEvent(TaskListEvent.of(
                            item.listId(), item.leadUnitId(), TaskListEvent.Kind.REPORT_ESCALATION, null, clock)
                    .item(itemId, null)
                    .recipient(item.leaderId())
                    .note(item.leadUnitName() + "第 " + item.itemNo() + " 项任务进展报告逾期 " + properties.escalateAfterDays()
                            + " 天以上，请督促"));
            notices.send(NoticeRequest.about(
                            NoticeKind.ESCALATION,
                            item.leaderId(),
                            item.leadUnitName() + "第 " + item.itemNo() + " 项任务的进展报告逾期未报",
                            TaskListProcess.PROCESS_KEY)
                    .forUnit(item.leadUnitName()));
            sent++;
        }
        if (sent > 0) {
            audit.record(step.audit(
                    TaskListProcess.PROCESS_KEY, TaskListOutcome.REPORT_CHASED, "第 " + item.itemNo() + " 项"));
        }
        return sent;
    }

    /** 核验销号: accepted closes the task; not accepted sends it back to the unit with the reason. */
    @Transactional
    public void verify(long itemId, TaskStep step, Boolean accepted, String reason) {
        TaskItem item = mapper.lockItem(itemId);
        if (accepted == null) {
            throw ApiException.invalidField(TaskListProcess.VAR_ACCEPTED, "请选择核验结论：销号或退回");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw ApiException.invalidField(TaskListProcess.VAR_REASON, "退回时须说明理由");
        }
        if (accepted) {
            mapper.closeItem(itemId, clock.instant());
        } else {
            mapper.recordProgress(itemId, TaskStatus.IN_PROGRESS, item.percentDone(), clock.instant());
        }
        mapper.insertEvent(TaskListEvent.of(
                        item.listId(),
                        item.leadUnitId(),
                        accepted ? TaskListEvent.Kind.ACCEPTED : TaskListEvent.Kind.REJECTED,
                        step.actorId(),
                        clock)
                .item(itemId, String.valueOf(item.itemNo()))
                .note(reason));
        audit.record(step.audit(
                TaskListProcess.PROCESS_KEY,
                accepted ? TaskListOutcome.ACCEPTED : TaskListOutcome.REJECTED,
                "第 " + item.itemNo() + " 项" + (reason == null || reason.isBlank() ? "" : "：" + reason.trim())));
    }

    /** The unit's tasks as Markdown lines for the sign-off form. */
    static String summary(List<TaskItem> items) {
        return TaskSummary.of(items, false);
    }

    private static Set<Integer> numbers(String text, List<TaskItem> items, List<FieldProblem> problems) {
        Set<Integer> named = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_ITEMS, "请填写需调整的任务序号，如 3、7"));
            return named;
        }
        for (String part : text.trim().split("[、,，;；\\s]+")) {
            try {
                int no = Integer.parseInt(part.replaceAll("^第|项$", ""));
                if (items.stream().noneMatch(t -> t.itemNo() == no)) {
                    problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_ITEMS, "本单位没有第 " + no + " 项任务"));
                }
                named.add(no);
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(TaskListProcess.VAR_ADJUST_ITEMS, "任务序号应为数字：" + part));
            }
        }
        return named;
    }

    private static String describe(TaskItem before, String content, LocalDate deadline, String note) {
        StringBuilder text = new StringBuilder();
        if (!before.content().equals(content)) {
            text.append("内容：")
                    .append(before.content())
                    .append(" → ")
                    .append(content)
                    .append("；");
        }
        if (!before.deadline().equals(deadline)) {
            text.append("时限：")
                    .append(before.deadline())
                    .append(" → ")
                    .append(deadline)
                    .append("；");
        }
        return text.append("说明：").append(note.trim()).toString();
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(","));
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", problems.get(0).message(), problems);
        }
    }
}
