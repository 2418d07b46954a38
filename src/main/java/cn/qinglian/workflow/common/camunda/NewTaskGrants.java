package cn.qinglian.workflow.common.camunda;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's default grants (the assignee and candidates of a task get TASK_WORK), without asking the
 * database whether a grant already exists for a task created in the same command: its id was
 * generated a moment ago, so no stored authorization can name it, yet the default provider runs a
 * SELECT for it — once per task the engine creates with an assignee or a candidate group. A grant
 * made earlier in the same command is still merged by Camunda from its entity cache, and a task that
 * already existed (reassigned, 转办, a candidate added) is looked up as before.
 */
@Component
class NewTaskGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorization(
                String resourceId, String userId, String groupId, Resource resource) {
            if (resource.resourceType() == Resources.TASK.resourceType() && createdInThisCommand(resourceId)) {
                return null;
            }
            return super.getGrantAuthorization(resourceId, userId, groupId, resource);
        }

        private static boolean createdInThisCommand(String taskId) {
            DbEntityCache cache =
                    Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            TaskEntity task = cache.get(TaskEntity.class, taskId);
            return task != null && cache.isTransient(task);
        }
    }
}
