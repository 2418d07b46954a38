package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 拟定谈话计划 from Tasklist's start form: records the plan (validated as over REST), gives the instance its
 * business key and keeps only ids and people as variables — the reason leaves the process in the same
 * transaction. A process started by {@code POST /api/integrity-talks} or from a 函询 arrives recorded and
 * passes through (a direct start cannot carry {@code talkId}: DirectStartGuard).
 */
@Component("integrityTalkPlanListener")
class PlanListener implements ExecutionListener {

    private final TalkService talks;

    PlanListener(TalkService talks) {
        this.talks = talks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.hasVariable(TalkProcess.VAR_TALK_ID)) {
            return;
        }
        TaskErrors.asBadRequest(() -> {
            TalkService.Planned planned = talks.planFromStartForm(
                    TalkVariables.plan(execution),
                    ProcessVariables.text(execution, TalkProcess.VAR_PLANNER),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(planned.businessKey());
            execution.removeVariables(TalkVariables.planFields());
            execution.setVariables(planned.variables());
        });
    }
}
