package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The task list's variables as its handlers read them. All units run in one process instance, so every
 * form variable is declared locally in the unit's (or the task's) scope when it starts: one unit's
 * answers never show up in, or overwrite, another's.
 */
final class TaskListVariables {

    static final List<String> UNIT_FORM_VARIABLES = unitFormVariables();
    static final List<String> ITEM_FORM_VARIABLES = List.of(
            VAR_PROGRESS, VAR_PERCENT, VAR_NOTE, VAR_REPORTED_COMPLETE, VAR_ACCEPTED, VAR_REASON, VAR_REPORT_DUE);

    private TaskListVariables() {}

    static long listId(VariableScope scope) {
        return ProcessVariables.id(scope, VAR_LIST_ID);
    }

    static String unitId(VariableScope scope) {
        return ProcessVariables.text(scope, VAR_LEAD_UNIT_ID);
    }

    static long itemId(VariableScope scope) {
        return ProcessVariables.id(scope, VAR_ITEM_ID);
    }

    private static List<String> unitFormVariables() {
        List<String> names = new ArrayList<>(List.of(VAR_SIGNED, VAR_ADJUST_ITEMS, VAR_ADJUST_REASON, VAR_ADJUST_NOTE));
        for (int i = 1; i <= ADJUST_SLOTS; i++) {
            names.addAll(List.of(VAR_ADJUST_NO + i, VAR_ADJUST_CONTENT + i, VAR_ADJUST_DEADLINE + i));
        }
        return names;
    }
}
