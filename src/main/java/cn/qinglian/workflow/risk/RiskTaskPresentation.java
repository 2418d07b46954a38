package cn.qinglian.workflow.risk;

import static cn.qinglian.workflow.common.engine.FormMarkdown.day;
import static cn.qinglian.workflow.common.engine.FormMarkdown.literal;

import cn.qinglian.workflow.common.audit.AuditVocabulary;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A risk point's tasks name the unit, post and grade, and their forms show what the register holds:
 * the point itself, this round's measures with owners, due dates and reports, the decisions made on
 * them so far, and — on 落实措施并报告 — which measure the owner reports on.
 */
@Component
class RiskTaskPresentation implements TaskPresentation {

    static final String VAR_POINT_FACTS = "pointFacts";
    static final String VAR_MEASURE_FACTS = "measureFacts";
    static final String VAR_DECISION_FACTS = "decisionFacts";
    static final String VAR_OWN_MEASURE = "ownMeasure";
    static final Set<String> FACTS = Set.of(VAR_POINT_FACTS, VAR_MEASURE_FACTS, VAR_DECISION_FACTS, VAR_OWN_MEASURE);
    /**
     * What each step's form shows, no more: an owner named from outside the unit reports on their own
     * measure and sees the point, not the others' measures or the leaders' opinions.
     */
    private static final Map<String, Set<String>> SHOWN = Map.of(
            RiskProcess.TASK_SET_MEASURES, Set.of(VAR_POINT_FACTS, VAR_DECISION_FACTS),
            RiskProcess.TASK_HEAD_APPROVAL, Set.of(VAR_POINT_FACTS, VAR_MEASURE_FACTS, VAR_DECISION_FACTS),
            RiskProcess.TASK_SUPERVISOR_APPROVAL, Set.of(VAR_POINT_FACTS, VAR_MEASURE_FACTS, VAR_DECISION_FACTS),
            RiskProcess.TASK_REPORT_MEASURE, Set.of(VAR_POINT_FACTS, VAR_OWN_MEASURE),
            RiskProcess.TASK_VERIFY, Set.of(VAR_POINT_FACTS, VAR_MEASURE_FACTS, VAR_DECISION_FACTS),
            RiskProcess.TASK_RE_REVIEW, Set.of(VAR_POINT_FACTS, VAR_MEASURE_FACTS));

    private final RiskQueries register;

    private final AuditVocabulary vocabulary;

    RiskTaskPresentation(RiskQueries register, AuditVocabulary vocabulary) {
        this.register = register;
        this.vocabulary = vocabulary;
    }

    @Override
    public String processKey() {
        return RiskProcess.PROCESS_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        RiskPoint point = register.point(RiskVariables.riskPointId(task));
        String grade = point.grade() == null ? "" : " · " + point.grade().label() + "风险";
        return point.unitName() + " · " + point.post() + grade;
    }

    @Override
    public Map<String, Object> facts(DelegateTask task) {
        Set<String> shown = SHOWN.getOrDefault(task.getTaskDefinitionKey(), Set.of());
        Map<String, Object> facts = new LinkedHashMap<>();
        if (shown.isEmpty()) {
            return facts;
        }
        // Only the lists this step shows: a task is created on every round, and the register's grades
        // and notices (no form shows them) would be read for nothing.
        long id = RiskVariables.riskPointId(task);
        RiskPoint point = register.point(id);
        boolean needsMeasures = shown.contains(VAR_MEASURE_FACTS) || shown.contains(VAR_OWN_MEASURE);
        List<RiskMeasure> measures = needsMeasures ? register.measures(id) : List.of();
        if (shown.contains(VAR_POINT_FACTS)) facts.put(VAR_POINT_FACTS, point(point));
        if (shown.contains(VAR_MEASURE_FACTS)) facts.put(VAR_MEASURE_FACTS, measures(point, measures));
        if (shown.contains(VAR_DECISION_FACTS)) facts.put(VAR_DECISION_FACTS, decisions(point, register.decisions(id)));
        Object measureId = task.getVariable(RiskProcess.VAR_MEASURE_ID);
        if (shown.contains(VAR_OWN_MEASURE) && measureId instanceof Number own) {
            measures.stream()
                    .filter(m -> m.id() == own.longValue())
                    .findFirst()
                    .ifPresent(m ->
                            facts.put(VAR_OWN_MEASURE, literal(m.content()) + "  \n**完成时限：** " + day(m.dueDate())));
        }
        return facts;
    }

    private static String point(RiskPoint p) {
        List<String> involves = new ArrayList<>();
        if (p.engineering()) involves.add("工程项目");
        if (p.funds()) involves.add("资金");
        if (p.procurement()) involves.add("采购");
        if (p.majorMatters()) involves.add("“三重一大”事项");
        return "**单位／岗位：** " + literal(p.unitName()) + " · " + literal(p.post())
                + "  \n**风险类别：** " + p.category().label()
                + "　**风险等级：** " + (p.grade() == null ? "待定级" : p.grade().label())
                + "（可能性 " + p.likelihood() + " × 影响 " + p.impact() + " = " + p.likelihood() * p.impact() + "）"
                + (involves.isEmpty() ? "" : "  \n**涉及：** " + String.join("、", involves))
                + "\n\n**风险点描述：** " + literal(p.description())
                + "\n\n**表现形式：** " + literal(p.manifestation());
    }

    private static String measures(RiskPoint point, List<RiskMeasure> measures) {
        int round = point.roundNo();
        List<RiskMeasure> current = measures.stream()
                .filter(m -> m.roundNo() == round && m.status() != RiskMeasure.MeasureStatus.SUPERSEDED)
                .toList();
        if (current.isEmpty()) {
            return "尚未制定防控措施。";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < current.size(); i++) {
            RiskMeasure m = current.get(i);
            text.append(i + 1)
                    .append("\\. ")
                    .append(literal(m.content()))
                    .append("  \n责任人：")
                    .append(literal(m.ownerName() == null ? m.ownerId() : m.ownerName()))
                    .append("　完成时限：")
                    .append(day(m.dueDate()))
                    .append("　状态：")
                    .append(m.status().label());
            if (m.reportText() != null) {
                text.append("  \n落实情况：").append(literal(m.reportText()));
            }
            if (m.evidenceName() != null) {
                text.append("  \n佐证材料：").append(literal(m.evidenceName()));
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    private String decisions(RiskPoint point, List<RiskDecision> decisions) {
        int round = point.roundNo();
        List<String> lines = decisions.stream()
                .filter(d -> d.roundNo() == round)
                .map(d -> d.kind().label() + "（"
                        + literal(d.decidedByName() == null ? d.decidedBy() : d.decidedByName()) + "）："
                        + outcome(d.outcome())
                        + (d.commentText() == null || d.commentText().isBlank() ? "" : "，" + literal(d.commentText())))
                .toList();
        return lines.isEmpty() ? "" : String.join("  \n", lines);
    }

    /** The audit trail's word for it, without its "核查：" prefix: the kind is said already. */
    private String outcome(String outcome) {
        String label = vocabulary.label(outcome);
        return label.substring(label.indexOf('：') + 1);
    }
}
