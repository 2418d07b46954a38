package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确定等次 completed: the grade the panel's mean gives, and 示范项目 if the office makes it one. */
@Component("secretaryProjectGradeListener")
class GradeListener implements TaskListener {

    private final ProjectService projects;

    GradeListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> projects.confirmGrade(
                ProjectVariables.projectId(task),
                TaskStep.of(task),
                ProcessVariables.flag(task, ProjectProcess.VAR_DEMONSTRATION)));
    }
}
