package cn.qinglian.workflow.sitebuilding;

import static cn.qinglian.workflow.sitebuilding.SiteFixtures.AGENCY_SECRETARY;
import static cn.qinglian.workflow.sitebuilding.SiteFixtures.OFFICE;
import static cn.qinglian.workflow.sitebuilding.SiteFixtures.PROJECT_SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.engine.ReturnNotice;
import cn.qinglian.workflow.sitebuilding.Requests.AgreementRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/joint-building.bpmn, with the agreement's row checked at each step. */
class JointBuildingProcessTest extends IntegrationTest {

    @Autowired
    SiteBuildingService ledger;

    @Autowired
    AgreementService agreements;

    @Autowired
    AuditService audit;

    @Test
    void bothSidesSignAndTheAgreementIsSigned() {
        Agreement proposed = agreements.propose(SiteFixtures.agreement(partyOrg()), OFFICE);
        ProcessInstance instance = instance(proposed);

        assertThat(instance)
                .isWaitingAt(JointBuildingProcess.TASK_AGENCY_SIGN)
                .task()
                .isAssignedTo(AGENCY_SECRETARY);
        assertThat(task(instance).getName()).startsWith("机关方签署 · 机关第一党支部 · ");
        assertThat((String) engine.getTaskService()
                        .getVariableLocal(task(instance).getId(), JointBuildingTaskPresentation.VAR_AGREEMENT_FACTS))
                .contains("联学理论", "2027-01-01 至 2027-12-31");
        complete(task(instance), Map.of(JointBuildingProcess.VAR_SIGNED, true));
        assertThat(status(proposed)).isEqualTo(AgreementStatus.PROJECT_SIGNING);

        assertThat(instance)
                .isWaitingAt(JointBuildingProcess.TASK_PROJECT_SIGN)
                .task()
                .isAssignedTo(PROJECT_SECRETARY);
        complete(
                task(instance),
                Map.of(JointBuildingProcess.VAR_SIGNED, "true", JointBuildingProcess.VAR_COMMENT, "同意"));

        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(
                        JointBuildingProcess.TASK_AGENCY_SIGN,
                        JointBuildingProcess.TASK_PROJECT_SIGN,
                        JointBuildingProcess.END_SIGNED)
                .hasNotPassed(JointBuildingProcess.TASK_REVISE);
        Agreement signed = agreements.agreement(proposed.id());
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.agencySignedAt()).isNotNull();
        assertThat(signed.projectSignedAt()).isNotNull();
        assertThat(audit.forBusinessKey(proposed.businessKey()))
                .extracting(AuditRecord::outcome)
                .containsExactly("started", "agency-signed", "project-signed");
    }

    @Test
    void agencySideReturnsTheProposerRevisesAndBothSidesSignTheRevision() {
        Agreement proposed = agreements.propose(SiteFixtures.agreement(partyOrg()), OFFICE);
        ProcessInstance instance = instance(proposed);

        complete(
                task(instance),
                Map.of(JointBuildingProcess.VAR_SIGNED, false, JointBuildingProcess.VAR_COMMENT, "请写明联学频次"));

        assertThat(instance)
                .isWaitingAt(JointBuildingProcess.TASK_REVISE)
                .task()
                .isAssignedTo("office1");
        assertThat(task(instance).getName()).startsWith(ReturnNotice.MARK);
        Agreement returned = agreements.agreement(proposed.id());
        assertThat(returned.status()).isEqualTo(AgreementStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请写明联学频次");
        // The revise form is filled in with the current terms.
        assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId()))
                .containsEntry(JointBuildingProcess.VAR_REVISED_CONTENT, proposed.content())
                .containsEntry(JointBuildingProcess.VAR_REVISED_FROM, "2027-01-01");

        complete(
                task(instance),
                Map.of(
                        JointBuildingProcess.VAR_WITHDRAW,
                        false,
                        JointBuildingProcess.VAR_REVISED_CONTENT,
                        "每月联学一次，每季度联办一次主题党日",
                        JointBuildingProcess.VAR_REVISED_TO,
                        "2028-06-30"));

        assertThat(instance).isWaitingAt(JointBuildingProcess.TASK_AGENCY_SIGN);
        Agreement revised = agreements.agreement(proposed.id());
        assertThat(revised.content()).isEqualTo("每月联学一次，每季度联办一次主题党日");
        assertThat(revised.periodTo()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(revised.status()).isEqualTo(AgreementStatus.AGENCY_SIGNING);

        complete(task(instance), Map.of(JointBuildingProcess.VAR_SIGNED, true));
        complete(task(instance), Map.of(JointBuildingProcess.VAR_SIGNED, true));
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder(
                        JointBuildingProcess.TASK_AGENCY_SIGN,
                        JointBuildingProcess.TASK_REVISE,
                        JointBuildingProcess.TASK_AGENCY_SIGN,
                        JointBuildingProcess.TASK_PROJECT_SIGN,
                        JointBuildingProcess.END_SIGNED);
        assertThat(status(proposed)).isEqualTo(AgreementStatus.SIGNED);
        assertThat(audit.forBusinessKey(proposed.businessKey()))
                .extracting(AuditRecord::outcome)
                .containsExactly("started", "returned", "revised", "agency-signed", "project-signed");
    }

    @Test
    void projectSideReturnsAndTheProposerWithdrawsSoThePairMayBeProposedAgain() {
        long partyOrg = partyOrg();
        Agreement proposed = agreements.propose(SiteFixtures.agreement(partyOrg), OFFICE);
        ProcessInstance instance = instance(proposed);
        complete(task(instance), Map.of(JointBuildingProcess.VAR_SIGNED, true));
        complete(
                task(instance),
                Map.of(JointBuildingProcess.VAR_SIGNED, false, JointBuildingProcess.VAR_COMMENT, "项目年内竣工，期限过长"));

        assertThat(instance)
                .isWaitingAt(JointBuildingProcess.TASK_REVISE)
                .task()
                .isAssignedTo("office1");
        // Both sides sign a revision again: the agency side's signature is cleared with the return.
        assertThat(agreements.agreement(proposed.id()).agencySignedAt()).isNull();
        complete(task(instance), Map.of(JointBuildingProcess.VAR_WITHDRAW, true));

        assertThat(instance)
                .isEnded()
                .hasPassed(JointBuildingProcess.END_WITHDRAWN)
                .hasNotPassed(JointBuildingProcess.END_SIGNED);
        assertThat(status(proposed)).isEqualTo(AgreementStatus.WITHDRAWN);
        assertThat(audit.forBusinessKey(proposed.businessKey()))
                .extracting(AuditRecord::outcome)
                .containsExactly("started", "agency-signed", "returned", "withdrawn");

        Agreement again = agreements.propose(SiteFixtures.agreement(partyOrg), OFFICE);
        assertThat(again.businessKey()).isEqualTo(proposed.businessKey());
        assertThat(instance(again)).isWaitingAt(JointBuildingProcess.TASK_AGENCY_SIGN);
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndTheTaskStays() {
        Agreement proposed = agreements.propose(SiteFixtures.agreement(partyOrg()), OFFICE);
        ProcessInstance instance = instance(proposed);
        String taskId = task(instance).getId();

        assertThatThrownBy(
                        () -> engine.getTaskService().complete(taskId, Map.of(JointBuildingProcess.VAR_SIGNED, false)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("退回时必须写明理由");

        assertThat(instance).isWaitingAt(JointBuildingProcess.TASK_AGENCY_SIGN);
        assertThat(status(proposed)).isEqualTo(AgreementStatus.AGENCY_SIGNING);
    }

    @Test
    void aServiceGroupSignsThroughItsLeader() {
        ServiceGroup group = ledger.createGroup(
                new Requests.ServiceGroupRequest(
                        SiteFixtures.unique("第一服务指导组"), "leader2", List.of("office2"), List.of()),
                OFFICE);
        AgreementRequest request = new AgreementRequest(
                null, group.id(), partyOrg(), "组团服务重点项目", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30));

        Agreement proposed = agreements.propose(request, OFFICE);

        assertThat(proposed.agencyName()).isEqualTo(group.name());
        assertThat(instance(proposed))
                .isWaitingAt(JointBuildingProcess.TASK_AGENCY_SIGN)
                .task()
                .isAssignedTo("leader2");
    }

    private long partyOrg() {
        Project project = ledger.createProject(SiteFixtures.project(SiteFixtures.unique("地铁四号线站点工程")), OFFICE);
        return ledger.createOrg(
                        SiteFixtures.org(
                                project.id(), "项目党支部", SiteFixtures.unique("四号线项目党支部"), PROJECT_SECRETARY, List.of()),
                        OFFICE)
                .id();
    }

    /** The agreement's running signing (called while it runs; assertions follow it into history). */
    private ProcessInstance instance(Agreement agreement) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(JointBuildingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(agreement.businessKey())
                .active()
                .singleResult();
    }

    private AgreementStatus status(Agreement agreement) {
        return agreements.agreement(agreement.id()).status();
    }
}
