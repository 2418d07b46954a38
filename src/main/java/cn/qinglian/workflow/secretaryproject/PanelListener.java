package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确定评审组 completed: the panel is recorded; each judge gets a 评审打分 task. */
@Component("secretaryProjectPanelListener")
class PanelListener implements TaskListener {

    private final ProjectService projects;

    PanelListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            var judges = projects.namePanel(
                    ProjectVariables.projectId(task), TaskStep.of(task), ProjectVariables.judges(task));
            task.getExecution().removeVariables(ProjectVariables.panelFields());
            task.getExecution().setVariable(ProjectProcess.VAR_JUDGES, ProcessVariables.jsonList(judges));
        });
    }
}
