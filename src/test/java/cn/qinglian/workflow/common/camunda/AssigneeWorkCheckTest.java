package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import cn.qinglian.workflow.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The assignee works on their own task without a database check; everyone else is checked by
 * Camunda as before — so a member still completes only their own tasks.
 */
class AssigneeWorkCheckTest extends IntegrationTest {

    @Test
    void theEngineChecksTenantsAndAuthorizationsWithTheAssigneeShortcut() {
        var checkers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandCheckers();
        assertThat(checkers).hasSize(2);
        assertThat(checkers.get(0)).isInstanceOf(TenantCommandChecker.class);
        assertThat(checkers.get(1))
                .isInstanceOf(AssigneeWorkCheck.Checker.class)
                .isInstanceOf(AuthorizationCommandChecker.class);
    }

    @Test
    void onlyTheAssigneeCompletesTheirTask() {
        Task task = startTestApproval("assignee-check-1", "m0031");
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .userIdIn("m0031")
                        .resourceType(Resources.TASK)
                        .resourceId(task.getId())
                        .count())
                .as("the authorization the shortcut relies on: every assignee gets TASK_WORK")
                .isEqualTo(1);

        assertThat(postJson(as("m0032"), "/engine-rest/task/" + task.getId() + "/complete", "{}")
                        .getStatusCode())
                .as("someone else's task: checked by Camunda, which refuses")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isEqualTo(1);

        assertThat(postJson(as("m0031"), "/engine-rest/task/" + task.getId() + "/complete", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isZero();
    }

    @Test
    void aCheckerAddedByALaterReleaseIsKeptAndAMissingAuthorizationCheckerStopsStartUp() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        CommandChecker later = mock(CommandChecker.class);
        configuration.setCommandCheckers(List.of(new TenantCommandChecker(), new AuthorizationCommandChecker(), later));
        new AssigneeWorkCheck().postInit(configuration);
        assertThat(configuration.getCommandCheckers()).hasSize(3).element(2).isSameAs(later);
        assertThat(configuration.getCommandCheckers().get(1)).isInstanceOf(AssigneeWorkCheck.Checker.class);

        configuration.setCommandCheckers(List.of(new TenantCommandChecker(), later));
        assertThatThrownBy(() -> new AssigneeWorkCheck().postInit(configuration))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AuthorizationCommandChecker");
    }
}
