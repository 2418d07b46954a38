package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 报告进展 completed: records the report; the proposer may ask for 结题 with it. */
@Component("secretaryProjectReportListener")
class ReportListener implements TaskListener {

    private final ProjectService projects;

    ReportListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            boolean conclude = ProcessVariables.flag(task, ProjectProcess.VAR_CONCLUDE);
            projects.report(ProjectVariables.projectId(task), TaskStep.of(task), ProjectVariables.report(task));
            task.getExecution().removeVariables(ProjectVariables.reportFields());
            // The gateway after the step reads it from the instance (the step may be a scope of its own).
            task.getExecution().getProcessInstance().setVariable(ProjectProcess.VAR_CONCLUDE, conclude);
        });
    }
}
