package cn.qinglian.workflow.secretaryproject;

import static cn.qinglian.workflow.common.engine.FormMarkdown.day;
import static cn.qinglian.workflow.common.engine.FormMarkdown.literal;
import static cn.qinglian.workflow.secretaryproject.ProjectProcess.*;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import cn.qinglian.workflow.common.engine.FormMarkdown;
import cn.qinglian.workflow.common.engine.TaskPresentation;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Judge;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A project's tasks name its unit and title; their forms show what the ledger holds — the proposal, the
 * decisions so far, the reports, the self-assessment, the panel's scores.
 */
@Component
class ProjectTaskPresentation implements TaskPresentation {

    static final String VAR_PROJECT_FACTS = "projectFacts";
    static final String VAR_DECISION_FACTS = "decisionFacts";
    static final String VAR_REPORT_FACTS = "reportFacts";
    static final String VAR_SELF_ASSESSMENT_FACTS = "selfAssessmentFacts";
    static final String VAR_SCORE_FACTS = "scoreFacts";
    static final Set<String> FACTS =
            Set.of(VAR_PROJECT_FACTS, VAR_DECISION_FACTS, VAR_REPORT_FACTS, VAR_SELF_ASSESSMENT_FACTS, VAR_SCORE_FACTS);

    private static final Map<String, Set<String>> SHOWN = Map.of(
            TASK_OFFICE_CHECK, Set.of(VAR_PROJECT_FACTS, VAR_DECISION_FACTS),
            TASK_PARTY_GROUP_APPROVAL, Set.of(VAR_PROJECT_FACTS, VAR_DECISION_FACTS),
            TASK_REVISE, Set.of(VAR_DECISION_FACTS),
            TASK_REPORT, Set.of(VAR_PROJECT_FACTS, VAR_REPORT_FACTS),
            TASK_SELF_ASSESS, Set.of(VAR_PROJECT_FACTS, VAR_REPORT_FACTS),
            TASK_NAME_PANEL, Set.of(VAR_PROJECT_FACTS, VAR_REPORT_FACTS, VAR_SELF_ASSESSMENT_FACTS),
            TASK_SCORE, Set.of(VAR_PROJECT_FACTS, VAR_REPORT_FACTS, VAR_SELF_ASSESSMENT_FACTS),
            TASK_CONFIRM_GRADE, Set.of(VAR_PROJECT_FACTS, VAR_SELF_ASSESSMENT_FACTS, VAR_SCORE_FACTS));

    private final ProjectQueries ledger;
    private final AuditVocabulary vocabulary;

