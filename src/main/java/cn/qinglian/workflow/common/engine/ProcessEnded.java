package cn.qinglian.workflow.common.engine;

/**
 * A process instance that no other instance started (no call activity, no parent) ended normally.
 * Published inside the engine's transaction.
 *
 * @param actorId who caused the last step; null for the engine's own jobs
 */
public record ProcessEnded(String processInstanceId, String processDefinitionId, String businessKey, String actorId) {}
