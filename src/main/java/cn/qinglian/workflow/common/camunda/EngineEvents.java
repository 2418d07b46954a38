package cn.qinglian.workflow.common.camunda;

import cn.qinglian.workflow.common.engine.ProcessEnded;
import cn.qinglian.workflow.common.engine.ReturnNotice;
import cn.qinglian.workflow.common.engine.WorkCompleting;
import cn.qinglian.workflow.common.engine.WorkOffered;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the application, inside the engine's transaction, when a user task becomes someone's work
 * ({@link WorkOffered}: created, or assigned to someone else) and when a top-level process instance
 * ends ({@link ProcessEnded}), and before a task completes ({@link WorkCompleting}: a listener may refuse
 * it). Added to every model by a parse listener, after {@link TaskPresenter}
 * so that the task carries its presented name. A notice listener that fails is logged: the step goes on.
 */
@Component
@Order(TaskPresenter.ORDER + 1)
class EngineEvents extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineEvents.class);

    private final ApplicationEventPublisher publisher;
    private final SystemAuthentication system;

    EngineEvents(ApplicationEventPublisher publisher, @Lazy SystemAuthentication system) {
        this.publisher = publisher;
        this.system = system;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener onTask = this::taskEvent;
        TaskListener onComplete = this::taskCompleting;
        ExecutionListener onEnd = this::processEnd;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, onTask);
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, onTask);
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
                }
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addListener(ExecutionListener.EVENTNAME_END, onEnd);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void taskEvent(DelegateTask task) {
        boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        if (!created && task.getAssignee() == null) {
            return;
        }
        try {
            Set<String> groups = new HashSet<>();
            Set<String> users = new HashSet<>();
            if (created) {
                for (IdentityLink link : task.getCandidates()) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                        if (link.getGroupId() != null) {
                            groups.add(link.getGroupId());
                        } else if (link.getUserId() != null) {
                            users.add(link.getUserId());
                        }
                    }
                }
            }
            String name = task.getName() == null ? "" : task.getName();
            publisher.publishEvent(new WorkOffered(
                    task.getId(),
                    name,
                    task.getProcessDefinitionId(),
                    task.getProcessInstanceId(),
                    task.getAssignee(),
                    groups,
                    users,
                    task.getDueDate(),
                    system.actingUserId(),
                    ReturnNotice.marks(name)));
        } catch (RuntimeException e) {
            log.warn("No notice for task {} ({})", task.getId(), task.getTaskDefinitionKey(), e);
        }
    }

    /** Not caught: a refusal here is the completion's refusal. */
    private void taskCompleting(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        publisher.publishEvent(new WorkCompleting(
                task.getId(),
                execution == null ? null : execution.getProcessDefinition().getKey(),
                task.getTaskDefinitionKey()));
    }

    private void processEnd(DelegateExecution execution) {
        if (execution.isCanceled()
                || execution.getSuperExecution() != null
                || !execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        try {
            publisher.publishEvent(new ProcessEnded(
                    execution.getProcessInstanceId(),
                    execution.getProcessDefinitionId(),
                    execution.getProcessBusinessKey(),
                    system.actingUserId()));
        } catch (RuntimeException e) {
            log.warn("No notice for the end of process {}", execution.getProcessInstanceId(), e);
        }
    }
}
