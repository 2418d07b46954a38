package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 修改项目 opened: the project is back with its proposer. Completed: the revised proposal goes to the office
 * again, or the project is withdrawn.
 */
@Component("secretaryProjectRevisionListener")
class RevisionListener implements TaskListener {

    private final ProjectService projects;

    RevisionListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // Back with the proposer, by a return on a form or the approval menu's 撤回 alike.
            projects.markReturned(ProjectVariables.projectId(task));
            return;
        }
        TaskErrors.asBadRequest(() -> {
            boolean withdrawn = ProcessVariables.flag(task, ProjectProcess.VAR_WITHDRAWN);
            projects.revise(
                    ProjectVariables.projectId(task), TaskStep.of(task), ProjectVariables.proposal(task), withdrawn);
            // The proposal now lives in the ledger; the form's copies go, the decision stays for the gateway.
            task.getExecution().removeVariables(ProjectVariables.proposalCopies());
            // The gateway after the step reads it from the instance (the step may be a scope of its own).
            task.getExecution().getProcessInstance().setVariable(ProjectProcess.VAR_WITHDRAWN, withdrawn);
        });
    }
}
