package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the 廉政风险点排查整改 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum RiskOutcome implements AuditOutcome {
    GRADED_HIGH("graded-HIGH", "定级"),
    GRADED_MEDIUM("graded-MEDIUM", "定级"),
    GRADED_LOW("graded-LOW", "定级"),
    MEASURES_SET("measures-set", "制定防控措施"),
    EFFECTIVE("effective", "核查：整改有效"),
    NOT_EFFECTIVE("not-effective", "核查：整改未见效") {
        @Override
        public boolean sendsBack() {
            return true;
        }
    },
    CONFIRM("confirm", "复核：维持"),
    CHANGE("change", "复核：调整等级"),
    RETIRE("retire", "复核：不再列为风险点"),
    ESCALATION("escalation", "逾期督办");

    private final String code;
    private final String label;

    RiskOutcome(String code, String label) {
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

    static RiskOutcome graded(RiskGrade grade) {
        return valueOf("GRADED_" + grade.name());
    }

    @Component
    static class Words implements AuditVocabulary.Words {
        @Override
        public List<RiskOutcome> outcomes() {
            return List.of(values());
        }
    }
}
