package cn.qinglian.workflow.approval;

import cn.qinglian.workflow.common.engine.TaskFiles;
import cn.qinglian.workflow.signature.SignatureMode;
import java.time.Instant;
import java.util.List;

/** What /api/tasks answers: pages of lists, a task with what the caller may do with it, the timeline. */
final class Views {

    private Views() {}

    record PageOf<T>(int page, int size, long total, List<T> items) {}

    /** An open task as the lists show it; {@code returned}: why it was sent back, for a task a 退回 created. */
    record TodoItem(
            String taskId,
            String name,
            String stepId,
            String processName,
            String processDefinitionKey,
            String processInstanceId,
            String businessKey,
            String assignee,
            String assigneeName,
            String owner,
            boolean delegated,
            Instant created,
            Instant due,
            String returned) {}

    /** A task the caller finished: done (已办理) or taken away by a return, a withdrawal or the process ending. */
    record DoneItem(
            String taskId,
            String name,
            String processName,
            String processInstanceId,
            String businessKey,
            Instant started,
            Instant ended,
            boolean completed) {}

    /** A process the caller started, with the steps now open in it (each may be urged). */
    record StartedItem(
            String processInstanceId,
            String processName,
            String title,
            String businessKey,
            String state,
            Instant started,
            Instant ended,
            List<OpenStep> openSteps) {}

    /** A step waiting in a process: its task and who holds it (none while it waits to be claimed). */
    record OpenStep(String taskId, String name, String assignee, String assigneeName) {}

    /** One line of the 审批记录: a step someone took, or (pending) one still waiting for its holder. */
    record TimelineEntry(
            Instant at,
            String stepId,
            String stepName,
            String actorId,
            String actorName,
            String action,
            String opinion,
            boolean pending) {}

    /** What the caller may do with a task now; each is refused by the operation itself otherwise. */
    record Operations(
            List<Step> returnTo,
            boolean transfer,
            boolean delegate,
            boolean resolve,
            boolean addSigner,
            boolean withdraw,
            boolean urge,
            boolean copy,
            boolean release,
            boolean manage) {}

    /**
     * A task with what the caller may do with it, whether its step asks for a handwritten signature
     * ({@code OFF}, {@code OPTIONAL}, {@code REQUIRED}) and the files it takes (null if none).
     */
    record TaskDetail(TodoItem task, Operations operations, SignatureMode signature, TaskFiles files) {}
}
