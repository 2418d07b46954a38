package cn.qinglian.workflow.secretaryproject;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the 书记领办党建项目 ledger. */
public record Project(
        long id,
        String businessKey,
        int projectYear,
        String unitId,
        String unitName,
        String proposerId,
        String proposerName,
        String approverId,
        String title,
        String problem,
        String businessWork,
        String goals,
        String measures,
        String expectedResults,
        ProjectStatus status,
        int progressPercent,
        String selfAssessment,
        BigDecimal meanScore,
        ProjectGrade grade,
        boolean demonstration,
        Instant approvedAt,
        Instant concludedAt,
        Instant createdAt,
        Instant updatedAt) {

    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }

    @JsonProperty("gradeLabel")
    public String gradeLabel() {
        return grade == null ? null : grade.label();
    }
}
