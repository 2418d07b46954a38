package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Grants on a task made in the command that creates it skip the database lookup; the grants are the
 * ones Camunda's default provider makes, on new and on existing tasks alike.
 */
class NewTaskGrantsTest extends IntegrationTest {

    @Test
    void theEngineUsesTheProvider() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getResourceAuthorizationProvider())
                .isInstanceOf(NewTaskGrants.Provider.class);
    }

    @Test
    void aProcessTaskGrantsItsAssigneeWorkOnceAndAReassignmentGrantsTheNewAssignee() {
        Task task = startTestApproval("new-task-grants-1", "m0034");
        assertThat(grants(task.getId(), "m0034"))
                .singleElement()
                .satisfies(a -> assertThat(a.isPermissionGranted(TaskPermissions.TASK_WORK))
                        .isTrue());

        engine.getTaskService().setAssignee(task.getId(), "m0035");
        assertThat(grants(task.getId(), "m0035"))
                .singleElement()
                .satisfies(a -> assertThat(a.isPermissionGranted(TaskPermissions.TASK_WORK))
                        .isTrue());
        engine.getTaskService().complete(task.getId());
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .resourceType(Resources.TASK)
                        .resourceId(task.getId())
                        .count())
                .as("a finished task's grants go with it")
                .isZero();
    }

    @Test
    void twoGrantsForOnePersonInTheCreatingCommandAreOneRowAndALaterOneIsAddedToIt() {
        Task task = engine.getTaskService().newTask();
        task.setName("新任务授权");
        task.setAssignee("m0036");
        task.setOwner("m0036");
        engine.getTaskService().saveTask(task);
        try {
            assertThat(grants(task.getId(), "m0036")).hasSize(1);

            engine.getTaskService().addCandidateUser(task.getId(), "m0036");
            engine.getTaskService().addCandidateGroup(task.getId(), "unit-x04");
            assertThat(grants(task.getId(), "m0036")).hasSize(1);
            assertThat(engine.getAuthorizationService()
                            .createAuthorizationQuery()
                            .groupIdIn("unit-x04")
                            .resourceType(Resources.TASK)
                            .resourceId(task.getId())
                            .count())
                    .isEqualTo(1);
        } finally {
            engine.getTaskService().deleteTask(task.getId(), true);
        }
    }

    private List<Authorization> grants(String taskId, String userId) {
        return engine.getAuthorizationService()
                .createAuthorizationQuery()
                .userIdIn(userId)
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .list();
    }
}
