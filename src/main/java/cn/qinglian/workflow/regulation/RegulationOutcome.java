package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What 制度汇编 records in the audit trail. */
enum RegulationOutcome implements AuditOutcome {
    SAVED("regulation-saved", "登记制度"),
    FILE_ATTACHED("regulation-file-attached", "上传制度原件"),
    REVISED("regulation-revised", "制度标记为已修订"),
    REPEALED("regulation-repealed", "制度标记为已废止"),
    REINSTATED("regulation-reinstated", "制度恢复为现行"),
    COMPILATION_SAVED("regulation-compilation-saved", "编排制度汇编"),
    COMPILATION_PUBLISHED("regulation-compilation-published", "发布制度汇编"),
    STUDIED("regulation-studied", "确认已学习制度汇编"),
    REVIEW_SAVED("regulation-review-saved", "制度立改废：确定事项"),
    REVIEW_DONE("regulation-review-done", "制度立改废：办结");

    private final String code;
    private final String label;

    RegulationOutcome(String code, String label) {
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

    /** The status change a regulation's new status records. */
    static RegulationOutcome of(RegulationStatus status) {
        return switch (status) {
            case REVISED -> REVISED;
            case REPEALED -> REPEALED;
            case IN_FORCE -> REINSTATED;
        };
    }

    @Component
    static class Words implements AuditVocabulary.Words {
        @Override
        public List<RegulationOutcome> outcomes() {
            return List.of(values());
        }
    }
}
