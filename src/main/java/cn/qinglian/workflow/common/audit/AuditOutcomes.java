package cn.qinglian.workflow.common.audit;

import java.util.Map;
import java.util.Optional;

/**
 * The Chinese word for each kind of outcome any feature writes to the audit trail, as the 审批记录
 * timeline and the exports show it. An outcome is a kind, optionally followed by ":" and a detail
 * ({@code returned:CHECK}, {@code escalated:leader1}); {@code graded-HIGH} is 定级. {@link AuditService}
 * refuses an outcome whose kind has no word here, so no raw English code reaches a user.
 */
public final class AuditOutcomes {

    private static final Map<String, String> LABELS = Map.ofEntries(
            // approvals and operations on any task
            Map.entry("started", "发起"),
            Map.entry("approve", "同意"),
            Map.entry("approved", "同意"),
            Map.entry("returned", "退回"),
            Map.entry("revised", "修改"),
            Map.entry("urged", "催办"),
            Map.entry("transferred", "转办"),
            Map.entry("delegated", "委派"),
            Map.entry("resolved", "委派办结"),
            Map.entry("countersign-added", "加签"),
            Map.entry("withdrawn", "撤回"),
            Map.entry("copied", "抄送"),
            // 任务清单签收
            Map.entry("created", "创建"),
            Map.entry("replaced", "替换清单"),
            Map.entry("distributed", "分发"),
            Map.entry("signed", "签收/签订"),
            Map.entry("adjustment-requested", "申请调整"),
            Map.entry("adjusted", "调整"),
            Map.entry("reported", "报告进展"),
            Map.entry("report-chased", "催报"),
            Map.entry("accepted", "核验通过"),
            Map.entry("rejected", "核验未通过"),
            Map.entry("sign-off-reminder", "签收提醒"),
            Map.entry("sign-off-escalation", "签收督办"),
            Map.entry("closed", "关闭"),
            Map.entry("completed", "完成"),
            // 责任书
            Map.entry("drafted", "拟定"),
            Map.entry("sent", "下发"),
            Map.entry("reminded", "签订提醒"),
            Map.entry("escalated", "逾期督办"),
            Map.entry("cancelled", "撤销签订（人员离开）"),
            Map.entry("late-signing", "补签"),
            // 查改剖
            Map.entry("launched", "发起"),
            Map.entry("checked", "查摆问题"),
            Map.entry("corrected", "制定整改措施"),
            Map.entry("submitted", "提交"),
            Map.entry("spot-check-passed", "抽查通过"),
            Map.entry("measure-reported", "报告整改"),
            Map.entry("measure-closed", "销号"),
            Map.entry("measure-reopened", "重新整改"),
            Map.entry("reminder", "提醒"),
            // 廉政风险点
            Map.entry("measures-set", "制定防控措施"),
            Map.entry("effective", "核查：整改有效"),
            Map.entry("not-effective", "核查：整改未见效"),
            Map.entry("confirm", "复核：维持"),
            Map.entry("change", "复核：调整等级"),
            Map.entry("retire", "复核：不再列为风险点"),
            Map.entry("escalation", "逾期督办"));

    private AuditOutcomes() {}

    /** The word for an outcome, if its kind has one. */
    public static Optional<String> label(String outcome) {
        if (outcome == null) {
            return Optional.empty();
        }
        if (outcome.startsWith("graded-")) {
            return Optional.of("定级");
        }
        return Optional.ofNullable(LABELS.get(kind(outcome)));
    }

    /** The kind of an outcome: what comes before its ":" detail. */
    public static String kind(String outcome) {
        int colon = outcome.indexOf(':');
        return colon < 0 ? outcome : outcome.substring(0, colon);
    }
}
