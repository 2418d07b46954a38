package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the 责任书层层签订 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum LetterOutcome implements AuditOutcome {
    DRAFTED("drafted", "拟定"),
    SENT("sent", "下发"),
    REMINDED("reminded", "签订提醒"),
    ESCALATED("escalated", "逾期督办"),
    CANCELLED("cancelled", "撤销签订（人员离开）"),
    LATE_SIGNING("late-signing", "补签");

    private final String code;
    private final String label;

    LetterOutcome(String code, String label) {
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
        public List<LetterOutcome> outcomes() {
            return List.of(values());
        }
    }
}
