package cn.qinglian.workflow.common.engine;

/**
 * Variables a process holds only so that a Camunda Form can show them — copies of what the app's
 * own tables already keep (a checklist's titles, a person's name). They get no engine history:
 * {@link HistoryWithoutDisplayCopies}.
 */
public interface DisplayCopies {

    /** Whether {@code variableName} of a process of {@code processDefinitionKey} is such a copy. */
    boolean isDisplayCopy(String processDefinitionKey, String variableName);
}
