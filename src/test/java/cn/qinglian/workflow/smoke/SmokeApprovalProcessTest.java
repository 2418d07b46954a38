package cn.qinglian.workflow.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The smoke process, walked end to end: deployed with its form, routed, audited. */
class SmokeApprovalProcessTest extends IntegrationTest {

    @Autowired
    AuditService audit;

    @Test
    void approvalGoesToTheApproverAndIsAuditedWithItsOpinion() {
        String businessKey = "smoke-" + UUID.randomUUID();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(SmokeApproval.PROCESS_KEY,
                businessKey, Map.of(SmokeApproval.VAR_APPROVER, "secretary"));

        assertThat(instance).isWaitingAt(SmokeApproval.TASK_APPROVE);
        assertThat(task(instance)).isAssignedTo("secretary");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo(SmokeApproval.FORM_ID);
        // Tasklist fetches the Chinese form this way, as the assignee.
        String form = as("secretary").getForObject("/engine-rest/task/" + task(instance).getId() + "/deployed-form", String.class);
        assertThat(form).contains("审批结论", "\"key\": \"decision\"");

        // An emoji and a rare character outside the BMP must survive the engine's variable tables.
        complete(task(instance), Map.of(SmokeApproval.VAR_DECISION, "approve", SmokeApproval.VAR_OPINION, "同意👍 王𠀾"));

        assertThat(instance).hasPassedInOrder("startEvent_submitted", SmokeApproval.TASK_APPROVE, "endEvent_done").isEnded();
        List<AuditRecord> trail = audit.forBusinessKey(businessKey);
        assertThat(trail).singleElement().satisfies(record -> {
            assertThat(record.actorId()).isEqualTo("secretary");
            assertThat(record.actorName()).isEqualTo("张建国");
            assertThat(record.stepId()).isEqualTo(SmokeApproval.TASK_APPROVE);
            assertThat(record.stepName()).isEqualTo("审批");
            assertThat(record.outcome()).isEqualTo("approve");
            assertThat(record.opinion()).isEqualTo("同意👍 王𠀾");
        });
        Object stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(SmokeApproval.VAR_OPINION).singleResult().getValue();
        assertThat(stored).isEqualTo("同意👍 王𠀾");
    }

    @Test
    void theFormIsDeployedWithTheProcess() {
        String deploymentId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(SmokeApproval.PROCESS_KEY).latestVersion().singleResult().getDeploymentId();
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(deploymentId))
                .contains("processes/smoke-approval.bpmn", "forms/smoke-approval.form");
    }
}
