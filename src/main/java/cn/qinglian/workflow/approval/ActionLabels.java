package cn.qinglian.workflow.approval;

import java.util.Map;

/** The Chinese word for each outcome the handlers and operations write to the audit trail. */
final class ActionLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("approve", "同意"), Map.entry("approved", "同意"), Map.entry("returned", "退回"),
            Map.entry("revised", "修改"), Map.entry("drafted", "拟定"), Map.entry("created", "创建"),
            Map.entry("replaced", "替换清单"), Map.entry("launched", "发起"), Map.entry("closed", "关闭"),
            Map.entry("completed", "完成"), Map.entry("distributed", "分发"), Map.entry("signed", "签收/签订"),
            Map.entry("sent", "发送"), Map.entry("adjustment-requested", "申请调整"), Map.entry("adjusted", "调整"),
            Map.entry("reported", "报告进展"), Map.entry("report-chased", "催报"), Map.entry("accepted", "核验通过"),
            Map.entry("rejected", "核验未通过"), Map.entry("sign-off-reminder", "签收提醒"),
            Map.entry("sign-off-escalation", "签收督办"), Map.entry("checked", "查摆问题"), Map.entry("corrected", "制定整改措施"),
            Map.entry("submitted", "提交"), Map.entry("spot-check-passed", "抽查通过"), Map.entry("measure-reported", "报告整改"),
            Map.entry("measure-closed", "销号"), Map.entry("measure-reopened", "重新整改"), Map.entry("reminder", "提醒"),
            Map.entry("measures-set", "制定防控措施"), Map.entry("urged", "催办"), Map.entry("transferred", "转办"),
            Map.entry("delegated", "委派"), Map.entry("resolved", "委派办结"), Map.entry("countersign-added", "加签"),
            Map.entry("withdrawn", "撤回"), Map.entry("copied", "抄送"), Map.entry("started", "发起"));

    private ActionLabels() {
    }

    /** "returned:CHECK" → 退回; "graded-HIGH" → 定级; an outcome not known here is shown as written. */
    static String of(String outcome) {
        if (outcome == null) {
            return "";
        }
        if (outcome.startsWith("graded-")) {
            return "定级";
        }
        int colon = outcome.indexOf(':');
        String kind = colon < 0 ? outcome : outcome.substring(0, colon);
        return LABELS.getOrDefault(kind, outcome);
    }
}
