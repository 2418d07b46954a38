package cn.qinglian.workflow.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Typed reads of the risk process's variables, including the measures Camunda Forms submit as Json. */
final class RiskVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RiskVariables() {
    }

    static long riskPointId(VariableScope scope) {
        return ((Number) scope.getVariable(RiskProcess.VAR_RISK_POINT_ID)).longValue();
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The registration entered in Tasklist's start form. */
    static RiskRegistration registration(VariableScope scope) {
        String category = text(scope, "category");
        return new RiskRegistration(text(scope, "unitId"), text(scope, "post"),
                category == null ? null : RiskCategory.parse(category).orElse(null),
                text(scope, "description"), text(scope, "manifestation"),
                integer(scope, RiskProcess.VAR_LIKELIHOOD), integer(scope, RiskProcess.VAR_IMPACT),
                flag(scope, "engineering"), flag(scope, "funds"), flag(scope, "procurement"), flag(scope, "majorMatters"),
                null);
    }

    /**
     * The measures of the set-measures form: a list of {content, ownerId, dueDate}, as Json (Tasklist),
     * a JSON string or a list of maps (REST and Java clients).
     */
    static List<MeasureInput> measures(VariableScope scope) {
        TypedValue typed = scope.getVariableTyped(RiskProcess.VAR_MEASURES);
        JsonNode root;
        try {
            if (typed == null || typed.getValue() == null) {
                return List.of();
            } else if (typed instanceof JsonValue json) {
                root = JSON.readTree(json.getValueSerialized());
            } else if (typed.getValue() instanceof String s) {
                root = JSON.readTree(s);
            } else {
                root = JSON.valueToTree(typed.getValue());
            }
        } catch (Exception e) {
            return List.of(new MeasureInput(null, null, null));
        }
        List<MeasureInput> measures = new ArrayList<>();
        for (JsonNode node : root) {
            measures.add(new MeasureInput(textOf(node, "content"), textOf(node, "ownerId"), dateOf(node.path("dueDate"))));
        }
        return measures;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText().trim();
    }

    private static LocalDate dateOf(JsonNode value) {
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        try {
            String text = value.asText();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
