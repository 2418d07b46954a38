package cn.qinglian.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployed decision riskLevel, for all 25 likelihood × impact combinations, without and with
 * each of the four sensitive matters (工程项目, 资金, 采购, 三重一大).
 */
class RiskLevelDecisionTest extends IntegrationTest {

    @Autowired
    private RiskGrading grading;

    private static final List<String> FLAGS = List.of("none", "engineering", "funds", "procurement", "majorMatters");

    /** The rule as the Party office wrote it down. */
    private static RiskGrade expected(int likelihood, int impact, boolean sensitive) {
        int score = likelihood * impact;
        if (score >= 15) {
            return RiskGrade.HIGH;
        }
        if (score >= 10) {
            return sensitive ? RiskGrade.HIGH : RiskGrade.MEDIUM;
        }
        if (score >= 5) {
            return RiskGrade.MEDIUM;
        }
        return sensitive ? RiskGrade.MEDIUM : RiskGrade.LOW;
    }

    @Test
    void gradesEveryCombinationAsTheRuleSaysAndNeverLowWhenSensitive() {
        List<String> mismatches = new ArrayList<>();
        int evaluated = 0;
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                for (String flag : FLAGS) {
                    boolean sensitive = !flag.equals("none");
                    DmnDecisionRuleResult result = engine.getDecisionService()
                            .evaluateDecisionTableByKey(
                                    RiskProcess.DECISION_KEY,
                                    Variables.createVariables()
                                            .putValue("likelihood", likelihood)
                                            .putValue("impact", impact)
                                            .putValue("sensitive", sensitive))
                            .getSingleResult();
                    RiskGrade grade = RiskGrade.valueOf(result.getEntry("grade"));
                    boolean supervisor = result.getEntry("supervisorApproval");
                    RiskGrade want = expected(likelihood, impact, sensitive);
                    if (grade != want || supervisor != (want == RiskGrade.HIGH)) {
                        mismatches.add(likelihood + "×" + impact + " " + flag + ": " + grade + "/" + supervisor);
                    }
                    if (sensitive) {
                        assertThat(grade).isNotEqualTo(RiskGrade.LOW);
                    }
                    evaluated++;
                }
            }
        }
        assertThat(evaluated).isEqualTo(125);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void extremesAreGradedAsExpected() {
        assertThat(grade(1, 1, false)).isEqualTo("LOW");
        assertThat(grade(1, 1, true)).isEqualTo("MEDIUM");
        assertThat(grade(2, 5, false)).isEqualTo("MEDIUM");
        assertThat(grade(2, 5, true)).isEqualTo("HIGH");
        assertThat(grade(5, 5, false)).isEqualTo("HIGH");
    }

    @Test
    void theAppsGradingAnswersAsTheDeployedTableForEveryInput() {
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                for (boolean sensitive : new boolean[] {false, true}) {
                    RiskGrading.Outcome outcome = grading.grade(likelihood, impact, sensitive);
                    RiskGrade want = expected(likelihood, impact, sensitive);
                    assertThat(outcome.grade())
                            .as("%d×%d %s", likelihood, impact, sensitive)
                            .isEqualTo(want);
                    assertThat(outcome.supervisorApproval()).isEqualTo(want == RiskGrade.HIGH);
                    assertThat(outcome.grade().name()).isEqualTo(grade(likelihood, impact, sensitive));
                }
            }
        }
    }

    /** The grading keeps answers per deployed version: a new table grades the next point, and so does going back. */
    @Test
    void aNewlyDeployedTableGradesTheNextPoint() throws Exception {
        assertThat(grading.grade(5, 5, false).grade()).isEqualTo(RiskGrade.HIGH);
        String table;
        try (var in = getClass().getResourceAsStream("/processes/risk-level.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String allLow = table.replace("\"HIGH\"", "\"LOW\"").replace("\"MEDIUM\"", "\"LOW\"");
        String deployment = engine.getRepositoryService()
                .createDeployment()
                .name("risk-level-all-low")
                .addString("risk-level.dmn", allLow)
                .deploy()
                .getId();
        try {
            assertThat(grading.grade(5, 5, false).grade()).isEqualTo(RiskGrade.LOW);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
        assertThat(grading.grade(5, 5, false).grade()).isEqualTo(RiskGrade.HIGH);
    }

    private String grade(int likelihood, int impact, boolean sensitive) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey(
                        RiskProcess.DECISION_KEY,
                        Variables.createVariables()
                                .putValue("likelihood", likelihood)
                                .putValue("impact", impact)
                                .putValue("sensitive", sensitive))
                .getSingleResult()
                .getEntry("grade");
    }
}
