package cn.qinglian.workflow.risk;

import java.util.List;

/** A risk point with everything the register records about it. */
record RiskPointDetail(
        RiskPoint point,
        String gradeLabel,
        String statusLabel,
        List<RiskGradeRecord> grades,
        List<RiskMeasure> measures,
        List<RiskDecision> decisions,
        List<RiskNotice> notices) {}
