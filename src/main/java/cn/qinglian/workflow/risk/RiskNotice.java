package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.StepOutcome;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A reminder to a measure's owner before its due date, or an escalation to the unit head after it. */
public record RiskNotice(Long id, Long riskPointId, Long measureId, Kind kind, String recipientId, Instant sentAt) {

    /** The kind's word, beside its code, in the point's detail (GET /api/risk-points/{id}). */
    @JsonProperty("kindLabel")
    public String kindLabel() {
        return kind == null ? null : kind.outcome().label();
    }

    public enum Kind {
        REMINDER,
        ESCALATION;

        /** How the audit trail words it. */
        AuditOutcome outcome() {
            return this == REMINDER ? StepOutcome.REMINDER : RiskOutcome.ESCALATION;
        }
    }
}
