package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A lead unit's share starts: its head, name and tasks, in the unit's own scope. */
@Component("taskListUnitScopeListener")
class TaskListUnitScopeListener implements ExecutionListener {

    private final UnitWorkService units;

    TaskListUnitScopeListener(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(VAR_LEAD_UNIT_ID) == null) {
            return; // the multi-instance body itself
        }
        UnitWorkService.UnitShare share = units.startUnit(listId(execution), unitId(execution), TaskStep.of(execution));
        UNIT_FORM_VARIABLES.forEach(name -> execution.setVariableLocal(name, null));
        execution.setVariableLocal(VAR_UNIT_HEAD, share.unitHead());
        execution.setVariableLocal(VAR_UNIT_NAME, share.unitName());
        execution.setVariableLocal(VAR_UNIT_TASKS, share.summary());
        execution.setVariableLocal(VAR_ITEM_IDS, ProcessVariables.jsonList(share.itemIds()));
    }
}
