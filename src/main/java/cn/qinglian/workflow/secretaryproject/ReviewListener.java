package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Decision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 党办审核 / 党组审批 completed: records the decision; a return needs a comment. */
@Component("secretaryProjectReviewListener")
class ReviewListener implements TaskListener {

    private final ProjectService projects;

    ReviewListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean byOffice = ProjectProcess.TASK_OFFICE_CHECK.equals(task.getTaskDefinitionKey());
        TaskErrors.asBadRequest(() -> {
            Boolean approved = ProcessVariables.answer(task, ProjectProcess.VAR_APPROVED);
            if (approved == null) {
                throw ApiException.invalidField(ProjectProcess.VAR_APPROVED, "请选择结论：通过或退回修改");
            }
            projects.review(
                    ProjectVariables.projectId(task),
                    TaskStep.of(task),
                    byOffice ? Decision.Kind.OFFICE_CHECK : Decision.Kind.PARTY_GROUP_APPROVAL,
                    approved,
                    ProcessVariables.filled(task, ProjectProcess.VAR_COMMENT));
            task.getExecution().getProcessInstance().setVariable(ProjectProcess.VAR_APPROVED, approved);
        });
    }
}
