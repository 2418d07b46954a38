package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.secretaryproject.ProjectRecords.Decision;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Evidence;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Judge;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Notice;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Report;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.TeamMember;
import java.util.List;

/**
 * A project with everything recorded on it. {@code judges} carry each judge's scores only for those who
 * keep the ledger and for the judges themselves; others see the panel's mean and the grade on the project.
 */
record ProjectDetail(
        Project project,
        List<MilestoneRow> milestones,
        List<TeamMember> team,
        List<Decision> decisions,
        List<Report> reports,
        List<Evidence> evidence,
        List<Judge> judges,
        List<Notice> notices) {}
