package cn.qinglian.workflow.risk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The DMN table {@code riskLevel}, the discipline office's grading rule. The table reads nothing but
 * its three inputs (likelihood 1–5, impact 1–5, sensitive), so each deployed version gives each of
 * its 50 inputs one answer: that answer is kept per decision definition id, and the FEEL engine, which
 * re-parses every cell on every evaluation (a tenth of an approval's CPU), runs once per version and
 * input. Which version is latest is still asked every time (one query, as evaluating by key asks), so
 * a newly deployed table grades the next point. A table that read anything else (the date, say) could
 * not be kept like this.
 */
@Component
class RiskGrading {

    record Outcome(RiskGrade grade, boolean supervisorApproval) {}

    private record Inputs(String definitionId, int likelihood, int impact, boolean sensitive) {}

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final Map<Inputs, Outcome> outcomes = new ConcurrentHashMap<>();

    RiskGrading(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    Outcome grade(int likelihood, int impact, boolean sensitive) {
        DecisionDefinition latest = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(RiskProcess.DECISION_KEY)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("Decision " + RiskProcess.DECISION_KEY + " is not deployed");
        }
        return outcomes.computeIfAbsent(new Inputs(latest.getId(), likelihood, impact, sensitive), this::evaluate);
    }

    private Outcome evaluate(Inputs in) {
        DmnDecisionRuleResult result = decisions
                .evaluateDecisionTableById(
                        in.definitionId(),
                        Variables.createVariables()
                                .putValue(RiskProcess.VAR_LIKELIHOOD, in.likelihood())
                                .putValue(RiskProcess.VAR_IMPACT, in.impact())
                                .putValue(RiskProcess.DMN_SENSITIVE, in.sensitive()))
                .getSingleResult();
        return new Outcome(
                RiskGrade.valueOf((String) result.getEntry(RiskProcess.VAR_GRADE)),
                Boolean.TRUE.equals(result.getEntry(RiskProcess.VAR_SUPERVISOR_APPROVAL)));
    }
}
