package cn.qinglian.workflow.risk;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The collection 落实措施并报告 runs over ({@code ${riskOpenMeasures.of(execution)}}): the open measures
 * of the point's current round, read from the register when rectification starts. Kept out of the
 * process variables, where a list costs three rows (variable, its JSON bytes, history) at every
 * 制定防控措施 and could disagree with the register.
 */
@Component("riskOpenMeasures")
public class OpenMeasures {

    private final RiskService risks;

    OpenMeasures(RiskService risks) {
        this.risks = risks;
    }

    public List<Long> of(DelegateExecution execution) {
        return risks.openMeasureIds(RiskVariables.riskPointId(execution));
    }
}
