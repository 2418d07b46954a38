package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.TaskErrors;
import cn.qinglian.workflow.common.error.ApiException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 评审打分 completed: records the judge's scores. The judge is the task's own instance variable, not
 * whoever holds the task: scores are only ever a named judge's.
 */
@Component("secretaryProjectScoreListener")
class ScoreListener implements TaskListener {

    private final ProjectService projects;

    ScoreListener(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            TaskStep step = TaskStep.of(task);
            String judge = (String) task.getExecution().getVariableLocal(ProjectProcess.VAR_JUDGE);
            if (!judge.equals(step.actorId())) {
                throw ApiException.forbidden("只有评审组成员本人可以打分。");
            }
            projects.score(ProjectVariables.projectId(task), step, judge, ProjectVariables.scores(task));
            task.getExecution().removeVariables(ProjectVariables.scoreFields());
        });
    }
}
