package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The words of a notice: "待办：{what}" and lines for the process, the unit, the deadline, who asked
 * and what to do; and the link that opens the task. Only names and titles: the text never carries
 * the content of a review, an opinion or a risk description.
 */
@Component
class NoticeText {

    static final int MAX_TITLE = 400;
    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ChinaTime.ZONE);

    private final NoticeProperties properties;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final SystemAuthentication system;
    private final OrgService org;
    private final Map<String, String> processNames = new ConcurrentHashMap<>();

    NoticeText(
            NoticeProperties properties,
            RepositoryService repository,
            TaskService tasks,
            SystemAuthentication system,
            OrgService org) {
        this.properties = properties;
        this.repository = repository;
        this.tasks = tasks;
        this.system = system;
        this.org = org;
    }

    String title(NoticeRequest request) {
        String what = request.subject().isEmpty() ? processName(request.processKey()) : request.subject();
        String title = request.kind().label() + "：" + what;
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
    }

    String body(NoticeRequest request) {
        List<String> lines = new ArrayList<>();
        String process = processName(request.processKey());
        if (!process.isEmpty()) {
            lines.add("流程：" + process);
        }
        if (request.unitName() != null && !request.unitName().isBlank()) {
            lines.add("单位：" + request.unitName().strip());
        }
        if (request.due() != null) {
            lines.add("期限：" + DUE.format(request.due().toInstant()));
        }
        if (request.actorId() != null) {
            lines.add("来自：" + personName(request.actorId()));
        }
        lines.add(request.kind().instruction());
        String body = String.join("\n", lines);
        return body.length() > 1000 ? body.substring(0, 999) + "…" : body;
    }

    /**
     * The task itself on 掌上办 (/m/, which a phone and a desktop both open) when known, else the page the
     * notice names, else the person's open task in the instance, else their 待办 there.
     */
    String link(NoticeRequest request, String recipientId) {
        if (request.path() != null && request.taskId() == null) {
            return properties.baseUrl() + request.path();
        }
        String taskId = request.taskId();
        if (taskId == null && request.processInstanceId() != null) {
            taskId = system
                    .call(() -> tasks.createTaskQuery()
                            .processInstanceId(request.processInstanceId())
                            .taskAssignee(recipientId)
                            .list())
                    .stream()
                    .map(Task::getId)
                    .findFirst()
                    .orElse(null);
        }
        return taskId == null ? todoList() : properties.baseUrl() + "/m/tasks/" + taskId;
    }

    String todoList() {
        return properties.baseUrl() + "/m/";
    }

    String processName(String processKey) {
        if (processKey == null) {
            return "";
        }
        return processNames.computeIfAbsent(processKey, key -> {
            ProcessDefinition definition = system.call(() -> repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult());
            return definition == null || definition.getName() == null ? key : definition.getName();
        });
    }

    /** A name to show: from the organisation as last read, so that a notice costs no extra query. */
    String personName(String personId) {
        return org.recent().person(personId).map(Person::name).orElse(personId);
    }

    /** A definition id "key:3:abc" → its process key "key". */
    static String processKeyOf(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }
}
