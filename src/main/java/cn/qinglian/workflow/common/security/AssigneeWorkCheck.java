package cn.qinglian.workflow.common.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks, except that the assignee of a task may work on it without asking
 * the database. Every assignment grants the assignee TASK_WORK on the task
 * ({@code defaultUserPermissionNameForTask}) and the app never revokes ({@code authorization-check-revokes:
 * never}), so the answer is known; the query it saves — a multi-kilobyte statement plus the lookup of
 * the groups that hold authorizations — was the largest single cost of completing a task (bench/,
 * README "Benchmark"). Anyone else (a candidate group, an administrator, a stranger) is checked as before.
 */
@Component
class AssigneeWorkCheck extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandChecker> checkers = new ArrayList<>();
        checkers.add(new TenantCommandChecker());
        checkers.add(new Checker());
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
            return authentication != null && task.getAssignee() != null && task.getAssignee().equals(authentication.getUserId());
        }
    }
}
