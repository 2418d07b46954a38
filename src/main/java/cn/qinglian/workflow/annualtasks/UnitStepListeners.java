package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers of a lead unit's share and of each task. All units run in one process instance, so
 * every form variable is declared locally in the unit's (or the task's) scope when it starts: one
 * unit's answers never show up in, or overwrite, another's.
 */
@Configuration
class UnitStepListeners {

    private static final List<String> UNIT_FORM_VARIABLES = unitFormVariables();
    private static final List<String> ITEM_FORM_VARIABLES = List.of(
            VAR_PROGRESS, VAR_PERCENT, VAR_NOTE, VAR_REPORTED_COMPLETE, VAR_ACCEPTED, VAR_REASON, VAR_REPORT_DUE);

    @Bean
    ExecutionListener taskListUnitScopeListener(UnitWorkService units) {
        return execution -> {
            if (execution.getVariable(VAR_LEAD_UNIT_ID) == null) {
                return; // the multi-instance body itself
            }
            UnitWorkService.UnitShare share =
                    units.startUnit(listId(execution), unitId(execution), TaskStep.of(execution));
            UNIT_FORM_VARIABLES.forEach(name -> execution.setVariableLocal(name, null));
            execution.setVariableLocal(VAR_UNIT_HEAD, share.unitHead());
            execution.setVariableLocal(VAR_UNIT_NAME, share.unitName());
            execution.setVariableLocal(VAR_UNIT_TASKS, share.summary());
            execution.setVariableLocal(VAR_ITEM_IDS, ProcessVariables.jsonList(share.itemIds()));
        };
    }

    @Bean
    TaskListener taskListSignOffListener(UnitWorkService units) {
        return task -> TaskErrors.asBadRequest(() -> units.signOff(
                listId(task),
                unitId(task),
                TaskStep.of(task),
                ProcessVariables.answer(task, VAR_SIGNED),
                ProcessVariables.text(task, VAR_ADJUST_ITEMS),
                ProcessVariables.text(task, VAR_ADJUST_REASON)));
    }

    @Bean
    TaskListener taskListAdjustmentListener(UnitWorkService units) {
        return task -> TaskErrors.asBadRequest(() -> {
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

    @Bean
    JavaDelegate taskListSignOffDeadlineDelegate(UnitWorkService units) {
        return execution -> units.signOffDeadline(
                listId(execution),
                unitId(execution),
                "serviceTask_escalateSignOff".equals(execution.getCurrentActivityId()),
                TaskStep.of(execution));
    }

    @Bean
    ExecutionListener taskListItemScopeListener(UnitWorkService units) {
        return execution -> {
            if (execution.getVariable(VAR_ITEM_ID) == null) {
                return;
            }
            ITEM_FORM_VARIABLES.forEach(name -> execution.setVariableLocal(name, null));
            execution.setVariableLocal(VAR_ITEM_TITLE, units.itemTitle(itemId(execution)));
        };
    }

    @Bean
    TaskListener taskListReportListener(UnitWorkService units) {
        return task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                Date due = units.reportDue();
                task.setDueDate(due);
                task.getExecution().setVariable(VAR_REPORT_DUE, due);
                return;
            }
            TaskErrors.asBadRequest(() -> task.getExecution()
                    .setVariable(
                            VAR_REPORTED_COMPLETE,
                            units.report(
                                    itemId(task),
                                    TaskStep.of(task),
                                    ProcessVariables.text(task, VAR_PROGRESS),
                                    ProcessVariables.integer(task, VAR_PERCENT),
                                    ProcessVariables.text(task, VAR_NOTE))));
        };
    }

    @Bean
    JavaDelegate taskListChaseReportDelegate(UnitWorkService units) {
        return execution -> units.chaseReport(
                itemId(execution), (Date) execution.getVariable(VAR_REPORT_DUE), TaskStep.of(execution));
    }

    @Bean
    TaskListener taskListVerificationListener(UnitWorkService units) {
        return task -> TaskErrors.asBadRequest(() -> units.verify(
                itemId(task),
                TaskStep.of(task),
                ProcessVariables.answer(task, VAR_ACCEPTED),
                ProcessVariables.text(task, VAR_REASON)));
    }

    private static long listId(VariableScope scope) {
        return ProcessVariables.id(scope, VAR_LIST_ID);
    }

    private static String unitId(VariableScope scope) {
        return ProcessVariables.text(scope, VAR_LEAD_UNIT_ID);
    }

    private static long itemId(VariableScope scope) {
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
