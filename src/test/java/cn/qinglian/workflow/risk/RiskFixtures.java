package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Test data for risk points: registrations, users and form submissions, unique per test. */
final class RiskFixtures {

    private RiskFixtures() {}

    static RiskRegistration registration(String unitId, String post, int likelihood, int impact, boolean funds) {
        return new RiskRegistration(
                unitId,
                post,
                RiskCategory.BUSINESS_PROCESS,
                "审批环节自由裁量权过大，存在利益输送风险（" + UUID.randomUUID() + "）",
                "同一项目多次调整合同价款",
                likelihood,
                impact,
                false,
                funds,
                false,
                false,
                null);
    }

    static CurrentUser user(String id, String... groups) {
        return new CurrentUser(id, List.of(groups));
    }

    /** The set-measures form as Tasklist submits it: a Json list. */
    static Map<String, Object> measures(String ownerId, LocalDate due, String... contents) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < contents.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"content\":\"")
                    .append(contents[i])
                    .append("\",\"ownerId\":\"")
                    .append(ownerId)
                    .append("\",\"dueDate\":\"")
                    .append(due)
                    .append("\"}");
        }
        json.append(']');
        return Variables.createVariables()
                .putValueTyped(
                        RiskProcess.VAR_MEASURES,
                        SpinValues.jsonValue(json.toString()).create());
    }

    /** The set-measures form as Tasklist submits it: the filled slots, empty ones as "" and null. */
    static Map<String, Object> slots(String ownerId, LocalDate due, String... contents) {
        Map<String, Object> variables = Variables.createVariables();
        for (int i = 1; i <= 3; i++) {
            boolean filled = i <= contents.length;
            variables.put("measure" + i + "Content", filled ? contents[i - 1] : "");
            variables.put("measure" + i + "Owner", filled ? ownerId : "");
            variables.put("measure" + i + "Due", filled ? due.toString() : null);
        }
        return variables;
    }

    static Map<String, Object> approval(boolean approved, String comment) {
        return Variables.createVariables()
                .putValue(RiskProcess.VAR_APPROVED, approved)
                .putValue(RiskProcess.VAR_COMMENT, comment);
    }

    static Map<String, Object> verification(boolean effective, String finding) {
        return Variables.createVariables()
                .putValue(RiskProcess.VAR_EFFECTIVE, effective)
                .putValue(RiskProcess.VAR_FINDING, finding);
    }
}
