package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Unit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 廉政风险点台账: the year's register (one row per point, its current measures, verification and next
 * re-review) and every measure, for whoever may read that part of the register.
 */
@Service
class RiskExport {

    private final RiskQueries register;
    private final RiskMapper mapper;
    private final OrgService org;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final Clock clock;

    RiskExport(
            RiskQueries register,
            RiskMapper mapper,
            OrgService org,
            ManagementService management,
            RuntimeService runtime,
            SystemAuthentication system,
            Clock clock) {
        this.register = register;
        this.mapper = mapper;
        this.org = org;
        this.management = management;
        this.runtime = runtime;
        this.system = system;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public XlsxDownload export(int year, String unitId, CurrentUser user) {
        RiskAccess.requireKeeper(user, org.organisation());
        RiskMapper.Filter filter = register.visible(new RiskMapper.Filter(year, unitId, null, null), user);
        List<RiskPoint> points = new ArrayList<>(mapper.findPoints(filter));
        points.sort(Comparator.comparingInt((RiskPoint p) -> unitOrder(p.unitId()))
                .thenComparing(RiskPoint::unitId)
                .thenComparing(RiskPoint::id));
        Map<Long, List<RiskMeasure>> measures =
                mapper.findMeasuresOf(filter).stream().collect(Collectors.groupingBy(RiskMeasure::riskPointId));
        Map<Long, RiskDecision> verified = new HashMap<>();
        mapper.findDecisionsOf(filter, RiskDecision.Kind.VERIFICATION).forEach(d -> verified.put(d.riskPointId(), d));
        Map<String, Instant> reReviews =
                points.stream().anyMatch(p -> p.status() == RiskStatus.CONTROLLED) ? nextReReviews() : Map.of();
        LocalDate today = ChinaTime.today(clock);
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet sheet = workbook.sheet(
                    "风险点台账", "编号", "单位", "岗位", "风险类别", "风险点描述", "表现形式", "发生可能性", "影响程度", "风险等级", "涉及事项", "防控措施", "责任人",
                    "最迟完成时限", "状态", "核查结果", "核查人", "核查时间", "下次复核", "登记时间");
            for (RiskPoint p : points) {
                List<RiskMeasure> current = measures.getOrDefault(p.id(), List.of()).stream()
                        .filter(m -> m.roundNo() == p.roundNo() && m.status() != RiskMeasure.MeasureStatus.SUPERSEDED)
                        .toList();
                RiskDecision verification = verified.get(p.id());
                sheet.row(
                        p.id(),
                        p.unitName(),
                        p.post(),
                        p.category().label(),
                        p.description(),
                        p.manifestation(),
                        p.likelihood(),
                        p.impact(),
                        p.grade() == null ? null : p.grade().label(),
                        matters(p),
                        numbered(current),
                        current.stream().map(RiskMeasure::ownerName).distinct().collect(Collectors.joining("、")),
                        current.stream()
                                .map(RiskMeasure::dueDate)
                                .filter(Objects::nonNull)
                                .max(Comparator.naturalOrder())
                                .orElse(null),
                        p.status().label(),
                        verification == null ? null : verificationLabel(verification.outcome()),
                        verification == null ? null : verification.decidedByName(),
                        verification == null ? null : verification.decidedAt(),
                        reReviews.get(p.businessKey()),
                        p.createdAt());
            }
            XlsxSheet all = workbook.sheet(
                    "防控措施", "风险点编号", "单位", "岗位", "风险等级", "轮次", "措施内容", "责任人", "完成时限", "措施状态", "逾期", "报告时间", "佐证材料");
            for (RiskPoint p : points) {
                for (RiskMeasure m : measures.getOrDefault(p.id(), List.of())) {
                    boolean overdue = m.status() == RiskMeasure.MeasureStatus.OPEN
                            && m.dueDate() != null
                            && m.dueDate().isBefore(today);
                    all.row(
                            p.id(),
                            p.unitName(),
                            p.post(),
                            p.grade() == null ? null : p.grade().label(),
                            m.roundNo(),
                            m.content(),
                            m.ownerName(),
                            m.dueDate(),
                            m.status().label(),
                            overdue ? "是" : null,
                            m.reportedAt(),
                            m.evidenceName());
                }
            }
            String unitName = filter.unitId() == null
                    ? ""
                    : "（"
                            + org.organisation()
                                    .unit(filter.unitId())
                                    .map(Unit::name)
                                    .orElse(filter.unitId()) + "）";
            return new XlsxDownload(
                    year + "年度廉政风险点台账" + unitName + ".xlsx",
                    "risk-points-" + year + (filter.unitId() == null ? "" : "-" + filter.unitId()) + ".xlsx",
                    workbook.toBytes());
        }
    }

    /**
     * When each controlled point is next re-reviewed: the due date of its process's re-review timer, read as
     * the system once the register's own rules have allowed the read. Keyed by business key.
     */
    private Map<String, Instant> nextReReviews() {
        return system.call(() -> {
            Map<String, String> keys = runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey(RiskProcess.PROCESS_KEY)
                    .activityIdIn(RiskProcess.TIMER_RE_REVIEW)
                    .list()
                    .stream()
                    .filter(i -> i.getBusinessKey() != null)
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            Map<String, Instant> due = new HashMap<>();
            for (Job timer : management
                    .createJobQuery()
                    .processDefinitionKey(RiskProcess.PROCESS_KEY)
                    .activityId(RiskProcess.TIMER_RE_REVIEW)
                    .timers()
                    .list()) {
                String key = keys.get(timer.getProcessInstanceId());
                if (key != null && timer.getDuedate() != null) {
                    due.put(key, timer.getDuedate().toInstant());
                }
            }
            return due;
        });
    }

    private int unitOrder(String unitId) {
        return org.organisation().unit(unitId).map(Unit::sortOrder).orElse(Integer.MAX_VALUE);
    }

    private static String matters(RiskPoint p) {
        List<String> matters = new ArrayList<>();
        if (p.engineering()) {
            matters.add("工程建设");
        }
        if (p.funds()) {
            matters.add("资金管理");
        }
        if (p.procurement()) {
            matters.add("招标采购");
        }
        if (p.majorMatters()) {
            matters.add("重大事项");
        }
        return String.join("、", matters);
    }

    private static String numbered(List<RiskMeasure> measures) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            lines.add((i + 1) + ". " + measures.get(i).content());
        }
        return String.join("\n", lines);
    }

    private static String verificationLabel(String outcome) {
        return RiskOutcome.EFFECTIVE.code().equals(outcome) ? "有效" : "未通过";
    }
}
