package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval operations Chinese approvers use every day, on any process: 退回, 转办, 委派 and its
 * 办结, 加签, 撤回, 催办 and 抄送. Each checks the caller's right the way completing the task would
 * ({@link TaskAccess}), moves the engine as the system, and writes the audit trail in the same
 * transaction.
 */
@Service
class TaskOperations {

    static final int MAX_REASON = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskAccess access;
    private final ProcessModel model;
    private final SystemAuthentication system;
    private final AuditService audit;
    private final ApprovalMapper mapper;
    private final OrgService org;
    private final Notices notices;
    private final Clock clock;

    TaskOperations(
            TaskService tasks,
            RuntimeService runtime,
            TaskAccess access,
            ProcessModel model,
            SystemAuthentication system,
            AuditService audit,
            ApprovalMapper mapper,
            OrgService org,
            Notices notices,
            Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.access = access;
        this.model = model;
        this.system = system;
        this.audit = audit;
        this.mapper = mapper;
        this.org = org;
        this.notices = notices;
        this.clock = clock;
    }

    /** 退回: back to an earlier user step of the same instance and scope; the reason is required. */
    @Transactional
    public void returnTo(String taskId, String targetStep, String reason, CurrentUser user) {
        String why = required("reason", reason, "请填写退回理由。");
        Task task = access.ownTask(taskId, user);
        TaskPlace place = access.place(task);
        Step target = system.call(() -> model.returnTargets(task, place)).stream()
                .filter(step -> step.id().equals(targetStep))
                .findFirst()
                .orElseThrow(() ->
                        ApiException.invalidField("targetStep", "不能退回到“" + targetStep + "”：只能退回到本流程中已经办理过的前序环节。"));
        // Recorded first: the task the move creates shows this reason (TaskPresentation).
        record(task, user, StepOutcome.RETURNED, target.id(), "退回至“" + target.name() + "”：" + why);
        move(task, place, target);
    }

