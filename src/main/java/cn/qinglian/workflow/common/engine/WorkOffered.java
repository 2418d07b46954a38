package cn.qinglian.workflow.common.engine;

import java.util.Date;
import java.util.Set;

/**
 * A user task became someone's work: created for an assignee or for candidates, or given to
 * someone else. Published inside the engine's transaction, after the task is named
 * ({@link TaskPresentation}), so that a listener's writes commit or roll back with the step.
 *
 * @param actorId  who caused it (the person behind a system call included); null for the engine's own jobs
 * @param returned the task exists because a step was sent back (退回)
 */
public record WorkOffered(
        String taskId,
        String taskName,
        String processDefinitionId,
        String processInstanceId,
        String assignee,
        Set<String> candidateGroups,
        Set<String> candidateUsers,
        Date due,
        String actorId,
        boolean returned) {

    public WorkOffered {
        candidateGroups = Set.copyOf(candidateGroups);
        candidateUsers = Set.copyOf(candidateUsers);
    }
}
