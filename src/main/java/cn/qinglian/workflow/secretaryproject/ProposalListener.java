package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 领题 from Tasklist's start form: records the proposal (validated as over REST), gives the instance its
 * business key and keeps only ids as variables. A process started by {@code POST /api/secretary-projects}
 * arrives recorded and passes through (a direct start cannot carry {@code projectId}: DirectStartGuard).
 */
@Component("secretaryProjectProposalListener")
class ProposalListener implements ExecutionListener {

    private final ProjectService projects;

    ProposalListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(ProjectProcess.VAR_PROJECT_ID)) {
            return;
        }
        TaskErrors.asBadRequest(() -> {
            ProjectService.Proposed proposed = projects.proposeFromStartForm(
                    ProjectVariables.proposal(execution),
                    ProcessVariables.text(execution, ProjectProcess.VAR_PROPOSER),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(proposed.businessKey());
            execution.removeVariables(ProjectVariables.proposalCopies());
            execution.setVariables(proposed.variables());
        });
    }
}
