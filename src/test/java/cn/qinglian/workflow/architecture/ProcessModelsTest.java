package cn.qinglian.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.annualtasks.TaskListProcess;
import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import cn.qinglian.workflow.education.LeaveProcess;
import cn.qinglian.workflow.integritytalk.TalkProcess;
import cn.qinglian.workflow.letter.LetterProcess;
import cn.qinglian.workflow.risk.RiskProcess;
import cn.qinglian.workflow.secretaryproject.ProjectProcess;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import cn.qinglian.workflow.sitebuilding.JointBuildingProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The models in processes/ and the code that names their parts agree: every process constant names
 * an element, process, decision or message; every delegate expression a bean; every formRef a form in
 * forms/; every flow node has a Chinese name and a shape in its diagram.
 */
class ProcessModelsTest extends IntegrationTest {

    private static final List<Class<?>> PROCESS_CONSTANTS = List.of(
            TaskListProcess.class,
            LetterProcess.class,
            SelfReviewProcess.class,
            RiskProcess.class,
            ProjectProcess.class,
            JointBuildingProcess.class,
            LeaveProcess.class,
            TalkProcess.class);
    /** Constants of those classes that name no part of a model: variables (VAR_, SLOT_, DMN_) and values. */
    private static final Set<String> NOT_MODEL_PARTS = Set.of(
            "BUSINESS_KEY_PREFIX",
            "MEMBER_KEY_SEPARATOR",
            "REVIEW_CONFIRM",
            "REVIEW_CHANGE",
            "REVIEW_RETIRE",
            "APPROVE",
            "RETURN",
            "REJECT");

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z0-9_]+)}\"");
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{([a-z][A-Za-z0-9_]*)\\.[a-zA-Z]+\\(");
    /** Who does a step, and what a multi-instance runs over and calls each element. */
    private static final Pattern ROUTING = Pattern.compile(
            "camunda:(assignee|candidateUsers|collection|elementVariable)=\"(?:\\$\\{([A-Za-z0-9_]+)}|([A-Za-z0-9_]+))\"");

    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static List<BpmnModelInstance> models = new ArrayList<>();
    static String modelText;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void readModels() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files("processes", ".bpmn")) {
            models.add(Bpmn.readModelFromFile(file.toFile()));
            text.append(Files.readString(file));
        }
        modelText = text.toString();
        assertThat(models).hasSize(8);
    }

    @Test
    void everyProcessConstantNamesAPartOfAModel() throws IOException {
        Set<String> elementIds = new HashSet<>();
        Set<String> processIds = new HashSet<>();
        Set<String> messages = new HashSet<>();
        for (BpmnModelInstance model : models) {
            model.getModelElementsByType(FlowNode.class).forEach(n -> elementIds.add(n.getId()));
            model.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId()));
            model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
        }
        Set<String> decisions = new HashSet<>();
        for (Path dmn : files("processes", ".dmn")) {
            Matcher id = Pattern.compile("<decision id=\"([^\"]+)\"").matcher(Files.readString(dmn));
            while (id.find()) {
                decisions.add(id.group(1));
            }
        }
        List<String> checked = new ArrayList<>();
        for (Class<?> constants : PROCESS_CONSTANTS) {
            for (Field field : constants.getDeclaredFields()) {
                if (!isStringConstant(field)
                        || field.getName().startsWith("VAR_")
                        || field.getName().startsWith("SLOT_")
                        || field.getName().startsWith("DMN_")
                        || NOT_MODEL_PARTS.contains(field.getName())) {
                    continue;
                }
                String name = constants.getSimpleName() + "." + field.getName();
                String value = value(field);
                if (field.getName().startsWith("MESSAGE_")) {
                    assertThat(messages).as(name + " names a message").contains(value);
                } else if (field.getName().equals("DECISION_KEY")) {
                    assertThat(decisions).as(name + " names a decision").contains(value);
                } else if (field.getName().endsWith("_KEY")) {
                    assertThat(processIds).as(name + " names a process").contains(value);
                } else {
                    assertThat(elementIds).as(name + " names an element").contains(value);
                }
                checked.add(name);
            }
        }
        assertThat(checked).hasSizeGreaterThan(40);
    }

    @Test
    void everyDelegateExpressionNamesABean() {
        Matcher delegate = DELEGATE.matcher(modelText);
        int found = 0;
        while (delegate.find()) {
            assertThat(context.containsBean(delegate.group(1)))
                    .as("bean " + delegate.group(1))
                    .isTrue();
            found++;
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void everyBeanAnExpressionCallsExistsAndIsPublic() {
        // JUEL invokes methods only on public classes: a package-private bean fails when the step runs.
        Matcher call = BEAN_CALL.matcher(modelText);
        int found = 0;
        while (call.find()) {
            String bean = call.group(1);
            assertThat(context.containsBean(bean)).as("bean " + bean).isTrue();
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(context.getBean(bean));
            assertThat(Modifier.isPublic(type.getModifiers()))
                    .as(type + " is public")
                    .isTrue();
            found++;
        }
        assertThat(found).isPositive();
    }

    @Test
    void everyVariableAModelRoutesWithIsOneNoFormMaySet() {
        Set<String> owned = new HashSet<>();
        context.getBeansOfType(ProcessOwnedVariables.class).values().forEach(f -> owned.addAll(f.names()));
        Matcher routing = ROUTING.matcher(modelText);
        int found = 0;
        while (routing.find()) {
            String name = routing.group(2) != null ? routing.group(2) : routing.group(3);
            assertThat(owned)
                    .as(routing.group(1) + " " + name + " is declared process-owned")
                    .contains(name);
            found++;
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void everyFormRefNamesAForm() throws IOException {
        Set<String> forms = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : files("forms", ".form")) {
            forms.add(json.readTree(form.toFile()).path("id").asText());
        }
        Matcher ref = FORM_REF.matcher(modelText);
        int found = 0;
        while (ref.find()) {
            assertThat(forms).as("form " + ref.group(1)).contains(ref.group(1));
            found++;
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void everyFlowNodeHasAChineseNameAndAShape() {
        for (BpmnModelInstance model : models) {
            Set<String> shaped = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class)
                    .forEach(s -> shaped.add(s.getBpmnElement().getId()));
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(node.getName())
                        .as(node.getId() + " has a Chinese name")
                        .isNotNull()
                        .containsPattern(HAN);
                assertThat(shaped).as(node.getId() + " is drawn").contains(node.getId());
            }
        }
    }

    private static boolean isStringConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class;
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(String directory, String extension) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }
}
