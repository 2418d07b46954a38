package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.org.OrgIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Typed reads of the risk process's variables, including the measures Camunda Forms submit as Json. */
final class RiskVariables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(RiskVariables.class);

    private RiskVariables() {}

    static long riskPointId(VariableScope scope) {
        return ProcessVariables.id(scope, RiskProcess.VAR_RISK_POINT_ID);
    }

    static boolean flag(VariableScope scope, String name) {
        return ProcessVariables.flag(scope, name);
    }

    static String text(VariableScope scope, String name) {
        return ProcessVariables.text(scope, name);
    }

    static Integer integer(VariableScope scope, String name) {
        return ProcessVariables.integer(scope, name);
    }

    /** The registration entered in Tasklist's start form. */
    static RiskRegistration registration(VariableScope scope) {
        String category = text(scope, RiskProcess.VAR_CATEGORY);
        return new RiskRegistration(
                OrgIds.chosen(text(scope, RiskProcess.VAR_UNIT_ID)),
                text(scope, RiskProcess.VAR_POST),
                category == null ? null : RiskCategory.parse(category).orElse(null),
                text(scope, RiskProcess.VAR_DESCRIPTION),
                text(scope, RiskProcess.VAR_MANIFESTATION),
                integer(scope, RiskProcess.VAR_LIKELIHOOD),
                integer(scope, RiskProcess.VAR_IMPACT),
                flag(scope, RiskProcess.VAR_ENGINEERING),
                flag(scope, RiskProcess.VAR_FUNDS),
                flag(scope, RiskProcess.VAR_PROCUREMENT),
                flag(scope, RiskProcess.VAR_MAJOR_MATTERS),
                null);
    }

    /** The fixed measure slots of the Tasklist form (措施一 … 措施三): measure1Content, measure1Owner, measure1Due. */
    static final int FORM_SLOTS = 3;

    static List<String> slotVariables() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= FORM_SLOTS; i++) {
            names.addAll(List.of(
                    RiskProcess.measureSlot(i, RiskProcess.SLOT_CONTENT),
                    RiskProcess.measureSlot(i, RiskProcess.SLOT_OWNER),
                    RiskProcess.measureSlot(i, RiskProcess.SLOT_DUE)));
        }
        return names;
    }

    /**
     * The measures entered: {@code measures} as a list of {content, ownerId, dueDate} — Json, a JSON
     * string or a list of maps from REST and Java clients — or else the form's filled-in slots.
     */
    static List<MeasureInput> measures(VariableScope scope) {
        TypedValue typed;
        JsonNode root;
        try {
            // Json that does not parse fails here already; it is a bad measure (400), not a server error.
            typed = scope.getVariableTyped(RiskProcess.VAR_MEASURES);
            if (typed == null || typed.getValue() == null) {
                return slots(scope);
            } else if (typed instanceof JsonValue json) {
                root = JSON.readTree(json.getValueSerialized());
            } else if (typed.getValue() instanceof String s) {
                root = JSON.readTree(s);
            } else {
                root = JSON.valueToTree(typed.getValue());
            }
        } catch (Exception e) {
            log.info("Unreadable measures in {}: {}", scope.getVariableScopeKey(), e.getMessage());
            return List.of(new MeasureInput(null, null, null));
        }
        List<MeasureInput> measures = new ArrayList<>();
        for (JsonNode node : root) {
            measures.add(
                    new MeasureInput(textOf(node, "content"), textOf(node, "ownerId"), dateOf(node.path("dueDate"))));
        }
        return measures;
    }

    private static List<MeasureInput> slots(VariableScope scope) {
        List<MeasureInput> measures = new ArrayList<>();
        for (int i = 1; i <= FORM_SLOTS; i++) {
            String content = ProcessVariables.filled(scope, RiskProcess.measureSlot(i, RiskProcess.SLOT_CONTENT));
            String owner =
                    OrgIds.chosen(ProcessVariables.filled(scope, RiskProcess.measureSlot(i, RiskProcess.SLOT_OWNER)));
            String due = ProcessVariables.filled(scope, RiskProcess.measureSlot(i, RiskProcess.SLOT_DUE));
            if (content != null || owner != null || due != null) {
                measures.add(new MeasureInput(content, owner, ProcessVariables.date(due)));
            }
        }
        return measures;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText().trim();
    }

    private static LocalDate dateOf(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : ProcessVariables.date(value.asText());
    }
}
