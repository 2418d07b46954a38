package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditVocabulary;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the 查改剖自查 records in the audit trail, beside the shared {@code StepOutcome}s. */
enum SelfReviewOutcome implements AuditOutcome {
    LAUNCHED("launched", "发起"),
    CHECKED("checked", "查摆问题"),
    CORRECTED("corrected", "制定整改措施"),
    SUBMITTED("submitted", "提交"),
    SPOT_CHECK_PASSED("spot-check-passed", "抽查通过"),
    MEASURE_CLOSED("measure-closed", "销号"),
    MEASURE_REOPENED("measure-reopened", "重新整改");

    private final String code;
    private final String label;

    SelfReviewOutcome(String code, String label) {
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
        public List<SelfReviewOutcome> outcomes() {
            return List.of(values());
        }
    }
}
