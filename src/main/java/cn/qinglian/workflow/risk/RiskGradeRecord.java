package cn.qinglian.workflow.risk;

import java.time.Instant;

/** One grading of a risk point: at registration and at every re-review that changes it. */
record RiskGradeRecord(
        Long id,
        Long riskPointId,
        int likelihood,
        int impact,
        boolean sensitiveMatter,
        RiskGrade grade,
        String reason,
        Instant gradedAt) {}
