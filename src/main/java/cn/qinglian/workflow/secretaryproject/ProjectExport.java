package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Judge;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 书记领办党建项目台账: the year's projects (one row each, with progress and grade), their milestones, their
 * progress reports and the panel's scores, for whoever keeps that part of the ledger.
 */
@Service
class ProjectExport {

    private final ProjectQueries ledger;
    private final ProjectMapper mapper;
    private final OrgService org;

    ProjectExport(ProjectQueries ledger, ProjectMapper mapper, OrgService org) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.org = org;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, String unitId, CurrentUser user) {
        ProjectAccess.requireKeeper(user, org.organisation());
        ProjectMapper.Filter filter = ledger.visible(new ProjectMapper.Filter(year, unitId, null), user);
        List<Project> projects = mapper.findProjects(filter);
        Map<Long, Project> byId = new HashMap<>();
        projects.forEach(p -> byId.put(p.id(), p));
        Map<Long, List<MilestoneRow>> milestones =
                mapper.findMilestonesOf(filter).stream().collect(Collectors.groupingBy(MilestoneRow::projectId));
        Map<Long, List<Report>> reports =
                mapper.findReportsOf(filter).stream().collect(Collectors.groupingBy(Report::projectId));
        // Each judge's scores are for those who keep every unit's ledger; a branch secretary sees the mean.
        List<Judge> judges = ProjectAccess.seesAll(user, org.organisation()) ? mapper.findJudgesOf(filter) : List.of();
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet sheet = workbook.sheet(
                    "项目台账", "编号", "年度", "单位", "项目名称", "领办人", "要解决的问题", "服务的中心工作", "项目目标", "状态", "进度（%）", "里程碑",
                    "已完成里程碑", "进展报告", "立项时间", "平均分", "等次", "示范项目", "结题时间");
            for (Project p : projects) {
                List<MilestoneRow> ms = milestones.getOrDefault(p.id(), List.of());
                sheet.row(
                        p.businessKey(),
                        p.projectYear(),
                        p.unitName(),
                        p.title(),
                        p.proposerName(),
                        p.problem(),
                        p.businessWork(),
                        p.goals(),
                        p.status().label(),
                        p.progressPercent(),
                        ms.size(),
                        ms.stream().filter(m -> m.doneAt() != null).count(),
                        reports.getOrDefault(p.id(), List.of()).size(),
                        p.approvedAt(),
                        p.meanScore(),
                        p.gradeLabel(),
                        p.demonstration() ? "是" : null,
                        p.concludedAt());
            }
            XlsxSheet milestoneSheet = workbook.sheet("里程碑", "项目编号", "项目名称", "序号", "里程碑", "完成日期", "完成时间");
            projects.stream()
                    .flatMap(p -> milestones.getOrDefault(p.id(), List.of()).stream())
                    .forEach(m -> milestoneSheet.row(
                            byId.get(m.projectId()).businessKey(),
                            byId.get(m.projectId()).title(),
                            m.seq(),
                            m.title(),
                            m.dueDate(),
                            m.doneAt()));
            XlsxSheet reportSheet = workbook.sheet("进展报告", "项目编号", "项目名称", "季度", "进度（%）", "进展情况", "报告时间");
            projects.stream()
                    .flatMap(p -> reports.getOrDefault(p.id(), List.of()).stream())
                    .forEach(r -> reportSheet.row(
                            byId.get(r.projectId()).businessKey(),
                            byId.get(r.projectId()).title(),
                            r.quarter(),
                            r.progressPercent(),
                            r.reportText(),
                            r.reportedAt()));
            XlsxSheet scoreSheet =
                    workbook.sheet("评审打分", "项目编号", "项目名称", "评审人", "选题", "举措", "成效", "示范", "合计", "评语", "打分时间");
            judges.forEach(j -> scoreSheet.row(
                    byId.get(j.projectId()).businessKey(),
                    byId.get(j.projectId()).title(),
                    j.judgeName(),
                    j.scoreTopic(),
                    j.scoreMeasures(),
                    j.scoreResults(),
                    j.scoreDemonstration(),
                    j.total(),
                    j.commentText(),
                    j.scoredAt()));
            return new XlsxDownload(
                    year + "年度书记领办党建项目台账.xlsx", "secretary-projects-" + year + ".xlsx", workbook.toBytes());
        }
    }
}
