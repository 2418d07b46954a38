package cn.qinglian.workflow.common.camunda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** What a task handler needs to know that only the engine's internal types hold. */
public final class TaskInternals {

    private TaskInternals() {}

    /**
     * A user task's step name as the model writes it. {@link TaskPresenter} renames each task to say
     * whom it concerns ("支部书记审核 · 张三（办公室）· …"); the audit trail and the timeline keep the bare
     * step, which only the task's definition still holds.
     */
    public static String modelledName(DelegateTask task) {
        if (task instanceof TaskEntity entity
                && entity.getTaskDefinition() != null
                && entity.getTaskDefinition().getNameExpression() != null) {
            return entity.getTaskDefinition().getNameExpression().getExpressionText();
        }
        return task.getName();
    }

    /** Who runs the current engine command (completes a group task without claiming it, say). */
    public static String authenticatedUserId() {
        return Context.getCommandContext() == null
                ? null
                : Context.getCommandContext().getAuthenticatedUserId();
    }
}
