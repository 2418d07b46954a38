package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The measures a 制定防控措施 form submits (the {@code measures} list or the form's slots) are moved into
 * risk_measure, with an audit row, by the step's own listener, which then removes them from the
 * process in the same transaction: engine history would only hold a second copy of the register —
 * one row per filled-in field at every round of measures. The facts its tasks show
 * ({@link RiskTaskPresentation}) are read from the register when each task is created.
 */
@Component
class RiskFormCopies implements DisplayCopies {

    private static final Set<String> COPIES = copies();

    @Override
    public boolean isDisplayCopy(String processDefinitionKey, String variableName) {
        return RiskProcess.PROCESS_KEY.equals(processDefinitionKey) && COPIES.contains(variableName);
    }

    private static Set<String> copies() {
        Set<String> names = new HashSet<>(RiskVariables.slotVariables());
        names.add(RiskProcess.VAR_MEASURES);
        names.addAll(RiskTaskPresentation.FACTS);
        return Set.copyOf(names);
    }
}
