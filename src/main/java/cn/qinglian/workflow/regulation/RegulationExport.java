package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's 制度汇编台账 as .xlsx: the register (every regulation, its status and what replaced it), the
 * contents of the year's compilations, study coverage per unit with who has not confirmed, and the
 * year's 立改废 review.
 */
@Service
class RegulationExport {

    static final List<String> SHEETS = List.of("制度目录", "汇编目录", "学习覆盖", "未确认学习人员", "立改废");

    private final RegulationMapper mapper;
    private final CompilationService compilations;
    private final OrgService org;
    private final Clock clock;

    RegulationExport(RegulationMapper mapper, CompilationService compilations, OrgService org, Clock clock) {
        this.mapper = mapper;
        this.compilations = compilations;
        this.org = org;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        if (year < 2000 || year > 2100) {
            throw ApiException.invalidField("year", "年度无效：" + year);
        }
        List<Compilation> yearCompilations = mapper.findCompilations(year, null);
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet register = workbook.sheet(
                    SHEETS.get(0),
                    "编号",
                    "制度名称",
                    "文号",
                    "发文机关",
                    "层级",
                    "类别",
                    "印发日期",
                    "施行日期",
                    "有效期至",
                    "状态",
                    "替代制度",
                    "说明",
                    "原件");
            mapper.findRegulations(null)
                    .forEach(r -> register.row(
                            r.id(),
                            r.title(),
                            r.docNumber(),
                            r.issuer(),
                            r.levelLabel(),
                            r.categoryLabel(),
                            r.issuedOn(),
                            r.effectiveFrom(),
                            r.effectiveUntil(),
                            r.statusLabel(),
                            r.replacedByTitle(),
                            r.statusNote(),
                            r.fileName()));
            XlsxSheet contents = workbook.sheet(SHEETS.get(1), "汇编", "状态", "章", "章标题", "序号", "制度名称", "文号", "发文机关");
            for (Compilation compilation : yearCompilations) {
                for (Compilation.Chapter chapter : CompilationService.chapters(mapper.findItems(compilation.id()))) {
                    for (Compilation.Item item : chapter.items()) {
                        contents.row(
                                compilation.title(),
                                compilation.statusLabel(),
                                chapter.seq(),
                                chapter.title(),
                                item.seq(),
                                item.title(),
                                item.docNumber(),
                                item.issuer());
                    }
                }
            }
            XlsxSheet coverage = workbook.sheet(SHEETS.get(2), "汇编", "单位", "应确认人数", "已确认人数", "确认率（%）");
            XlsxSheet pending = workbook.sheet(SHEETS.get(3), "汇编", "单位", "人员编号", "姓名");
            for (Compilation compilation : yearCompilations) {
                if (!compilation.published()) {
                    continue;
                }
                StudyCoverage study = compilations.coverage(compilation);
                study.units()
                        .forEach(u -> coverage.row(
                                compilation.title(),
                                u.unitName(),
                                u.counts().asked(),
                                u.counts().studied(),
                                u.counts().percent()));
                coverage.row(
                        compilation.title(),
                        "合计",
                        study.total().asked(),
                        study.total().studied(),
                        study.total().percent());
                study.notStudied().forEach(p -> pending.row(compilation.title(), p.unitName(), p.personId(), p.name()));
            }
            XlsxSheet review =
                    workbook.sheet(SHEETS.get(4), "制度名称", "文号", "处理意见", "责任人", "完成期限", "状态", "说明", "办理情况", "办结时间");
            mapper.findReviews(year, null, false, ChinaTime.today(clock))
                    .forEach(v -> review.row(
                            v.regulationTitle(),
                            v.docNumber(),
                            v.actionLabel(),
                            v.ownerName(),
                            v.dueDate(),
                            v.statusLabel(),
                            v.note(),
                            v.doneNote(),
                            v.doneAt()));
            return new XlsxDownload(year + "年度制度汇编台账.xlsx", "regulations-" + year + ".xlsx", workbook.toBytes());
        }
    }
}
