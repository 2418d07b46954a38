package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.common.sheets.SheetTable;
import cn.qinglian.workflow.common.sheets.SpreadsheetReader;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's task list as a whole: creating it (JSON or the office's spreadsheet) and starting its
 * process, the secretary's approval or return, the office's revision, and closing it.
 */
@Service
class TaskListService {

    private static final Logger log = LoggerFactory.getLogger(TaskListService.class);

    private final TaskListMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final SpreadsheetReader spreadsheets;
    private final TaskListProperties properties;
    private final Clock clock;

    TaskListService(
            TaskListMapper mapper,
            OrgService org,
            AuditService audit,
            RuntimeService runtime,
            SystemAuthentication system,
            SpreadsheetReader spreadsheets,
            TaskListProperties properties,
            Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.runtime = runtime;
        this.system = system;
        this.spreadsheets = spreadsheets;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the year's list from JSON and starts its process; the secretary approves next. */
    @Transactional
    public TaskList create(TaskListRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        requireOffice(user, organisation);
        TaskListDraft.Checked checked =
                TaskListDraft.check(request.tasks(), organisation, properties.sourceLists(), null);
        return create(request, checked, user, organisation);
    }

    /** Creates the year's list from the office's spreadsheet: refused whole, every problem by row, if anything is wrong. */
    @Transactional
    public TaskList importSheet(
            int year, String title, LocalDate signOffDue, String fileName, byte[] bytes, CurrentUser user) {
        Organisation organisation = org.organisation();
        requireOffice(user, organisation);
        List<FieldProblem> problems = new ArrayList<>();
        if (signOffDue == null) {
            problems.add(FieldProblem.of("signOffDue", "请填写签收截止日期"));
        }
        SpreadsheetReader.Result read = spreadsheets.read(fileName, bytes);
        read.problem().ifPresent(problems::add);
        List<TaskInput> tasks = new ArrayList<>();
        for (SheetTable table : read.tables().isEmpty()
                ? List.<SheetTable>of()
                : List.of(read.tables().get(0))) {
            tasks.addAll(TaskListSheet.read(table, problems));
        }
        if (read.problem().isEmpty() && tasks.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("file", "表中没有任务", fileName, null, null));
        }
        TaskListDraft.Checked checked = TaskListDraft.check(tasks, organisation, properties.sourceLists(), fileName);
        problems.addAll(checked.problems());
        TaskListRequest request = new TaskListRequest(
                year, title == null || title.isBlank() ? year + "年度任务清单" : title, signOffDue, null, tasks);
        return create(request, new TaskListDraft.Checked(checked.items(), problems), user, organisation);
    }

    private TaskList create(
            TaskListRequest request, TaskListDraft.Checked checked, CurrentUser user, Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        String cycle = request.reportCycle() == null || request.reportCycle().isBlank()
                ? properties.reportCycle()
                : request.reportCycle().trim();
        if (!isDuration(cycle)) {
            problems.add(FieldProblem.of("reportCycle", "报告周期应为 ISO 8601 时长，如 P1M（每月）、P14D（每两周）"));
        }
        if (request.signOffDue() != null
                && request.signOffDue().isBefore(LocalDate.now(clock.withZone(ChinaTime.ZONE)))) {
            problems.add(FieldProblem.of("signOffDue", "签收截止日期不能早于今天"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation",
                    "任务清单有 " + problems.size() + " 处问题，未导入任何内容："
                            + problems.get(0).message(),
                    problems);
        }
        String secretary = organisation.withRole(Role.SECRETARY).stream()
                .filter(Person::active)
                .map(Person::id)
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField("secretary", "组织架构中没有党组书记，无法审批"));
        String businessKey = TaskListProcess.BUSINESS_KEY_PREFIX + request.year();
        TaskList existing = mapper.findListByYear(request.year());
        if (existing != null && existing.status() == ListStatus.RETURNED) {
            return replaceReturned(existing, checked.items(), user);
        }
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertList(
                    request.year(),
                    businessKey,
                    request.title().trim(),
                    request.signOffDue(),
                    cycle,
                    user.userId(),
                    id,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate", request.year() + " 年度的任务清单已经存在，未重复创建。");
        }
        mapper.insertItems(id.getValue(), checked.items());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(TaskListProcess.VAR_LIST_ID, id.getValue())
                .putValue(TaskListProcess.VAR_YEAR, request.year())
                .putValue(TaskListProcess.VAR_TITLE, request.title().trim())
                .putValue(TaskListProcess.VAR_TASK_COUNT, checked.items().size())
                .putValue(TaskListProcess.VAR_LIST_SUMMARY, summary(id.getValue()))
                .putValue(TaskListProcess.VAR_SECRETARY, secretary)
                .putValue(TaskListProcess.VAR_REPORT_CYCLE, cycle)
                .putValue(TaskListProcess.VAR_DUE_CHECK_CYCLE, properties.dueCheckCycle())
                .putValue(TaskListProcess.VAR_SIGN_OFF_DUE, ChinaTime.endOf(request.signOffDue()))
                .putValue(
                        TaskListProcess.VAR_SIGN_OFF_REMINDER_AT,
                        ChinaTime.startOf(request.signOffDue().minusDays(properties.reminderDays())))
                .putValue(
                        TaskListProcess.VAR_LEAD_UNIT_IDS,
                        ProcessVariables.jsonList(checked.items().stream()
                                .map(TaskListMapper.NewItem::leadUnitId)
                                .distinct()
                                .sorted()
                                .toList()));
        String instanceId = system.callFor(
                        user.userId(),
                        () -> runtime.startProcessInstanceByKey(TaskListProcess.PROCESS_KEY, businessKey, variables))
                .getId();
        audit.record(new TaskStep(user.userId(), instanceId, "startEvent_drafted", "拟定任务清单", null, businessKey)
                .audit(
                        TaskListProcess.PROCESS_KEY,
                        TaskListOutcome.CREATED,
                        request.title() + "（" + checked.items().size() + " 项任务）"));
        log.info(
                "Created task list {} with {} tasks",
                businessKey,
                checked.items().size());
        return mapper.findList(id.getValue());
    }

