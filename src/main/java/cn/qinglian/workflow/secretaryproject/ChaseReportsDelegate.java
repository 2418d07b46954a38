package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The daily look at missed reports while the project is being reported on (漏报提醒与督办). */
@Component("secretaryProjectChaseDelegate")
class ChaseReportsDelegate implements JavaDelegate {

    private final ReportChaser chaser;

    ChaseReportsDelegate(ReportChaser chaser) {
        this.chaser = chaser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chaser.chase(ProjectVariables.projectId(execution), TaskStep.of(execution));
    }
}
