package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.approval.Views.DoneItem;
import cn.qinglian.workflow.approval.Views.OpenStep;
import cn.qinglian.workflow.approval.Views.Operations;
import cn.qinglian.workflow.approval.Views.PageOf;
import cn.qinglian.workflow.approval.Views.StartedItem;
import cn.qinglian.workflow.approval.Views.TaskDetail;
import cn.qinglian.workflow.approval.Views.TimelineEntry;
import cn.qinglian.workflow.approval.Views.TodoItem;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's lists — 待办, 已办, 我发起的, 抄送我的 — one task with what the caller may do with
 * it, and a process's 审批记录 timeline from the audit trail. 待办 runs under the caller's own
 * Camunda authorizations; the history lists run as the system but only ever for the caller.
 */
@Service
@Transactional(readOnly = true)
class WorkLists {

    static final int MAX_PAGE_SIZE = 100;
    static final String COMPLETED = "completed";
    /** Variables that hold a process's own name (a campaign's, a letter's, a task list's). */
    static final List<String> TITLE_VARIABLES = List.of("campaignName", "title");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskAccess access;
    private final ProcessModel model;
    private final ApprovalMapper mapper;
    private final AuditService audit;
    private final AuditVocabulary vocabulary;
    private final OrgService org;
    private final SystemAuthentication system;
    private final TaskExtras extras;

    WorkLists(
            TaskService tasks,
            RuntimeService runtime,
            HistoryService history,
            TaskAccess access,
            ProcessModel model,
            ApprovalMapper mapper,
            AuditService audit,
            AuditVocabulary vocabulary,
            OrgService org,
            SystemAuthentication system,
            TaskExtras extras) {
        this.extras = extras;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.access = access;
        this.model = model;
        this.mapper = mapper;
        this.audit = audit;
        this.vocabulary = vocabulary;
        this.org = org;
        this.system = system;
    }

