package cn.qinglian.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.annualtasks.TaskListProcess;
import cn.qinglian.workflow.education.LeaveProcess;
import cn.qinglian.workflow.integritytalk.TalkProcess;
import cn.qinglian.workflow.letter.LetterProcess;
import cn.qinglian.workflow.risk.RiskProcess;
import cn.qinglian.workflow.secretaryproject.ProjectProcess;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import cn.qinglian.workflow.sitebuilding.JointBuildingProcess;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Element ids, process keys and variable names are written once, in each process's constants class: code
 * that talks to the engine uses the constants, never the literal, so a rename in a model is a rename in
 * one place (and ProcessModelsTest checks that place against the model).
 */
class ProcessLiteralsTest {

    private static final List<Class<?>> CONSTANTS = List.of(
            TaskListProcess.class,
            LetterProcess.class,
            SelfReviewProcess.class,
            RiskProcess.class,
            ProjectProcess.class,
            JointBuildingProcess.class,
            LeaveProcess.class,
            TalkProcess.class);
    private static final Set<String> NOT_NAMES = Set.of("BUSINESS_KEY_PREFIX", "MEMBER_KEY_SEPARATOR");
    /** Code that reads or writes the engine's variables, starts processes or finds tasks. */
    private static final Pattern ENGINE_CODE =
            Pattern.compile("import org\\.camunda\\.bpm\\.engine\\.|VariableScope|VariableMap|ProcessVariables\\.");
    /**
     * Lines naming a request's or form's field in a refusal (the API's JSON field, often spelt like the
     * variable), or a MyBatis parameter: names of other things that happen to be spelt the same.
     */
    private static final Pattern OTHER_NAMES = Pattern.compile("@Param\\(|FieldProblem\\.of\\(|invalidField\\(");
    /**
     * approval knows no feature (module rule): it names the convention every feature follows for the
     * variable that titles a process instance in 我发起的 ("campaignName" or "title"), and its own
     * request's fields ("reason", "note") that happen to be spelt like variables of the task list.
     */
    private static final Set<String> ALLOWED = Set.of(
            "approval/WorkLists.java:\"campaignName\"",
            "approval/WorkLists.java:\"title\"",
            "approval/TaskOperations.java:\"reason\"",
            "approval/TaskOperations.java:\"note\"");

    @Test
    void codeThatTalksToTheEngineNamesElementsAndVariablesByTheirConstants() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (Class<?> constants : CONSTANTS) {
            for (Field field : constants.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        && field.getType() == String.class
                        && !NOT_NAMES.contains(field.getName())
                        && !field.getName().startsWith("REVIEW_")) {
                    field.setAccessible(true);
                    try {
                        names.put("\"" + field.get(null) + "\"", constants.getSimpleName() + "." + field.getName());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        Path root = Path.of("src/main/java/cn/qinglian/workflow");
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString();
                if (relative.endsWith("Process.java")
                        || relative.endsWith("Outcome.java")
                        || relative.startsWith("common/")
                        || relative.startsWith("org/")) {
                    continue;
                }
                String text = Files.readString(file);
                if (!ENGINE_CODE.matcher(text).find()) {
                    continue;
                }
                String[] lines = text.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (OTHER_NAMES.matcher(lines[i]).find()) {
                        continue;
                    }
                    for (Map.Entry<String, String> name : names.entrySet()) {
                        if (lines[i].contains(name.getKey()) && !ALLOWED.contains(relative + ":" + name.getKey())) {
                            literals.add(
                                    relative + ":" + (i + 1) + " " + name.getKey() + " (use " + name.getValue() + ")");
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
        assertThat(names).hasSizeGreaterThan(100);
    }
}
