package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the 任务清单签收 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum TaskListOutcome implements AuditOutcome {
    CREATED("created", "创建"),
    REPLACED("replaced", "替换清单"),
    DISTRIBUTED("distributed", "分发"),
    ADJUSTMENT_REQUESTED("adjustment-requested", "申请调整"),
    ADJUSTED("adjusted", "调整"),
    REPORTED("reported", "报告进展"),
    REPORT_CHASED("report-chased", "催报"),
    ACCEPTED("accepted", "核验通过"),
    REJECTED("rejected", "核验未通过") {
        @Override
        public boolean sendsBack() {
            return true;
        }
    },
    SIGN_OFF_REMINDER("sign-off-reminder", "签收提醒"),
    SIGN_OFF_ESCALATION("sign-off-escalation", "签收督办");

    private final String code;
    private final String label;

    TaskListOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Component
    static class Words implements AuditVocabulary.Words {
        @Override
        public List<TaskListOutcome> outcomes() {
            return List.of(values());
        }
    }
}
