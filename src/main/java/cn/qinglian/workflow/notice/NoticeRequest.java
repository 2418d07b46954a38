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
 * @param path              the page of 掌上办 the link opens when it is not a task (e.g. a session's sign-in)
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
        String actorId,
        String path) {

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
                actorId,
                null);
    }

    public static NoticeRequest about(NoticeKind kind, String recipientId, String subject, String processKey) {
        return about(kind, List.of(recipientId), subject, processKey);
    }

    /** The same notice to several people (each gets their own, in their own channels). */
    public static NoticeRequest about(
            NoticeKind kind, Collection<String> recipientIds, String subject, String processKey) {
        return new NoticeRequest(kind, recipientIds, subject, processKey, null, null, null, null, null, null);
    }

    public NoticeRequest inInstance(String instanceId) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, instanceId, taskId, unitName, due, actorId, path);
    }

    public NoticeRequest onTask(String id) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, id, unitName, due, actorId, path);
    }

    public NoticeRequest forUnit(String name) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, name, due, actorId, path);
    }

    public NoticeRequest dueBy(Date date) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, unitName, date, actorId, path);
    }

    public NoticeRequest from(String personId) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, unitName, due, personId, path);
    }

    /** The link opens this page of 掌上办 (a path such as {@code /m/sessions/12}) instead of a task. */
    public NoticeRequest opening(String page) {
        return new NoticeRequest(
                kind, recipientIds, subject, processKey, processInstanceId, taskId, unitName, due, actorId, page);
    }
}
