package cn.qinglian.workflow.common.engine;

/**
 * A user task is being completed, inside the engine's transaction and before the step moves on. A
 * listener that refuses (throws an {@code ApiException}) refuses the completion: nothing of it is kept.
 *
 * @param processDefinitionKey the task's process, e.g. {@code letterSigning}
 * @param stepId               the user task's id in the model, e.g. {@code userTask_sign}
 */
public record WorkCompleting(String taskId, String processDefinitionKey, String stepId) {}
