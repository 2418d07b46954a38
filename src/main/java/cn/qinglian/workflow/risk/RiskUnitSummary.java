package cn.qinglian.workflow.risk;

/** One unit's line of the register summary for a year. */
public record RiskUnitSummary(
        String unitId,
        String unitName,
        long identified,
        long high,
        long medium,
        long low,
        long measuresOpen,
        long measuresOverdue,
        long controlled,
        long retired) {}
