package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.common.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * What the BPMN model and the instance's history allow for an open task: the earlier user steps
 * it may be returned to, the step a starter's withdrawal goes back to, and whether the step is a
 * multi-person sign. Read as the system: callers have checked the user's right to the task.
 */
@Component
class ProcessModel {

    /** On a first approval step: the user step a withdrawal by the starter goes back to. */
    static final String WITHDRAW_TO = "withdrawTo";
    /**
     * On a step that is its holder's own duty (a member's 查/改/剖, signing the letter): "true" means it
     * is not passed on — no 转办, 委派 or 加签.
     */
    static final String PERSONAL = "personal";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final SystemAuthentication system;
    /** A deployed definition never changes: its key and name are read once per definition id, not per task listed. */
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    ProcessModel(
            RuntimeService runtime, HistoryService history, RepositoryService repository, SystemAuthentication system) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.system = system;
    }

    ProcessDefinition definition(String processDefinitionId) {
        return definitions.computeIfAbsent(
                processDefinitionId, id -> system.call(() -> repository.getProcessDefinition(id)));
    }

    Optional<TaskPlace> place(Task task) {
        ActivityInstance root = runtime.getActivityInstance(task.getProcessInstanceId());
        return root == null ? Optional.empty() : find(root, task);
    }

    private Optional<TaskPlace> find(ActivityInstance scope, Task task) {
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getActivityId().equals(task.getTaskDefinitionKey())
                    && List.of(child.getExecutionIds()).contains(task.getExecutionId())) {
                return Optional.of(new TaskPlace(child.getId(), scope.getId(), scope.getActivityId()));
            }
            Optional<TaskPlace> deeper = find(child, task);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /**
     * The user steps completed earlier in the same scope instance (so a return never leaves a
     * sub-process or a unit's branch of a fan-out), most recent first, without the task's own step.
     */
    List<Step> returnTargets(Task task, TaskPlace place) {
        if (place.inMultiInstanceBody()) {
            return List.of();
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .activityType("userTask")
                .finished()
                .orderByHistoricActivityInstanceEndTime()
                .desc()
                .list()
                .stream()
                .filter(a -> place.scopeInstanceId().equals(a.getParentActivityInstanceId()))
                .filter(a -> !a.isCanceled())
                .filter(a -> !a.getActivityId().equals(task.getTaskDefinitionKey()))
                .forEach(a -> steps.putIfAbsent(a.getActivityId(), new Step(a.getActivityId(), a.getActivityName())));
        return new ArrayList<>(steps.values());
    }

    /** The step the starter's own last step in this scope, or the model's {@value #WITHDRAW_TO}, names. */
    Optional<Step> withdrawTarget(Task task, TaskPlace place, String starterId) {
        Optional<Step> ownStep = history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .activityType("userTask")
                .finished()
                .orderByHistoricActivityInstanceEndTime()
                .desc()
                .list()
                .stream()
                .filter(a -> place.scopeInstanceId().equals(a.getParentActivityInstanceId()))
                .filter(a -> starterId.equals(a.getAssignee()) && !a.isCanceled())
                .findFirst()
                .map(ProcessModel::step);
        return ownStep.or(() -> property(task, WITHDRAW_TO).map(id -> userStep(task, id)));
    }

    /** For a step modelled as a parallel multi-person sign: the variable that names each signer. */
    Optional<String> signerVariable(Task task, TaskPlace place) {
        if (!place.inMultiInstanceBody()) {
            return Optional.empty();
        }
        FlowElement element = element(task, task.getTaskDefinitionKey());
        if (element instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop
                && !loop.isSequential()
                && loop.getCamundaElementVariable() != null) {
            return Optional.of(loop.getCamundaElementVariable());
        }
        return Optional.empty();
    }

    boolean personal(Task task) {
        return property(task, PERSONAL).map(Boolean::parseBoolean).orElse(false);
    }

    String processName(String processDefinitionId) {
        ProcessDefinition definition = definition(processDefinitionId);
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    private Optional<String> property(Task task, String name) {
        FlowElement element = element(task, task.getTaskDefinitionKey());
        if (element == null || element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .list()
                .stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }

    /** The task's step as the model names it; the task's own name also says whom it concerns. */
    String stepName(Task task) {
        FlowElement element = element(task, task.getTaskDefinitionKey());
        return element == null || element.getName() == null ? task.getName() : element.getName();
    }

    private Step userStep(Task task, String id) {
        FlowElement element = element(task, id);
        if (!(element instanceof UserTask)) {
            throw new IllegalStateException(
                    WITHDRAW_TO + " of " + task.getTaskDefinitionKey() + " names no user task: " + id);
        }
        return new Step(id, element.getName());
    }

    private FlowElement element(Task task, String id) {
        return repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(id);
    }

    private static Step step(HistoricActivityInstance activity) {
        return new Step(activity.getActivityId(), activity.getActivityName());
    }
}