    /**
     * 待办: assigned to the caller, or offered to one of their groups and not yet claimed; newest first.
     *
     * <p>Read as the system, as two indexed queries merged here: Camunda's task query under the caller's
     * authorizations joins every grant of the caller and their groups, and the Party office's group
     * holds one per group task (2,000 at city scale), so 待办 grew with the office's queue. The result is
     * the same set: every assignment and candidacy grants its task to that person or group and the app
     * never revokes ({@code authorization-check-revokes: never}), the argument {@code AssigneeWorkCheck}
     * rests on too. The two parts are disjoint (a candidate's task is unclaimed).
     */
    public PageOf<TodoItem> todo(int page, int size, CurrentUser user) {
        Paging paging = Paging.of(page, size);
        int upTo = paging.offset() + paging.size();
        String me = user.userId();
        record Found(List<Task> tasks, long total) {}
        Found found = system.call(() -> {
            var assigned = tasks.createTaskQuery().taskAssignee(me);
            var offered = tasks.createTaskQuery().taskCandidateUser(me);
            // Ties broken by id, in the database and here alike: MySQL keeps create times to the second, and
            // each page reads both lists again, so an order that left ties open could list a task twice.
            List<Task> merged = new ArrayList<>(assigned.orderByTaskCreateTime()
                    .desc()
                    .orderByTaskId()
                    .asc()
                    .listPage(0, upTo));
            merged.addAll(
                    offered.orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, upTo));
            merged.sort(NEWEST_FIRST);
            return new Found(
                    merged.stream().skip(paging.offset()).limit(paging.size()).toList(),
                    assigned.count() + offered.count());
        });
        return paging.page(found.total(), items(found.tasks()));
    }

    private static final Comparator<Task> NEWEST_FIRST =
            Comparator.comparing(Task::getCreateTime).reversed().thenComparing(Task::getId);

    /** 已办: the caller's finished tasks, newest first. */
    public PageOf<DoneItem> done(int page, int size, CurrentUser user) {
        Paging paging = Paging.of(page, size);
        return system.call(() -> {
            var query = history.createHistoricTaskInstanceQuery()
                    .taskAssignee(user.userId())
                    .finished()
                    .orderByHistoricTaskInstanceEndTime()
                    .desc();
            List<HistoricTaskInstance> found = query.listPage(paging.offset(), paging.size());
            Map<String, String> keys = historicBusinessKeys(found.stream()
                    .map(HistoricTaskInstance::getProcessInstanceId)
                    .toList());
            return paging.page(
                    query.count(),
                    found.stream()
                            .map(t -> new DoneItem(
                                    t.getId(),
                                    t.getName(),
                                    model.processName(t.getProcessDefinitionId()),
                                    t.getProcessInstanceId(),
                                    keys.get(t.getProcessInstanceId()),
                                    t.getStartTime().toInstant(),
                                    t.getEndTime().toInstant(),
                                    COMPLETED.equals(t.getDeleteReason())))
                            .toList());
        });
    }

    /** 我发起的: the processes the caller started, newest first, with their open steps. */
    public PageOf<StartedItem> started(int page, int size, CurrentUser user) {
        Paging paging = Paging.of(page, size);
        return system.call(() -> {
            var query = history.createHistoricProcessInstanceQuery()
                    .startedBy(user.userId())
                    .orderByProcessInstanceStartTime()
                    .desc();
            List<HistoricProcessInstance> found = query.listPage(paging.offset(), paging.size());
            List<String> ids =
                    found.stream().map(HistoricProcessInstance::getId).toList();
            Map<String, List<OpenStep>> open = openSteps(ids);
            Map<String, String> titles = titles(ids);
            return paging.page(
                    query.count(),
                    found.stream()
                            .map(p -> new StartedItem(
                                    p.getId(),
                                    model.processName(p.getProcessDefinitionId()),
                                    titles.getOrDefault(p.getId(), p.getBusinessKey()),
                                    p.getBusinessKey(),
                                    p.getState(),
                                    p.getStartTime().toInstant(),
                                    p.getEndTime() == null
                                            ? null
                                            : p.getEndTime().toInstant(),
                                    open.getOrDefault(p.getId(), List.of())))
                            .toList());
        });
    }

    /** 抄送我的: processes copied to the caller, newest first, with their state now. */
    public PageOf<Copy> copied(int page, int size, CurrentUser user) {
        Paging paging = Paging.of(page, size);
        List<Copy> found = mapper.findCopies(user.userId(), paging.offset(), paging.size());
        List<String> ids = found.stream().map(Copy::processInstanceId).toList();
        Map<String, String> states = system.call(() -> historicInstances(ids)).stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getState));
        Map<String, String> titles = system.call(() -> titles(ids));
        return paging.page(
                mapper.countCopiesFor(user.userId()),
                found.stream()
                        .map(c -> c.with(states.get(c.processInstanceId()), titles.get(c.processInstanceId())))
                        .toList());
    }

    /** One open task and what the caller may do with it; for those who may read its process. */
    public TaskDetail task(String taskId, CurrentUser user) {
        Task task = access.anyTask(taskId);
        access.requireInvolvedOrOffice(task.getProcessInstanceId(), user);
        String processKey = access.definitionKey(task);
        return new TaskDetail(
                items(List.of(task)).get(0),
                operations(task, user),
                extras.signature(processKey, task),
                extras.files(processKey, task));
    }

    /** The 审批记录 of a process instance: its start, every recorded step, and the steps still open. */
    public List<TimelineEntry> timeline(String processInstanceId, CurrentUser user) {
        HistoricProcessInstance instance = access.instance(processInstanceId);
        if (!TaskAccess.officeOrAdmin(user)
                && !access.involved(processInstanceId, user.userId())
                && !candidate(processInstanceId, user)) {
            throw ApiException.forbidden("您没有参与该流程，无权查看审批记录。");
        }
        Organisation people = org.organisation();
        List<TimelineEntry> entries = new ArrayList<>();
        if (instance.getStartUserId() != null) {
            entries.add(new TimelineEntry(
                    instance.getStartTime().toInstant(),
                    null,
                    "发起流程",
                    instance.getStartUserId(),
                    name(people, instance.getStartUserId()),
                    StepOutcome.STARTED.label(),
                    null,
                    false));
        }
        audit.forProcessInstance(processInstanceId)
                .forEach(r -> entries.add(new TimelineEntry(
                        r.occurredAt(),
                        r.stepId(),
                        r.stepName(),
                        r.actorId(),
                        r.actorName() != null ? r.actorName() : name(people, r.actorId()),
                        vocabulary.label(r.outcome()),
                        r.opinion(),
                        false)));
        system.call(() -> tasks.createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .orderByTaskCreateTime()
                        .asc()
                        .list())
                .forEach(t -> entries.add(new TimelineEntry(
                        t.getCreateTime().toInstant(),
                        t.getTaskDefinitionKey(),
                        system.call(() -> model.stepName(t)),
                        t.getAssignee(),
                        t.getAssignee() == null ? "待认领" : name(people, t.getAssignee()),
                        "待办理",
                        null,
                        true)));
        entries.sort(Comparator.comparing(TimelineEntry::pending).thenComparing(TimelineEntry::at));
        return entries;
    }

    private Operations operations(Task task, CurrentUser user) {
        boolean holder = user.userId().equals(task.getAssignee());
        boolean delegated = task.getDelegationState() == DelegationState.PENDING;
        TaskPlace place = access.place(task);
        List<Step> returnTo = holder && !delegated ? system.call(() -> model.returnTargets(task, place)) : List.of();
        boolean passable = holder && !delegated && !system.call(() -> model.personal(task));
        boolean countersign =
                passable && system.call(() -> model.signerVariable(task, place)).isPresent();
        // Whoever may read the task (checked by the caller) may urge its holder and copy its process.
        // A task claimed from a group may be given back to it; a task that is its holder's own may not.
        boolean release = holder
                && !delegated
                && system.call(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
                        .anyMatch(
                                link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        return new Operations(
                returnTo,
                passable,
                passable,
                holder && delegated,
                countersign,
                access.withdrawal(task.getProcessInstanceId(), user.userId()).isPresent(),
                !holder && task.getAssignee() != null,
                true,
                release,
                user.isAdmin());
    }

    /** What each process is called where it has a name of its own: a campaign's, a letter's or a list's title. */
    private Map<String, String> titles(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return history
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableNameIn(TITLE_VARIABLES.toArray(String[]::new))
                .disableCustomObjectDeserialization()
                .list()
                .stream()
                .filter(v -> v.getValue() instanceof String text && !text.isBlank())
                .collect(Collectors.toMap(
                        HistoricVariableInstance::getProcessInstanceId, v -> (String) v.getValue(), (a, b) -> a));
    }

    private boolean candidate(String processInstanceId, CurrentUser user) {
        return system.call(() -> tasks.createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskCandidateUser(user.userId())
                        .count()
                > 0);
    }

    private List<TodoItem> items(List<Task> found) {
        Organisation people = org.organisation();
        Map<String, String> keys = system.call(() -> runningBusinessKeys(
                found.stream().map(Task::getProcessInstanceId).toList()));
        Map<String, String> returned = extras.returnReasons(found);
        return found.stream()
                .map(t -> new TodoItem(
                        t.getId(),
                        t.getName(),
                        t.getTaskDefinitionKey(),
                        model.processName(t.getProcessDefinitionId()),
                        access.definitionKey(t),
                        t.getProcessInstanceId(),
                        keys.get(t.getProcessInstanceId()),
                        t.getAssignee(),
                        name(people, t.getAssignee()),
                        t.getOwner(),
                        t.getDelegationState() == DelegationState.PENDING,
                        t.getCreateTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        returned.get(t.getId())))
                .toList();
    }

    private Map<String, String> runningBusinessKeys(Collection<String> ids) {
        Set<String> unique = new HashSet<>(ids);
        if (unique.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(unique).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private Map<String, String> historicBusinessKeys(Collection<String> ids) {
        return historicInstances(ids).stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    }

    private List<HistoricProcessInstance> historicInstances(Collection<String> ids) {
        Set<String> unique = new HashSet<>(ids);
        return unique.isEmpty()
                ? List.of()
                : history.createHistoricProcessInstanceQuery()
                        .processInstanceIds(unique)
                        .list();
    }

    private Map<String, List<OpenStep>> openSteps(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Organisation people = org.organisation();
        return tasks
                .createTaskQuery()
                .processInstanceIdIn(ids.toArray(String[]::new))
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Task::getProcessInstanceId,
                        Collectors.mapping(
                                t -> new OpenStep(
                                        t.getId(), t.getName(), t.getAssignee(), name(people, t.getAssignee())),
                                Collectors.toList())));
    }

    private static String name(Organisation people, String personId) {
        return personId == null
                ? null
                : people.person(personId).map(Person::name).orElse(personId);
    }

    /** 1-based pages of at most {@value #MAX_PAGE_SIZE}. */
    private record Paging(int number, int size) {

        static Paging of(int page, int size) {
            if (page < 1) {
                throw ApiException.invalidField("page", "页码从 1 开始。");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw ApiException.invalidField("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间。");
            }
            return new Paging(page, size);
        }

        int offset() {
            return (number - 1) * size;
        }

        <T> PageOf<T> page(long total, List<T> items) {
            return new PageOf<>(number, size, total, items);
        }
    }
}
