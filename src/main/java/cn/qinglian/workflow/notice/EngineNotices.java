package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.engine.ProcessEnded;
import cn.qinglian.workflow.common.engine.ReturnNotice;
import cn.qinglian.workflow.common.engine.WorkOffered;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgIds;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices the engine's own events call for, in the engine's transaction: a task given to a
 * person (待办, or 退回 when a step was sent back to them) or offered to groups (to each member, once),
 * and a process announced as finished to the person who started it (办结).
 */
@Component
class EngineNotices {

    private final Notices notices;
    private final OrgService org;
    private final HistoryService history;
    private final SystemAuthentication system;
    private final NoticeProperties properties;
    private final NoticeText text;

    EngineNotices(
            Notices notices,
            OrgService org,
            HistoryService history,
            SystemAuthentication system,
            NoticeProperties properties,
            NoticeText text) {
        this.notices = notices;
        this.text = text;
        this.org = org;
        this.history = history;
        this.system = system;
        this.properties = properties;
    }

    @EventListener
    void workOffered(WorkOffered work) {
        Set<String> people = new LinkedHashSet<>();
        if (work.assignee() != null) {
            people.add(work.assignee());
        } else {
            people.addAll(work.candidateUsers());
            Organisation organisation = org.organisation();
            work.candidateGroups().forEach(group -> members(organisation, group).forEach(p -> people.add(p.id())));
        }
        if (people.isEmpty()) {
            return;
        }
        notices.send(new NoticeRequest(
                work.returned() ? NoticeKind.RETURNED : NoticeKind.TASK,
                people,
                // "退回：" says it; the task's own mark would say it twice
                work.taskName().replaceFirst("^" + Pattern.quote(ReturnNotice.MARK), ""),
                NoticeText.processKeyOf(work.processDefinitionId()),
                work.processInstanceId(),
                work.taskId(),
                null,
                work.due(),
                work.actorId(),
                null));
    }

    @EventListener
    void processEnded(ProcessEnded end) {
        String processKey = NoticeText.processKeyOf(end.processDefinitionId());
        if (!properties.announcedProcesses().contains(processKey)) {
            return;
        }
        HistoricProcessInstance instance = system.call(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(end.processInstanceId())
                .singleResult());
        if (instance == null || instance.getStartUserId() == null) {
            return;
        }
        String subject =
                text.processName(processKey) + (end.businessKey() == null ? "" : "（" + end.businessKey() + "）");
        notices.send(new NoticeRequest(
                NoticeKind.FINISHED,
                List.of(instance.getStartUserId()),
                subject,
                processKey,
                end.processInstanceId(),
                null,
                null,
                null,
                end.actorId(),
                null));
    }

    private static List<Person> members(Organisation organisation, String groupId) {
        if (groupId.startsWith(OrgIds.unitGroupId(""))) {
            return organisation.membersOf(
                    groupId.substring(OrgIds.unitGroupId("").length()));
        }
        return Arrays.stream(Role.values())
                .filter(role -> role.groupId().equals(groupId))
                .findFirst()
                .map(organisation::withRole)
                .orElse(List.of());
    }
}
