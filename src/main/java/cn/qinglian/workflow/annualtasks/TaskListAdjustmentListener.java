package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 调整任务 completed: applies the unit's adjustments to its tasks and opens a fresh sign-off. */
@Component("taskListAdjustmentListener")
class TaskListAdjustmentListener implements TaskListener {

    private final UnitWorkService units;

    TaskListAdjustmentListener(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            List<UnitWorkService.Adjustment> adjustments = new ArrayList<>();
            for (int i = 1; i <= ADJUST_SLOTS; i++) {
                Integer no = ProcessVariables.integer(task, VAR_ADJUST_NO + i);
                if (no != null) {
                    adjustments.add(new UnitWorkService.Adjustment(
                            no,
                            ProcessVariables.filled(task, VAR_ADJUST_CONTENT + i),
                            ProcessVariables.date(ProcessVariables.filled(task, VAR_ADJUST_DEADLINE + i))));
                }
            }
            String summary = units.adjust(
                    listId(task),
                    unitId(task),
                    TaskStep.of(task),
                    adjustments,
                    ProcessVariables.text(task, VAR_ADJUST_NOTE));
            DelegateExecution execution = task.getExecution();
            UNIT_FORM_VARIABLES.forEach(name -> execution.setVariable(name, null)); // a fresh decision and adjustment
            execution.setVariable(VAR_UNIT_TASKS, summary);
        });
    }
}
