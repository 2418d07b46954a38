package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.selfreview.Coverage.UnitCoverage;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查改剖覆盖台账: each unit's coverage and each member's status, for whoever may read the coverage.
 * Statuses and times only: what a member found, planned and wrote stays with them and their reviewers.
 */
@Service
class CoverageExport {

    private final CoverageQueries coverage;
    private final SelfReviewMapper mapper;
    private final Clock clock;

    CoverageExport(CoverageQueries coverage, SelfReviewMapper mapper, Clock clock) {
        this.coverage = coverage;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(long campaignId, CurrentUser user) {
        Coverage figures = coverage.coverage(campaignId, user);
        Campaign campaign = figures.campaign();
        LocalDate today = ChinaTime.today(clock);
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet units = workbook.sheet(
                    "单位覆盖", "单位", "应参加人数", "已提交", "审核通过", "退回待改", "逾期", "已完成", "未完成", "整改措施未销号", "整改措施已销号", "整改措施逾期");
            figures.units().forEach(u -> unitRow(units, u));
            unitRow(units, figures.total());
            XlsxSheet members =
                    workbook.sheet("人员明细", "单位", "姓名", "人员编号", "当前环节", "状态", "退回次数", "提交时间", "审核通过时间", "逾期");
            mapper.findProgress(campaignId, today)
                    .forEach(p -> members.row(
                            p.unitName(),
                            p.personName(),
                            p.personId(),
                            p.stage().label(),
                            p.status().label(),
                            p.returnCount(),
                            p.submittedAt(),
                            p.approvedAt(),
                            CoverageQueries.overdue(campaign, today, p.stage(), p.status()) ? "是" : null));
            return new XlsxDownload(
                    campaign.name() + "覆盖台账.xlsx", campaign.businessKey() + ".xlsx", workbook.toBytes());
        }
    }

    private static void unitRow(XlsxSheet sheet, UnitCoverage u) {
        sheet.row(
                u.unitName(),
                u.members(),
                u.submitted(),
                u.approved(),
                u.returned(),
                u.overdue(),
                u.completed(),
                u.members() - u.completed(),
                u.measuresOpen(),
                u.measuresClosed(),
                u.measuresOverdue());
    }
}
