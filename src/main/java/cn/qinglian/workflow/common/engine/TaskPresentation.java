package cn.qinglian.workflow.common.engine;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * How a feature's user tasks present themselves in Tasklist: what the task is about (added to its
 * name, so forty 支部书记审核 can be told apart) and the facts its form shows the person who decides.
 * {@code common.camunda.TaskPresenter} applies it when a task is created, after the task's own listeners.
 */
public interface TaskPresentation {

    /** The process whose tasks this presents. */
    String processKey();

    /** Who and what the task concerns, e.g. "张三（第一党支部）· 2026年度查改剖"; blank for nothing. */
    String subject(DelegateTask task);

    /**
     * Facts for the task's form, kept as the task's own variables: they leave with the task, and their
     * names must be {@link DisplayCopies} so history keeps no second copy of the register.
     */
    default Map<String, Object> facts(DelegateTask task) {
        return Map.of();
    }
}
