package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** 修改或撤回 completed: the proposer's revised terms go back to signing, or the agreement is withdrawn. */
@Component("jointBuildingReviseListener")
class JointBuildingReviseListener implements TaskListener {

    private final AgreementService agreements;

    JointBuildingReviseListener(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public void notify(DelegateTask task) {
        long agreementId = ProcessVariables.id(task, JointBuildingProcess.VAR_AGREEMENT_ID);
        boolean withdraw = ProcessVariables.flag(task, JointBuildingProcess.VAR_WITHDRAW);
        DelegateExecution process = task.getExecution();
        TaskErrors.asBadRequest(() -> agreements.revise(
                agreementId,
                TaskStep.of(task),
                withdraw,
                submitted(task, JointBuildingProcess.VAR_REVISED_CONTENT),
                ProcessVariables.date(submitted(task, JointBuildingProcess.VAR_REVISED_FROM)),
                ProcessVariables.date(submitted(task, JointBuildingProcess.VAR_REVISED_TO))));
        // The revision now lives in site_agreement; the form's copies go.
        process.removeVariables(List.of(
                JointBuildingProcess.VAR_REVISED_CONTENT,
                JointBuildingProcess.VAR_REVISED_FROM,
                JointBuildingProcess.VAR_REVISED_TO));
        process.setVariable(JointBuildingProcess.VAR_WITHDRAW, withdraw);
    }

    /**
     * A revised field: completing the task sets it on the process, beside the task's own copy the form was
     * filled in with; submitting the form overwrites that copy.
     */
    private static String submitted(DelegateTask task, String name) {
        VariableScope process = task.getExecution();
        return process.hasVariable(name) ? ProcessVariables.filled(process, name) : ProcessVariables.filled(task, name);
    }
}
