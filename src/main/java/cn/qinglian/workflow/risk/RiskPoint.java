package cn.qinglian.workflow.risk;

import java.time.Instant;

/** A row of the risk register (台账). */
record RiskPoint(
        Long id,
        String businessKey,
        int riskYear,
        String unitId,
        String unitName,
        String post,
        RiskCategory category,
        String description,
        String manifestation,
        int likelihood,
        int impact,
        boolean engineering,
        boolean funds,
        boolean procurement,
        boolean majorMatters,
        RiskGrade grade,
        RiskStatus status,
        int roundNo,
        String registeredBy,
        String retiredReason,
        Instant createdAt,
        Instant updatedAt) {

    public boolean sensitive() {
        return engineering || funds || procurement || majorMatters;
    }
}
