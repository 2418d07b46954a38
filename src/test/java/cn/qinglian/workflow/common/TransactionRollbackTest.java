package cn.qinglian.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.TestHandlers;
import cn.qinglian.workflow.common.audit.AuditService;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine and MyBatis share one transaction: a handler that writes its row and then fails
 * leaves neither the row nor the task completion behind; one that succeeds commits both.
 */
class TransactionRollbackTest extends IntegrationTest {

    @Autowired
    AuditService audit;

    @BeforeEach
    void deployProbe() {
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("rollbackProbe")
                        .count()
                == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name("rollback-probe")
                    .addClasspathResource("bpmn/rollback-probe.bpmn")
                    .deploy();
        }
    }

    @Test
    void handlerFailingAfterItWroteLeavesNeitherRowNorCompletion() {
        String businessKey = "rollback-" + UUID.randomUUID();
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey("rollbackProbe", businessKey, Map.of("approver", "m0001"));
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                .hasMessageContaining(TestHandlers.FAILURE_MESSAGE);

        assertThat(audit.countForTask(task.getId())).isZero();
        assertThat(audit.forBusinessKey(businessKey)).isEmpty();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isEqualTo(1);
        assertThat(instance).isWaitingAt("userTask_approve");
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getEndTime())
                .isNull();
    }

    @Test
    void handlerThatSucceedsCommitsItsRowWithTheCompletion() {
        String businessKey = "commit-" + UUID.randomUUID();
        Task task = startTestApproval(businessKey, "m0001");

        engine.getTaskService().complete(task.getId());

        assertThat(audit.countForTask(task.getId())).isEqualTo(1);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult()
                        .getEndTime())
                .isNotNull();
    }
}
