package cn.qinglian.workflow.risk;

import java.time.Instant;
import java.time.LocalDate;

/** A prevention and control measure (防控措施) and, once reported, its report and evidence. */
record RiskMeasure(
        Long id,
        Long riskPointId,
        int roundNo,
        String content,
        String ownerId,
        String ownerName,
        LocalDate dueDate,
        MeasureStatus status,
        String reportText,
        Instant reportedAt,
        String evidenceName,
        String evidenceType,
        Long evidenceSize) {

    /** Where a measure stands, with the word the register, its export and the forms show. */
    public enum MeasureStatus {
        OPEN("待落实"),
        REPORTED("已报告"),
        EFFECTIVE("有效"),
        INEFFECTIVE("未通过核查"),
        SUPERSEDED("已替换");

        private final String label;

        MeasureStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
