package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.letter.LetterCoverage.Counts;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 责任书签订台账: one row per signature the organisation expects (and any recorded for people who have
 * since left), with each unit's and each level's totals. For the Party office, the 党组 and administrators:
 * it carries everyone's opinions and return reasons.
 */
@Service
class LetterExport {

    private final LetterQueries queries;
    private final LetterMapper mapper;
    private final OrgService org;

    LetterExport(LetterQueries queries, LetterMapper mapper, OrgService org) {
        this.queries = queries;
        this.mapper = mapper;
        this.org = org;
    }

    /** One row of the register. */
    private record Line(
            int level,
            String unitId,
            String unitName,
            String personId,
            String personName,
            String counterpartName,
            String status,
            Instant signedAt,
            Integer version,
            String opinion,
            String returnReason) {}

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        if (!LetterQueries.readsAll(user, organisation)) {
            throw ApiException.forbidden("责任书签订台账仅机关党委（办公室）、党组成员和管理员可以导出。");
        }
        LetterCoverage coverage = queries.coverage(year);
        List<Line> lines = lines(coverage.letter(), organisation);
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet detail = workbook.sheet(
                    "签订明细", "层级", "单位", "签订人（乙方）", "人员编号", "上级签订人（甲方）", "状态", "签订时间", "签订版本", "签订意见", "最近退回原因");
            lines.forEach(l -> detail.row(
                    l.level(),
                    l.unitName(),
                    l.personName(),
                    l.personId(),
                    l.counterpartName(),
                    label(l.status()),
                    l.signedAt(),
                    l.version(),
                    l.opinion(),
                    l.returnReason()));
            totals(workbook.sheet("单位汇总", "单位", "应签人数", "已签", "未签", "签订率（%）"), coverage.units(), coverage.total());
            totals(workbook.sheet("层级汇总", "层级", "应签人数", "已签", "未签", "签订率（%）"), coverage.levels(), coverage.total());
            XlsxSheet aspects = workbook.sheet("责任内容（共 " + coverage.aspects() + " 条）", "序号", "责任内容");
            List<String> text = mapper.findVersion(
                            coverage.letter().id(), coverage.letter().versionNo())
                    .aspectList();
            for (int i = 0; i < text.size(); i++) {
                aspects.row(i + 1, text.get(i));
            }
            return new XlsxDownload(year + "年度责任书签订台账.xlsx", "letters-" + year + ".xlsx", workbook.toBytes());
        }
    }

    private List<Line> lines(Letter letter, Organisation organisation) {
        LetterTree tree = LetterTree.require(organisation);
        Map<String, Signature> signatures = new LinkedHashMap<>();
        mapper.findSignatures(letter.id()).forEach(s -> signatures.put(s.personId(), s));
        Map<Long, String> returns = new HashMap<>();
        mapper.findReturnNotes(letter.id()).forEach(r -> returns.put(r.signatureId(), r.note()));
        List<Line> lines = new ArrayList<>();
        organisation.people().stream()
                .filter(Person::active)
                .filter(p -> tree.upper(p.id()).isPresent())
                .forEach(p -> {
                    Signature s = signatures.remove(p.id());
                    lines.add(
                            s != null
                                    ? line(s, returns)
                                    : new Line(
                                            tree.level(p.id()),
                                            p.unitId(),
                                            organisation
                                                    .unit(p.unitId())
                                                    .map(Unit::name)
                                                    .orElse(p.unitId()),
                                            p.id(),
                                            p.name(),
                                            tree.upper(p.id())
                                                    .flatMap(organisation::person)
                                                    .map(Person::name)
                                                    .orElse(null),
                                            "NOT_STARTED",
                                            null,
                                            null,
                                            null,
                                            null));
                });
        signatures.values().forEach(s -> lines.add(line(s, returns)));
        lines.sort(Comparator.comparingInt(Line::level)
                .thenComparingInt(
                        l -> organisation.unit(l.unitId()).map(Unit::sortOrder).orElse(Integer.MAX_VALUE))
                .thenComparing(Line::unitId)
                .thenComparing(Line::personId));
        return lines;
    }

    private static Line line(Signature s, Map<Long, String> returns) {
        return new Line(
                s.levelNo(),
                s.unitId(),
                s.unitName(),
                s.personId(),
                s.personName(),
                s.counterpartName(),
                s.status().name(),
                s.signedAt(),
                s.versionSigned(),
                s.opinion(),
                returns.get(s.id()));
    }

    private static void totals(XlsxSheet sheet, List<Counts> rows, Counts total) {
        rows.forEach(c -> sheet.row(c.name(), c.expected(), c.signed(), c.pending(), rate(c)));
        sheet.row("合计", total.expected(), total.signed(), total.pending(), rate(total));
    }

    private static double rate(Counts c) {
        return c.expected() == 0 ? 0 : Math.round(1000.0 * c.signed() / c.expected()) / 10.0;
    }

    /** A signature's status as the 台账 names it (NOT_STARTED: no signing begun yet). */
    static String label(String status) {
        return switch (status) {
            case "PREPARING" -> "待上级下发";
            case "SENT" -> "待签";
            case "RETURNED" -> "退回";
            case "SIGNED" -> "已签";
            case "CANCELLED" -> "已取消";
            default -> "未开始";
        };
    }
}