    /**
     * While the secretary has returned the list, the office may send the corrected list (JSON or
     * spreadsheet) again: its tasks replace the old ones, and the revision task then resubmits it.
     */
    private TaskList replaceReturned(TaskList list, List<TaskListMapper.NewItem> items, CurrentUser user) {
        mapper.lockList(list.id());
        mapper.deleteItems(list.id());
        mapper.insertItems(list.id(), items);
        mapper.insertEvent(TaskListEvent.of(list.id(), null, TaskListEvent.Kind.REVISED, user.userId(), clock)
                .note("重新提交任务清单（" + items.size() + " 项）"));
        String instanceId = system.call(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(list.businessKey())
                .processDefinitionKey(TaskListProcess.PROCESS_KEY)
                .singleResult()
                .getId());
        system.run(() -> runtime.setVariable(
                instanceId,
                TaskListProcess.VAR_LEAD_UNIT_IDS,
                ProcessVariables.jsonList(items.stream()
                        .map(TaskListMapper.NewItem::leadUnitId)
                        .distinct()
                        .sorted()
                        .toList())));
        audit.record(new TaskStep(
                        user.userId(), instanceId, TaskListProcess.TASK_REVISE, "办公室修改任务清单", null, list.businessKey())
                .audit(TaskListProcess.PROCESS_KEY, TaskListOutcome.REPLACED, items.size() + " 项任务"));
        return mapper.findList(list.id());
    }

    /** The whole list as Markdown lines, for the secretary's approval form. */
    @Transactional(readOnly = true)
    public String summary(long listId) {
        return TaskSummary.of(mapper.findItems(listId), true);
    }

    /** 党组书记审批: approve (signing starts), or return with a required opinion. */
    @Transactional
    public void approve(long listId, TaskStep step, Boolean approved, String opinion) {
        TaskList list = mapper.lockList(listId);
        if (approved == null) {
            throw ApiException.invalidField(TaskListProcess.VAR_APPROVED, "请选择审批结论：同意或退回");
        }
        if (!approved && (opinion == null || opinion.isBlank())) {
            throw ApiException.invalidField(TaskListProcess.VAR_OPINION, "退回时须填写审批意见");
        }
        if (approved) {
            mapper.approveList(listId, step.actorId(), clock.instant());
        } else {
            mapper.updateListStatus(listId, ListStatus.RETURNED, clock.instant());
        }
        mapper.insertEvent(TaskListEvent.of(
                        list.id(),
                        null,
                        approved ? TaskListEvent.Kind.APPROVED : TaskListEvent.Kind.RETURNED,
                        step.actorId(),
                        clock)
                .note(opinion));
        audit.record(step.audit(
                TaskListProcess.PROCESS_KEY, approved ? StepOutcome.APPROVED : StepOutcome.RETURNED, opinion));
    }

    /** The office has revised the list after a return and submits it again. Returns its number of tasks. */
    @Transactional
    public int revise(long listId, TaskStep step, String note) {
        mapper.lockList(listId);
        if (note == null || note.isBlank()) {
            throw ApiException.invalidField(TaskListProcess.VAR_REVISION_NOTE, "请说明按审批意见作了哪些修改");
        }
        mapper.updateListStatus(listId, ListStatus.PENDING_APPROVAL, clock.instant());
        mapper.insertEvent(TaskListEvent.of(listId, null, TaskListEvent.Kind.REVISED, step.actorId(), clock)
                .note(note));
        audit.record(step.audit(TaskListProcess.PROCESS_KEY, StepOutcome.REVISED, note));
        return mapper.findItems(listId).size();
    }

    /** Every task verified and closed. */
    @Transactional
    public void close(long listId, TaskStep step) {
        mapper.lockList(listId);
        mapper.updateListStatus(listId, ListStatus.CLOSED, clock.instant());
        mapper.insertEvent(TaskListEvent.of(listId, null, TaskListEvent.Kind.CLOSED, null, clock)
                .note("全部任务已销号"));
        audit.record(step.audit(TaskListProcess.PROCESS_KEY, StepOutcome.CLOSED, null));
    }

    static void requireOffice(CurrentUser user, Organisation organisation) {
        boolean allowed = user.isAdmin() || organisation.holds(user.userId(), Role.PARTY_OFFICE);
        if (!allowed) {
            throw ApiException.forbidden("只有党务工作人员（办公室）或管理员可以创建任务清单。");
        }
    }

    private static boolean isDuration(String text) {
        try {
            if (text.contains("T")) {
                Duration.parse(text);
            } else {
                Period.parse(text);
            }
            return text.startsWith("P");
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
