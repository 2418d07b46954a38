package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Report;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missed reports of a project in 推进: a milestone whose date has passed unreported and unreached, and a
 * quarter that ended without a report (if the project was approved at least 30 days before it ended). The
 * proposer is reminded once; after the grace period the supervising leader who approved it is told, once.
 */
@Service
class ReportChaser {

    static final String REMINDER = "REMINDER";
    static final String ESCALATION = "ESCALATION";

    private final ProjectMapper mapper;
    private final AuditService audit;
    private final Notices notices;
    private final ProjectProperties properties;
    private final Clock clock;

    ReportChaser(ProjectMapper mapper, AuditService audit, Notices notices, ProjectProperties properties, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /** A report that is missing: its notices' subject (m:12, q:2026Q2), when it was due, and what it is. */
    record Missed(String subject, LocalDate due, String what) {}

    /** Sends what is due now; returns how many notices went out. */
    @Transactional
    public int chase(long projectId, TaskStep step) {
        Project project = mapper.lockProject(projectId);
        if (project.status() != ProjectStatus.IN_PROGRESS || project.approvedAt() == null) {
            return 0;
        }
        LocalDate today = ChinaTime.today(clock);
        Set<String> sent = new HashSet<>();
        mapper.findNotices(projectId).forEach(n -> sent.add(n.kind() + "/" + n.subject()));
        int count = 0;
        for (Missed missed : missed(project, today)) {
            if (sent.add(REMINDER + "/" + missed.subject())) {
                tell(project, missed, REMINDER, project.proposerId(), step);
                count++;
            }
            if (today.isAfter(missed.due().plusDays(properties.graceDays()))
                    && sent.add(ESCALATION + "/" + missed.subject())) {
                tell(project, missed, ESCALATION, project.approverId(), step);
                count++;
            }
        }
        return count;
    }

    List<Missed> missed(Project project, LocalDate today) {
        List<Report> reports = mapper.findReports(project.id());
        List<Missed> missed = new ArrayList<>();
        for (MilestoneRow m : mapper.findMilestones(project.id())) {
            boolean reported =
                    reports.stream().anyMatch(r -> Long.valueOf(m.id()).equals(r.milestoneId()));
            if (m.doneAt() == null && !reported && m.dueDate().isBefore(today)) {
                missed.add(new Missed(
                        "m:" + m.id(), m.dueDate(), "里程碑" + m.seq() + "（" + m.title() + "，" + m.dueDate() + "）未报告"));
            }
        }
        LocalDate approved = LocalDate.ofInstant(project.approvedAt(), ChinaTime.ZONE);
        LocalDate start = approved.withDayOfMonth(1).withMonth((approved.getMonthValue() - 1) / 3 * 3 + 1);
        for (LocalDate q = start; q.plusMonths(3).isBefore(today.plusDays(1)); q = q.plusMonths(3)) {
            LocalDate end = q.plusMonths(3).minusDays(1);
            String quarter = ProjectService.quarterOf(q);
            boolean reported = reports.stream().anyMatch(r -> quarter.equals(r.quarter()));
            if (!reported
                    && end.isBefore(today)
                    && !end.isBefore(approved.plusDays(ProjectProperties.QUARTER_LEAD_DAYS))) {
                missed.add(new Missed("q:" + quarter, end, quarter.replace("Q", " 年第 ") + " 季度未报告进展"));
            }
        }
        return missed;
    }

    private void tell(Project project, Missed missed, String kind, String recipient, TaskStep step) {
        mapper.insertNotice(project.id(), kind, missed.subject(), recipient, clock.instant());
        boolean escalation = ESCALATION.equals(kind);
        String text = "书记领办项目“" + project.title() + "”" + missed.what()
                + (escalation ? "，已超过 " + properties.graceDays() + " 天" : "");
        audit.record(step.bySystem()
                .audit(
                        ProjectProcess.PROCESS_KEY,
                        escalation ? ProjectOutcome.ESCALATION : StepOutcome.REMINDER,
                        recipient,
                        text));
        notices.send(NoticeRequest.about(
                        escalation ? NoticeKind.ESCALATION : NoticeKind.REMINDER,
                        recipient,
                        text,
                        ProjectProcess.PROCESS_KEY)
                .inInstance(step.processInstanceId())
                .forUnit(project.unitName()));
    }
}
