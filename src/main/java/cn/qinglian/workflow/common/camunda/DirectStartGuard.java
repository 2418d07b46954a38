package cn.qinglian.workflow.common.camunda;

import cn.qinglian.workflow.common.error.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may start a process, and with what. Features start their processes from {@code /api} after
 * their own checks ({@code SystemAuthentication.callFor}), and call activities start sub-processes:
 * both are trusted. A start a user makes directly through the engine — {@code /engine-rest}, the
 * webapps' API behind Tasklist's 启动流程, by id, key or tenant, {@code /start} or {@code /submit-form}
 * — is allowed only at a start event with a Camunda Form, only by those the engine lets create
 * instances, and only with that form's fields: never with the ids and people the process routes and
 * decides with. Without this a member could start 廉政风险点排查整改 with another unit's
 * {@code riskPointId} and themselves as {@code unitHead}.
 *
 * <p>Checked at the engine, not at a URL, so no spelling of a path passes it; a built-in listener,
 * so {@code skipCustomListeners} does not skip it. Only the plain start commands may start directly:
 * a start at chosen activities ({@code startInstructions}) or a restart would set their variables after
 * this check, and nobody needs them outside Cockpit's administrators' batch tools.
 */
@Component
class DirectStartGuard extends AbstractProcessEnginePlugin implements ExecutionListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The commands that start an instance at its start event with all their variables set before it fires. */
    private static final Set<Class<?>> PLAIN_STARTS = Set.of(StartProcessInstanceCmd.class, SubmitStartFormCmd.class);

    /** Form fields per process definition id; a deployed definition and its form never change. */
    private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, DirectStartGuard.this);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateExecution execution) {
        CommandContext command = Context.getCommandContext();
        String userId = command.getAuthenticatedUserId();
        if (execution.getSuperExecution() != null || userId == null || !command.isAuthorizationCheckEnabled()) {
            return;
        }
        ExecutionEntity instance = (ExecutionEntity) execution;
        ProcessDefinitionEntity definition = instance.getProcessDefinition();
        if (!PLAIN_STARTS.contains(
                Context.getCommandInvocationContext().getCommand().getClass())) {
            throw ApiException.forbidden("不能从指定环节或以重启方式直接发起“"
                    + Objects.requireNonNullElse(definition.getName(), definition.getKey()) + "”，未做任何更改。");
        }
        Set<String> allowed = startFormFields(instance, definition);
        String initiator = (String) definition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
        if (initiator != null && !Objects.equals(userId, execution.getVariable(initiator))) {
            throw refused(Set.of(initiator));
        }
        Set<String> extra = new TreeSet<>(execution.getVariableNames());
        extra.removeAll(allowed);
        if (initiator != null) {
            extra.remove(initiator);
        }
        if (!extra.isEmpty()) {
            throw refused(extra);
        }
    }

    private Set<String> startFormFields(ExecutionEntity instance, ProcessDefinitionEntity definition) {
        ActivityImpl initial = definition.getInitial();
        boolean atStartEvent = initial != null
                && instance.getActivity() != null
                && initial.getId().equals(instance.getActivity().getId());
        Set<String> fields =
                atStartEvent ? formFields.computeIfAbsent(definition.getId(), this::readStartForm) : Set.of();
        if (fields.isEmpty()) {
            throw ApiException.forbidden("“" + Objects.requireNonNullElse(definition.getName(), definition.getKey())
                    + "”不能直接启动：请在本系统的相应页面发起，系统会核对权限并登记业务数据。未做任何更改。");
        }
        return fields;
    }

    /** The field keys of the start event's Camunda Form; none when it has no such form. */
    private Set<String> readStartForm(String definitionId) {
        var forms = Context.getProcessEngineConfiguration().getFormService();
        if (forms.getStartFormData(definitionId).getCamundaFormRef() == null) {
            return Set.of();
        }
        try (InputStream form = forms.getDeployedStartForm(definitionId)) {
            Set<String> keys = new TreeSet<>();
            collectKeys(JSON.readTree(form), keys);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable start form of " + definitionId, e);
        }
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            if (component.path("key").isTextual()) {
                keys.add(component.path("key").asText());
            }
            collectKeys(component, keys);
        }
    }

    private static ApiException refused(Set<String> names) {
        String detail = "发起流程时不能提交以下变量（只能填写启动表单中的内容）：" + String.join("、", names) + "。未做任何更改。";
        return new ApiException(HttpStatus.BAD_REQUEST, "process-variable", detail);
    }
}
