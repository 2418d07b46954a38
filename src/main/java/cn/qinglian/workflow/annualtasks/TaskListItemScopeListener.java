package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;
import static cn.qinglian.workflow.annualtasks.TaskListVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A task's scope starts: its form variables are declared locally, its title shown on its steps. */
@Component("taskListItemScopeListener")
class TaskListItemScopeListener implements ExecutionListener {

    private final UnitWorkService units;

    TaskListItemScopeListener(UnitWorkService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(VAR_ITEM_ID) == null) {
            return;
        }
        ITEM_FORM_VARIABLES.forEach(name -> execution.setVariableLocal(name, null));
        execution.setVariableLocal(VAR_ITEM_TITLE, units.itemTitle(itemId(execution)));
    }
}
