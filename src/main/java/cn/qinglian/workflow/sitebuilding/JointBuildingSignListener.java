package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 机关方签署 / 项目党组织签署 completed: records the signature or the return (which needs a reason). */
@Component("jointBuildingSignListener")
class JointBuildingSignListener implements TaskListener {

    private final AgreementService agreements;

    JointBuildingSignListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        long agreementId = ProcessVariables.id(task, JointBuildingProcess.VAR_AGREEMENT_ID);
        boolean signed = ProcessVariables.flag(task, JointBuildingProcess.VAR_SIGNED);
        String comment = ProcessVariables.filled(task, JointBuildingProcess.VAR_COMMENT);
        TaskErrors.asBadRequest(() -> {
            if (JointBuildingProcess.TASK_AGENCY_SIGN.equals(task.getTaskDefinitionKey())) {
                agreements.agencyDecision(agreementId, TaskStep.of(task), signed, comment);
            } else {
                agreements.projectDecision(agreementId, TaskStep.of(task), signed, comment);
            }
        });
        // The gateway routes on a plain yes or no, whatever spelling the form sent.
        task.getExecution().setVariable(JointBuildingProcess.VAR_SIGNED, signed);
    }
}
