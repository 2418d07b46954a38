package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What 廉政谈话 records in the audit trail, beside the shared {@code StepOutcome}s. The trail is read by the
 * Party office (审批记录), so its entries name the step and its outcome only, never what was said.
 */
enum TalkOutcome implements AuditOutcome {
    PLANNED("talk-planned", "拟定谈话计划"),
    APPROVED("talk-approved", "批准谈话"),
    RETURNED("talk-returned", "退回修改", true),
    REJECTED("talk-rejected", "不予谈话"),
    REVISED("talk-revised", "修改谈话计划"),
    WITHDRAWN("talk-withdrawn", "撤回谈话计划"),
    HELD("talk-held", "谈话并记录"),
    CONFIRMED("talk-confirmed", "确认谈话记录"),
    FILED("talk-filed", "归档"),
    FOLLOWED_UP("talk-followed-up", "回访复查"),
    REPLIED("talk-replied", "函询回复"),
    REPLY_LATE("talk-reply-late", "逾期未回复"),
    ASSESSED("talk-assessed", "函询核实");

    private final String code;
    private final String label;
    private final boolean sendsBack;

    TalkOutcome(String code, String label) {
        this(code, label, false);
    }

    TalkOutcome(String code, String label, boolean sendsBack) {
        this.code = code;
        this.label = label;
        this.sendsBack = sendsBack;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean sendsBack() {
        return sendsBack;
    }

    @Component
    static class Words implements AuditVocabulary.Words {
        @Override
        public List<TalkOutcome> outcomes() {
            return List.of(values());
        }
    }
}
