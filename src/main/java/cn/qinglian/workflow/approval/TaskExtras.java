package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.common.engine.FormMarkdown;
import cn.qinglian.workflow.common.engine.ReturnNotice;
import cn.qinglian.workflow.common.engine.TaskFiles;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.signature.HandSignatures;
import cn.qinglian.workflow.signature.SignatureMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What a task's page shows beyond the task: why it was returned, the signature it asks for, its files. */
@Component
class TaskExtras {

    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final HandSignatures signatures;
    private final Map<String, TaskFiles.Source> files;

    TaskExtras(
            RuntimeService runtime,
            SystemAuthentication system,
            HandSignatures signatures,
            List<TaskFiles.Source> fileSources) {
        this.runtime = runtime;
        this.system = system;
        this.signatures = signatures;
        this.files = fileSources.stream()
                .collect(Collectors.toUnmodifiableMap(TaskFiles.Source::processKey, Function.identity()));
    }

    /** The reason each returned task was sent back, as plain text, by task id (one query for a page). */
    Map<String, String> returnReasons(List<Task> tasks) {
        String[] returned = tasks.stream()
                .filter(t -> ReturnNotice.marks(t.getName()))
                .map(Task::getId)
                .toArray(String[]::new);
        if (returned.length == 0) {
            return Map.of();
        }
        return system
                .call(() -> runtime.createVariableInstanceQuery()
                        .taskIdIn(returned)
                        .variableName(ReturnNotice.VARIABLE)
                        .disableBinaryFetching()
                        .list())
                .stream()
                .filter(v -> v.getValue() instanceof String)
                .collect(Collectors.toMap(
                        VariableInstance::getTaskId, v -> FormMarkdown.plain((String) v.getValue()), (a, b) -> a));
    }

    SignatureMode signature(String processKey, Task task) {
        return signatures.modeFor(processKey, task.getTaskDefinitionKey());
    }

    TaskFiles files(String processKey, Task task) {
        TaskFiles.Source source = files.get(processKey);
        return source == null
                ? null
                : source.filesOf(task.getId(), task.getTaskDefinitionKey(), task.getExecutionId())
                        .orElse(null);
    }
}
