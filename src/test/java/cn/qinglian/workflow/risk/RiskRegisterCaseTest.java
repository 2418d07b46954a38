package cn.qinglian.workflow.risk;

import static cn.qinglian.workflow.risk.RiskFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The commission's 2022 case: its 5 associations found 20 risk points. Registered, graded and
 * partly carried through, the register and the summary per unit show each step — on H2 and on
 * MySQL. The year is one no other test uses, so the figures are exact.
 */
class RiskRegisterCaseTest extends IntegrationTest {

    private static final int YEAR = 2022;
    private static final List<String> ASSOCIATIONS = List.of("x01", "x02", "x03", "x04", "x05");
    private static final CurrentUser ADMIN = user("demo", "camunda-admin");
    /** likelihood, impact, funds — four risk points per association: high, medium, medium (sensitive), low. */
    private static final int[][] POINTS = {{4, 4, 0}, {2, 4, 0}, {1, 2, 1}, {1, 3, 0}};

    @Autowired
    RiskService risks;

    @Autowired
    RiskQueries register;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twentyRiskPointsOfFiveAssociationsAreRegisteredGradedAndSummarised() {
        for (String unit : ASSOCIATIONS) {
            for (int i = 0; i < POINTS.length; i++) {
                int[] p = POINTS[i];
                risks.register(
                        new RiskRegistration(
                                unit,
                                "秘书长",
                                RiskCategory.values()[i % 4],
                                "2022年排查风险点 " + unit + "-" + (i + 1),
                                "表现形式 " + (i + 1),
                                p[0],
                                p[1],
                                false,
                                p[2] == 1,
                                false,
                                false,
                                YEAR),
                        user("head-" + unit));
            }
        }

        List<RiskPoint> all = register.list(new RiskMapper.Filter(YEAR, null, null, null), ADMIN);
        assertThat(all).hasSize(20);
        assertThat(register.list(new RiskMapper.Filter(YEAR, "x03", null, null), ADMIN))
                .hasSize(4);
        assertThat(register.list(new RiskMapper.Filter(YEAR, null, RiskGrade.HIGH, null), ADMIN))
                .hasSize(5);
        assertThat(register.list(new RiskMapper.Filter(YEAR, null, RiskGrade.MEDIUM, null), ADMIN))
                .hasSize(10);
        assertThat(register.list(new RiskMapper.Filter(YEAR, null, RiskGrade.LOW, null), ADMIN))
                .hasSize(5);

        List<RiskUnitSummary> summary = register.summary(YEAR, ADMIN);
        assertThat(summary).extracting(RiskUnitSummary::unitId).containsExactlyElementsOf(ASSOCIATIONS);
        assertThat(summary).allSatisfy(line -> {
            assertThat(line.identified()).isEqualTo(4);
            assertThat(line.high()).isEqualTo(1);
            assertThat(line.medium()).isEqualTo(2);
            assertThat(line.low()).isEqualTo(1);
            assertThat(line.measuresOpen()).isZero();
            assertThat(line.controlled()).isZero();
        });

        // x01 carries its low risk point through to 销号; the summary follows.
        RiskPoint low = register.list(new RiskMapper.Filter(YEAR, "x01", RiskGrade.LOW, null), ADMIN)
                .get(0);
        String instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(low.businessKey())
                .singleResult()
                .getId();
        complete(
                instance,
                RiskFixtures.measures(
                        "head-x01", java.time.LocalDate.now(ChinaTime.ZONE).plusDays(20), "收费公示"));
        assertThat(line("x01").measuresOpen()).isEqualTo(1);
        complete(instance, RiskFixtures.approval(true, null));
        complete(instance, Map.of(RiskProcess.VAR_REPORT, "已在官网公示"));
        complete(instance, RiskFixtures.verification(true, null));

        RiskUnitSummary x01 = line("x01");
        assertThat(x01.controlled()).isEqualTo(1);
        assertThat(x01.measuresOpen()).isZero();
        assertThat(register.list(new RiskMapper.Filter(YEAR, null, null, RiskStatus.CONTROLLED), ADMIN))
                .extracting(RiskPoint::id)
                .containsExactly(low.id());
    }

    private RiskUnitSummary line(String unitId) {
        return register.summary(YEAR, ADMIN).stream()
                .filter(l -> l.unitId().equals(unitId))
                .findFirst()
                .orElseThrow();
    }

    private void complete(String instanceId, Map<String, Object> variables) {
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }
}
