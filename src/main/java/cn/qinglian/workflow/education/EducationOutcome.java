package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What 党纪教育 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum EducationOutcome implements AuditOutcome {
    SESSION_SET("education-session-set", "安排学习"),
    LEAVE_REFUSED("education-leave-refused", "不同意请假"),
    MADE_UP("education-made-up", "补学确认");

    private final String code;
    private final String label;

    EducationOutcome(String code, String label) {
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
        public List<EducationOutcome> outcomes() {
            return List.of(values());
        }
    }
}