    ProjectTaskPresentation(ProjectQueries ledger, AuditVocabulary vocabulary) {
        this.ledger = ledger;
        this.vocabulary = vocabulary;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String subject(DelegateTask task) {
        Project project = ledger.project(ProjectVariables.projectId(task));
        return project.unitName() + " · " + project.title();
    }

    @Override
    public Map<String, Object> facts(DelegateTask task) {
        Set<String> shown = SHOWN.getOrDefault(task.getTaskDefinitionKey(), Set.of());
        Map<String, Object> facts = new LinkedHashMap<>();
        ProjectDetail detail = ledger.describe(ledger.project(ProjectVariables.projectId(task)));
        if (shown.contains(VAR_PROJECT_FACTS)) facts.put(VAR_PROJECT_FACTS, FormMarkdown.capped(project(detail)));
        if (shown.contains(VAR_DECISION_FACTS)) facts.put(VAR_DECISION_FACTS, decisions(detail));
        if (shown.contains(VAR_REPORT_FACTS)) facts.put(VAR_REPORT_FACTS, FormMarkdown.capped(reports(detail)));
        if (shown.contains(VAR_SELF_ASSESSMENT_FACTS)) {
            facts.put(VAR_SELF_ASSESSMENT_FACTS, literal(detail.project().selfAssessment()));
        }
        if (shown.contains(VAR_SCORE_FACTS)) facts.put(VAR_SCORE_FACTS, scores(detail.judges()));
        return facts;
    }

    private static String project(ProjectDetail detail) {
        Project p = detail.project();
        StringBuilder text = new StringBuilder()
                .append("**项目：** ")
                .append(literal(p.title()))
                .append("  \n**领办人：** ")
                .append(literal(p.proposerName()))
                .append("（")
                .append(literal(p.unitName()))
                .append("）")
                .append("　**年度：** ")
                .append(p.projectYear())
                .append("　**状态：** ")
                .append(p.status().label())
                .append(p.approvedAt() == null ? "" : "　**进度：** " + p.progressPercent() + "%")
                .append("\n\n**要解决的问题：** ")
                .append(literal(p.problem()))
                .append("\n\n**服务的中心工作：** ")
                .append(literal(p.businessWork()))
                .append("\n\n**项目目标：** ")
                .append(literal(p.goals()))
                .append("\n\n**主要举措：** ")
                .append(literal(p.measures()))
                .append("\n\n**预期成果：** ")
                .append(literal(p.expectedResults()))
                .append("\n\n**里程碑：**");
        for (MilestoneRow m : detail.milestones()) {
            text.append("  \n")
                    .append(m.seq())
                    .append("\\. ")
                    .append(literal(m.title()))
                    .append("（")
                    .append(day(m.dueDate()))
                    .append("前）")
                    .append(m.doneAt() == null ? "" : "　已完成");
        }
        List<String> team = detail.team().stream()
                .map(t -> literal(t.name()) + (t.unitName() == null ? "" : "（" + literal(t.unitName()) + "）"))
                .toList();
        text.append("\n\n**项目组成员：** ").append(team.isEmpty() ? "（无）" : String.join("、", team));
        return text.toString();
    }

    private String decisions(ProjectDetail detail) {
        List<String> lines = detail.decisions().stream()
                .map(d -> d.kind().label() + "（"
                        + literal(d.decidedByName() == null ? d.decidedBy() : d.decidedByName())
                        + "）：" + vocabulary.label(d.outcome())
                        + (d.commentText() == null || d.commentText().isBlank() ? "" : "，" + literal(d.commentText())))
                .toList();
        return lines.isEmpty() ? "" : String.join("  \n", lines);
    }

    private static String reports(ProjectDetail detail) {
        List<Report> reports = new ArrayList<>(detail.reports());
        if (reports.isEmpty()) {
            return "尚未报告进展。";
        }
        Map<Long, Integer> seqs = new HashMap<>();
        detail.milestones().forEach(m -> seqs.put(m.id(), m.seq()));
        StringBuilder text = new StringBuilder();
        for (int i = reports.size() - 1; i >= 0; i--) {
            Report r = reports.get(i);
            long files = detail.evidence().stream()
                    .filter(e -> Long.valueOf(r.id()).equals(e.reportId()))
                    .count();
            text.append("**")
                    .append(day(LocalDate.ofInstant(r.reportedAt(), ChinaTime.ZONE)))
                    .append("**　")
                    .append(r.milestoneId() == null ? "季度报告" : "里程碑" + seqs.get(r.milestoneId()))
                    .append("　进度 ")
                    .append(r.progressPercent())
                    .append("%")
                    .append(files == 0 ? "" : "　佐证材料 " + files + " 个")
                    .append("  \n")
                    .append(literal(r.reportText()))
                    .append("\n\n");
        }
        return text.toString().strip();
    }

    private static String scores(List<Judge> judges) {
        StringBuilder text = new StringBuilder();
        for (Judge j : judges) {
            text.append(literal(j.judgeName())).append("：");
            if (j.total() == null) {
                text.append("尚未打分");
            } else {
                text.append("选题 ")
                        .append(j.scoreTopic())
                        .append("，举措 ")
                        .append(j.scoreMeasures())
                        .append("，成效 ")
                        .append(j.scoreResults())
                        .append("，示范 ")
                        .append(j.scoreDemonstration())
                        .append("，合计 **")
                        .append(j.total())
                        .append("** 分")
                        .append(
                                j.commentText() == null || j.commentText().isBlank()
                                        ? ""
                                        : "。" + literal(j.commentText()));
            }
            text.append("  \n");
        }
        BigDecimal mean = ProjectService.mean(judges);
        if (mean != null) {
            ProjectGrade grade = ProjectGrade.of(mean);
            text.append("\n**平均分：** ")
                    .append(mean.stripTrailingZeros().toPlainString())
                    .append("　**对应等次：** ")
                    .append(grade.label())
                    .append(grade == ProjectGrade.EXCELLENT ? "（可评为示范项目）" : "");
        }
        return text.toString().strip();
    }
}
