package cn.qinglian.workflow.common.engine;

/**
 * Variables a process holds only to carry a Camunda Form's content to or from the app's own tables —
 * copies of what those tables keep (a checklist's titles and a person's name shown, the measures
 * entered and moved into the register at once). They get no engine history:
 * {@code common.camunda.HistoryWithoutDisplayCopies}.
 */
public interface DisplayCopies {

    /** Whether {@code variableName} of a process of {@code processDefinitionKey} is such a copy. */
    boolean isDisplayCopy(String processDefinitionKey, String variableName);
}
