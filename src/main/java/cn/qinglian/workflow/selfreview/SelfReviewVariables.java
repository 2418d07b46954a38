package cn.qinglian.workflow.selfreview;

import static cn.qinglian.workflow.selfreview.SelfReviewProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of a member review's variables, including the forms' per-item slots (found1, measure1, …). */
final class SelfReviewVariables {

    private SelfReviewVariables() {}

    static long reviewId(VariableScope scope) {
        return ProcessVariables.id(scope, VAR_REVIEW_ID);
    }

    /** The slots of the checklist items this review has (checkItem1 … set at its start). */
    static List<SlotInput> slots(VariableScope scope) {
        List<SlotInput> slots = new ArrayList<>();
        for (int i = 1; i <= MAX_ITEMS && scope.getVariable(VAR_CHECK_ITEM + i) != null; i++) {
            slots.add(new SlotInput(
                    i,
                    ProcessVariables.flag(scope, VAR_FOUND + i),
                    ProcessVariables.filled(scope, VAR_FINDING + i),
                    ProcessVariables.filled(scope, VAR_MEASURE + i),
                    ProcessVariables.filled(scope, VAR_DUE + i),
                    ProcessVariables.flag(scope, VAR_IMMEDIATE + i)));
        }
        return slots;
    }
}
