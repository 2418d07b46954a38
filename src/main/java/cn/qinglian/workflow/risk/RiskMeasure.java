package cn.qinglian.workflow.risk;

import java.time.Instant;
import java.time.LocalDate;

/** A prevention and control measure (防控措施) and, once reported, its report and evidence. */
public record RiskMeasure(Long id, Long riskPointId, int roundNo, String content, String ownerId, String ownerName,
                          LocalDate dueDate, MeasureStatus status, String reportText, Instant reportedAt,
                          String evidenceName, String evidenceType, Long evidenceSize) {

    public enum MeasureStatus { OPEN, REPORTED, EFFECTIVE, INEFFECTIVE, SUPERSEDED }
}
