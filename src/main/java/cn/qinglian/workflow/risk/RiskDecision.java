package cn.qinglian.workflow.risk;

import java.time.Instant;

/** An approval, verification or re-review of a risk point, with its comment. */
record RiskDecision(
        Long id,
        Long riskPointId,
        int roundNo,
        Kind kind,
        String decidedBy,
        String decidedByName,
        String outcome,
        String commentText,
        Instant decidedAt) {

    /** Which step decided, named as the step is. */
    public enum Kind {
        HEAD_APPROVAL("单位负责人审批"),
        SUPERVISOR_APPROVAL("分管领导审批"),
        VERIFICATION("核查"),
        RE_REVIEW("定期复核");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