    /** 转办: hand the task to someone else, who then holds it alone. */
    @Transactional
    public void transfer(String taskId, String toPersonId, String reason, CurrentUser user) {
        String why = optional(reason);
        Task task = access.ownTask(taskId, user);
        requireNotPersonal(task, "转办");
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("task-delegated", "该任务正在委派中，不能转办；请先办结委派。");
        }
        Person to = otherPerson("to", toPersonId, user);
        // Told first: the engine's own 待办 for the new assignee is then not a second message.
        notices.send(NoticeRequest.aboutTask(NoticeKind.TRANSFERRED, task, to.id(), user.userId()));
        system.run(() -> tasks.setAssignee(taskId, to.id()));
        access.revoke(taskId, user.userId());
        record(task, user, StepOutcome.TRANSFERRED, to.id(), "转办给" + to.name() + withReason(why));
    }

    /** 委派: someone else works on the task and gives it back resolved; the caller stays its owner. */
    @Transactional
    public void delegate(String taskId, String toPersonId, String reason, CurrentUser user) {
        String why = optional(reason);
        Task task = access.ownTask(taskId, user);
        requireNotPersonal(task, "委派");
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("task-delegated", "该任务已在委派中，不能再次委派。");
        }
        Person to = otherPerson("to", toPersonId, user);
        notices.send(NoticeRequest.aboutTask(NoticeKind.DELEGATED, task, to.id(), user.userId()));
        system.run(() -> tasks.delegateTask(taskId, to.id()));
        record(task, user, StepOutcome.DELEGATED, to.id(), "委派给" + to.name() + withReason(why));
    }

    /** The delegate gives the task back to its owner (委派办结). */
    @Transactional
    public void resolve(String taskId, String opinion, CurrentUser user) {
        String why = optional(opinion);
        Task task = access.ownTask(taskId, user);
        if (task.getDelegationState() != DelegationState.PENDING) {
            throw ApiException.conflict("task-not-delegated", "该任务不是委派给您的任务，请直接办理。");
        }
        system.run(() -> tasks.resolveTask(taskId));
        access.revoke(taskId, user.userId());
        record(
                task,
                user,
                StepOutcome.RESOLVED,
                null,
                "委派办结，交还" + org.person(task.getOwner()).name() + withReason(why));
    }

    /** 加签: one more signer on a step modelled as a parallel multi-person sign. */
    @Transactional
    public void addSigner(String taskId, String personId, String reason, CurrentUser user) {
        String why = optional(reason);
        Task task = access.ownTask(taskId, user);
        requireNotPersonal(task, "加签");
        TaskPlace place = access.place(task);
        String signerVariable = system.call(() -> model.signerVariable(task, place))
                .orElseThrow(() -> ApiException.conflict("not-countersign", "该环节不是多人会签环节，不能加签。"));
        Person signer = otherPerson("personId", personId, user);
        boolean alreadySigning = system.call(() -> tasks.createTaskQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(task.getTaskDefinitionKey())
                        .taskAssignee(signer.id())
                        .count()
                > 0);
        if (alreadySigning) {
            throw ApiException.conflict("already-signer", signer.name() + "已在本环节会签，无需加签。");
        }
        system.run(() -> runtime.createProcessInstanceModification(task.getProcessInstanceId())
                .startBeforeActivity(task.getTaskDefinitionKey(), place.scopeInstanceId())
                .setVariableLocal(signerVariable, signer.id())
                .execute(false, false));
        record(task, user, StepOutcome.COUNTERSIGN_ADDED, signer.id(), "加签" + signer.name() + withReason(why));
    }

    /** 撤回: the starter takes the process back while its first approval is still open. */
    @Transactional
    public void withdraw(String processInstanceId, String reason, CurrentUser user) {
        String why = optional(reason);
        HistoricProcessInstance instance = access.instance(processInstanceId);
        if (!user.userId().equals(instance.getStartUserId())) {
            throw ApiException.forbidden("只有流程发起人可以撤回。");
        }
        TaskAccess.Withdrawal withdrawal = access.withdrawal(processInstanceId, user.userId())
                .orElseThrow(() -> ApiException.conflict("cannot-withdraw", "审批人已经办理或流程已进入后续环节，不能撤回。"));
        move(withdrawal.task(), withdrawal.place(), withdrawal.target());
        record(
                withdrawal.task(),
                user,
                StepOutcome.WITHDRAWN,
                null,
                "撤回至“" + withdrawal.target().name() + "”" + withReason(why));
    }

    /**
     * 催办: at most once an hour per task, by someone involved in the process or the Party office.
     * Returns the channels the urge went out on (站内 always).
     */
    @Transactional
    public List<String> urge(String taskId, String note, CurrentUser user) {
        Task task = access.anyTask(taskId);
        if (task.getAssignee() == null) {
            throw ApiException.conflict("task-unassigned", "该任务尚无人认领，无法催办。");
        }
        if (task.getAssignee().equals(user.userId())) {
            throw ApiException.conflict("urge-self", "这是您自己的待办，无需催办。");
        }
        access.requireInvolvedOrOffice(task.getProcessInstanceId(), user);
        Instant now = clock.instant();
        if (mapper.countUrgesSince(taskId, now.minusSeconds(3600)) > 0) {
            throw ApiException.conflict("urged-recently", "一小时内已催办过该任务，请稍后再试。");
        }
        String text = optional(note);
        mapper.insertUrge(
                taskId,
                task.getProcessInstanceId(),
                task.getAssignee(),
                user.userId(),
                text,
                now,
                now.getEpochSecond() / 3600);
        record(
                task,
                user,
                StepOutcome.URGED,
                task.getAssignee(),
                "催办" + org.person(task.getAssignee()).name() + withReason(text));
        return notices.sendAndTell(NoticeRequest.aboutTask(NoticeKind.URGED, task, task.getAssignee(), user.userId()));
    }

    /** 抄送: the people who only read the process; repeats for the same person are ignored. */
    @Transactional
    public List<String> copy(String processInstanceId, List<String> personIds, String note, CurrentUser user) {
        HistoricProcessInstance instance = access.instance(processInstanceId);
        access.requireInvolvedOrOffice(processInstanceId, user);
        if (personIds == null || personIds.isEmpty()) {
            throw ApiException.invalidField("to", "请选择抄送人。");
        }
        List<FieldProblem> unknown = new ArrayList<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>(personIds);
        ids.stream()
                .filter(id -> id == null || org.organisation().person(id).isEmpty())
                .forEach(id -> unknown.add(FieldProblem.of("to", "找不到人员：" + id)));
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("person-not-found", "抄送人不存在。", unknown);
        }
        String text = optional(note);
        String name = model.processName(instance.getProcessDefinitionId());
        List<String> added = ids.stream()
                .filter(id -> mapper.countCopies(processInstanceId, id) == 0)
                .toList();
        added.forEach(id -> mapper.insertCopy(
                processInstanceId,
                instance.getProcessDefinitionKey(),
                name,
                instance.getBusinessKey(),
                id,
                user.userId(),
                text,
                clock.instant()));
        if (!added.isEmpty()) {
            String names = String.join(
                    "、", added.stream().map(id -> org.person(id).name()).toList());
            audit.record(new TaskStep(user.userId(), processInstanceId, "copy", "抄送", null, instance.getBusinessKey())
                    .audit(instance.getProcessDefinitionKey(), StepOutcome.COPIED, "抄送" + names + withReason(text)));
            notices.send(new NoticeRequest(
                    NoticeKind.COPIED,
                    added,
                    name + (instance.getBusinessKey() == null ? "" : "（" + instance.getBusinessKey() + "）"),
                    instance.getProcessDefinitionKey(),
                    processInstanceId,
                    null,
                    null,
                    null,
                    user.userId(),
                    null));
        }
        return added;
    }

    /** Starts the target before cancelling the task, so the scope never empties and ends. */
    private void move(Task task, TaskPlace place, Step target) {
        system.run(() -> runtime.createProcessInstanceModification(task.getProcessInstanceId())
                .startBeforeActivity(target.id(), place.scopeInstanceId())
                .cancelActivityInstance(place.activityInstanceId())
                .execute(false, false));
    }

    private Person otherPerson(String field, String personId, CurrentUser user) {
        if (personId == null || personId.isBlank()) {
            throw ApiException.invalidField(field, "请选择人员。");
        }
        Person person = org.organisation()
                .person(personId.trim())
                .orElseThrow(() -> ApiException.invalid(
                        "person-not-found", "找不到人员：" + personId, List.of(FieldProblem.of(field, "找不到人员：" + personId))));
        if (!person.active()) {
            throw ApiException.invalidField(field, person.name() + "已不在岗，不能接收任务。");
        }
        if (person.id().equals(user.userId())) {
            throw ApiException.invalidField(field, "不能选择您自己。");
        }
        return person;
    }

    /** A step that is its holder's own duty is done by them, not passed on. */
    private void requireNotPersonal(Task task, String operation) {
        if (system.call(() -> model.personal(task))) {
            throw ApiException.forbidden("“" + stepName(task) + "”须由本人办理，不能" + operation + "。");
        }
    }

    /** Records an operation; {@code detail} (whom it went to, where it returned) is added to the code if given. */
    private void record(Task task, CurrentUser user, StepOutcome outcome, String detail, String opinion) {
        String businessKey = access.businessKey(task.getProcessInstanceId());
        audit.record(new TaskStep(
                        user.userId(),
                        task.getProcessInstanceId(),
                        task.getTaskDefinitionKey(),
                        stepName(task),
                        task.getId(),
                        businessKey)
                .audit(access.definitionKey(task), outcome, detail, opinion));
    }

    private String stepName(Task task) {
        return system.call(() -> model.stepName(task));
    }

    private static String required(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidField(field, message);
        }
        return limited(field, text.trim());
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : limited("note", text.trim());
    }

    private static String limited(String field, String text) {
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw ApiException.invalidField(field, "不能超过 " + MAX_REASON + " 字。");
        }
        return text;
    }

    private static String withReason(String reason) {
        return reason == null || reason.isBlank() ? "" : "：" + reason.trim();
    }
}
