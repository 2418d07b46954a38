package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.Role;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a task or a process instance. Operations on a task are for the one who
 * could complete it: its assignee, who can see it under their own Camunda authorizations. Reading
 * and urging a process are for those involved in it (its starter, anyone who held one of its
 * tasks, anyone it was copied to), the Party office and administrators.
 */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final HistoryService history;
    private final AuthorizationService authorizations;
    private final ApprovalMapper mapper;
    private final ProcessModel model;
    private final SystemAuthentication system;

    TaskAccess(
            TaskService tasks,
            HistoryService history,
            AuthorizationService authorizations,
            ApprovalMapper mapper,
            ProcessModel model,
            SystemAuthentication system) {
        this.tasks = tasks;
        this.history = history;
        this.authorizations = authorizations;
        this.mapper = mapper;
        this.model = model;
        this.system = system;
    }

    /** An open task the caller holds; the query runs under the caller's own engine authorizations. */
    Task ownTask(String taskId, CurrentUser user) {
        Task task = anyTask(taskId);
        if (!user.userId().equals(task.getAssignee())) {
            boolean candidate = task.getAssignee() == null
                    && tasks.createTaskQuery()
                                    .taskId(taskId)
                                    .taskCandidateUser(user.userId())
                                    .count()
                            > 0;
            throw candidate
                    ? ApiException.conflict("claim-first", "请先认领该任务，再进行办理。")
                    : ApiException.forbidden("这不是您的待办，不能办理。");
        }
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            throw ApiException.forbidden("您没有办理该任务的权限。");
        }
        return task;
    }

    /** An open task, whoever holds it. */
    Task anyTask(String taskId) {
        Task task = system.call(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw ApiException.notFound("task-not-found", "任务不存在或已办结：" + taskId);
        }
        return task;
    }

    TaskPlace place(Task task) {
        return system.call(() -> model.place(task))
                .orElseThrow(() -> ApiException.conflict("task-moved", "任务已不在原环节，请刷新后重试。"));
    }

    HistoricProcessInstance instance(String processInstanceId) {
        HistoricProcessInstance instance = system.call(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult());
        if (instance == null) {
            throw ApiException.notFound("process-not-found", "流程不存在：" + processInstanceId);
        }
        return instance;
    }

    boolean involved(String processInstanceId, String userId) {
        return system.call(() -> userId.equals(instance(processInstanceId).getStartUserId())
                || history.createHistoricTaskInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .taskAssignee(userId)
                                .count()
                        > 0
                || history.createHistoricTaskInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .taskOwner(userId)
                                .count()
                        > 0
                || mapper.countCopies(processInstanceId, userId) > 0);
    }

    static boolean officeOrAdmin(CurrentUser user) {
        return user.isAdmin() || user.inGroup(Role.PARTY_OFFICE.groupId());
    }

    void requireInvolvedOrOffice(String processInstanceId, CurrentUser user) {
        instance(processInstanceId);
        if (!officeOrAdmin(user) && !involved(processInstanceId, user.userId())) {
            throw ApiException.forbidden("您没有参与该流程，无权查看或操作。");
        }
    }

    /**
     * Camunda grants a task's new assignee access but never takes the old one's away; after a
     * transfer or a resolved delegation the previous holder must no longer reach the task.
     */
    void revoke(String taskId, String userId) {
        system.run(() -> authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .userIdIn(userId)
                .list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId())));
    }

    String businessKey(String processInstanceId) {
        return instance(processInstanceId).getBusinessKey();
    }

    String definitionKey(Task task) {
        return model.definition(task.getProcessDefinitionId()).getKey();
    }

    /** Where the starter's withdrawal would take the process now: the one open task and the step it goes back to. */
    record Withdrawal(Task task, TaskPlace place, Step target) {}

    /**
     * 撤回 is open to the starter while the process waits at one step held by someone else and nobody
     * but the starter has finished a task in it; empty otherwise (or when the model names no step to go back to).
     */
    Optional<Withdrawal> withdrawal(String processInstanceId, String userId) {
        if (!userId.equals(instance(processInstanceId).getStartUserId())) {
            return Optional.empty();
        }
        return system.call(() -> {
            List<Task> open =
                    tasks.createTaskQuery().processInstanceId(processInstanceId).list();
            boolean othersActed =
                    history
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(processInstanceId)
                            .finished()
                            .list()
                            .stream()
                            .anyMatch(t -> !userId.equals(t.getAssignee()));
            if (open.size() != 1 || othersActed || userId.equals(open.get(0).getAssignee())) {
                return Optional.empty();
            }
            Task task = open.get(0);
            return model.place(task)
                    .flatMap(place -> model.withdrawTarget(task, place, userId)
                            .map(target -> new Withdrawal(task, place, target)));
        });
    }
}
