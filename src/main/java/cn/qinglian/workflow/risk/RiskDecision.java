package cn.qinglian.workflow.risk;

import java.time.Instant;

/** An approval, verification or re-review of a risk point, with its comment. */
public record RiskDecision(Long id, Long riskPointId, int roundNo, Kind kind, String decidedBy, String decidedByName,
                           String outcome, String commentText, Instant decidedAt) {

    public enum Kind { HEAD_APPROVAL, SUPERVISOR_APPROVAL, VERIFICATION, RE_REVIEW }
}
