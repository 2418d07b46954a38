package cn.qinglian.workflow.common.camunda;

import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.SentBack;
import cn.qinglian.workflow.common.engine.DisplayCopies;
import cn.qinglian.workflow.common.engine.FormMarkdown;
import cn.qinglian.workflow.common.engine.ReturnNotice;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names every new user task after its step and what it concerns ("支部书记审核 · 张三（第一党支部）·
 * 2026年度查改剖"), marks one that a 退回 in the same transaction created ("【已退回】…", with the
 * reason as the task's {@value ReturnNotice#VARIABLE} for its form), and puts the feature's facts on it.
 * Added to every user task by a parse listener, after the task's own create listeners, so the assignee
 * and due date are set. The step's name in the model, Cockpit and the audit trail stays the bare one.
 * Ordered before {@link EngineEvents}, whose notices name the task as presented.
 */
@Component
@Order(TaskPresenter.ORDER)
class TaskPresenter extends AbstractProcessEnginePlugin implements TaskListener, DisplayCopies {

    /** The latest return that created this task: who, at which step, and why. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(TaskPresenter.class);
    /** ACT_RU_TASK.NAME_ holds 255 characters. */
    private static final int MAX_NAME = 255;

    /** Looked up at the first task: the presentations use services that need the engine built first. */
    private final ObjectProvider<TaskPresentation> presentationBeans;

    private final AuditService audit;
    private volatile Map<String, TaskPresentation> presentations;

    TaskPresenter(ObjectProvider<TaskPresentation> presentationBeans, @Lazy AuditService audit) {
        this.presentationBeans = presentationBeans;
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, TaskPresenter.this);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            present(task);
        } catch (RuntimeException e) {
            // A task without its facts is still a task; the step that created it must not fail for this.
            log.warn("Task {} ({}) left without its name and facts", task.getId(), task.getTaskDefinitionKey(), e);
        }
    }

    private void present(DelegateTask task) {
        String step = task.getName() == null ? "" : task.getName();
        TaskPresentation presentation = presentations().get(processKey(task));
        String subject = presentation == null ? "" : presentation.subject(task);
        String name = subject == null || subject.isBlank() ? step : step + " · " + subject.strip();
        SentBack sentBack =
                audit.takeSentBackInThisTransaction(task.getProcessInstanceId()).orElse(null);
        if (sentBack != null) {
            name = ReturnNotice.MARK + name;
            task.setVariableLocal(ReturnNotice.VARIABLE, FormMarkdown.capped(FormMarkdown.literal(sentBack.notice())));
        }
        task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
        if (presentation != null) {
            presentation
                    .facts(task)
                    .forEach((variable, value) -> task.setVariableLocal(
                            variable, value instanceof String text ? FormMarkdown.capped(text) : value));
        }
    }

    private Map<String, TaskPresentation> presentations() {
        if (presentations == null) {
            presentations = presentationBeans
                    .orderedStream()
                    .collect(Collectors.toUnmodifiableMap(TaskPresentation::processKey, Function.identity()));
        }
        return presentations;
    }

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return ReturnNotice.VARIABLE.equals(variableName);
    }

    private static String processKey(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        return execution == null ? null : execution.getProcessDefinition().getKey();
    }
}
