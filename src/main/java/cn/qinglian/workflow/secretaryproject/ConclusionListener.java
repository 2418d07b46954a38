package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 结题自评 completed: the self-assessment is recorded and the project goes to the panel. */
@Component("secretaryProjectConclusionListener")
class ConclusionListener implements TaskListener {

    private final ProjectService projects;

    ConclusionListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            projects.selfAssess(
                    ProjectVariables.projectId(task),
                    TaskStep.of(task),
                    ProcessVariables.text(task, ProjectProcess.VAR_SELF_ASSESSMENT));
            task.getExecution().removeVariable(ProjectProcess.VAR_SELF_ASSESSMENT);
        });
    }
}
