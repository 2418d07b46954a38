package cn.qinglian.workflow.notice;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;

/**
 * A notice to send: what happened ({@code kind}), to whom, and what it concerns — a title such as
 * the task's name ("签收任务清单 · 办公室 · 2026年度"), never the content of a review, opinion or risk.
 *
 * @param processKey        the process it belongs to (its name goes in the text)
 * @param processInstanceId the instance, if any: without a task, the link opens the person's open task in it
 * @param taskId            the task the link opens, if any
 * @param unitName          the unit it concerns, if the title does not say
 * @param due               by when, if anything is due
 * @param actorId           who caused it ("来自"); never notified themselves
 */
public record NoticeRequest(
        NoticeKind kind,
        Collection<String> recipientIds,
        String subject,
        String processKey,
        String processInstanceId,
        String taskId,
        String unitName,
        Date due,
        String actorId) {

    public NoticeRequest {
        Objects.requireNonNull(kind, "kind");
        recipientIds = recipientIds == null
                ? List.of()
                : List.copyOf(recipientIds.stream().filter(Objects::nonNull).toList());
        subject = subject == null ? "" : subject.strip();
    }

    /** About an open task, as named in Tasklist: its process, instance, deadline and link. */
    public static NoticeRequest aboutTask(NoticeKind kind, Task task, String recipientId, String actorId) {
        return new NoticeRequest(
                kind,
                List.of(recipientId),
                task.getName(),
                NoticeText.processKeyOf(task.getProcessDefinitionId()),
                task.getProcessInstanceId(),
                task.getId(),
                null,
                task.getDueDate(),
                actorId);
    }

    public static NoticeRequest about(NoticeKind kind, String recipientId, String subject, String processKey) {
        return new NoticeRequest(kind, List.of(recipientId), subject, processKey, null, null, null, null, null);
    }

    public NoticeRequest inInstance(String instanceId) {
        return new NoticeRequest(kind, recipientIds, subject, processKey, instanceId, taskId, unitName, due, actorId);
    }

    public NoticeRequest onTask(String id) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, id, unitName, due, actorId);
    }

    public NoticeRequest forUnit(String name) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, name, due, actorId);
    }

    public NoticeRequest dueBy(Date date) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, unitName, date, actorId);
    }

    public NoticeRequest from(String personId) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, unitName, due, personId);
    }
}
