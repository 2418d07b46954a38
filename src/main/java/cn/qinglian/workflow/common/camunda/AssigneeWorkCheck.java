package cn.qinglian.workflow.common.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks, except that the assignee of a task may work on it without asking
 * the database. Every assignment grants the assignee TASK_WORK on the task
 * ({@code defaultUserPermissionNameForTask}) and the app never revokes ({@code authorization-check-revokes:
 * never}), so the answer is known; the query it saves — a multi-kilobyte statement plus the lookup of
 * the groups that hold authorizations — was the largest single cost of completing a task
 * (bench/README.md). Anyone else (a candidate group, an administrator, a stranger) is checked as before.
 */
@Component
class AssigneeWorkCheck extends AbstractProcessEnginePlugin {

    /**
     * After the engine has built its checkers: its authorization checker is swapped for ours, every
     * other one (the tenant check, and whatever a later release adds) stays where it is.
     */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandChecker> checkers = new ArrayList<>(configuration.getCommandCheckers());
        int authorization = -1;
        for (int i = 0; i < checkers.size(); i++) {
            if (checkers.get(i).getClass() == AuthorizationCommandChecker.class) {
                authorization = i;
            }
        }
        if (authorization < 0) {
            throw new IllegalStateException(
                    "Camunda's AuthorizationCommandChecker is not among the engine's command checkers " + checkers
                            + ": re-check AssigneeWorkCheck against this Camunda version (docs/adr/0003-camunda-internals.md)");
        }
        checkers.set(authorization, new Checker());
        configuration.setCommandCheckers(checkers);
    }

    static class Checker extends AuthorizationCommandChecker {

        @Override
        public void checkTaskWork(TaskEntity task) {
            if (!isAssignee(task)) {
                super.checkTaskWork(task);
            }
        }

        private static boolean isAssignee(TaskEntity task) {
            Authentication authentication = Context.getCommandContext().getAuthentication();
            return authentication != null
                    && task.getAssignee() != null
                    && task.getAssignee().equals(authentication.getUserId());
        }
    }
}
