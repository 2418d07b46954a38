package cn.qinglian.workflow.regulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the register of rules (制度目录); its text and file are read on their own. */
public record Regulation(
        long id,
        String title,
        String docNumber,
        String issuer,
        RegulationLevel level,
        RegulationCategory category,
        LocalDate issuedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        RegulationStatus status,
        Long replacedBy,
        String replacedByTitle,
        String statusNote,
        boolean hasText,
        String fileName,
        Long fileSize,
        Instant createdAt,
        Instant updatedAt) {

    @JsonProperty("levelLabel")
    public String levelLabel() {
        return level.label();
    }

    @JsonProperty("categoryLabel")
    public String categoryLabel() {
        return category.label();
    }

    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }

    boolean inForce() {
        return status == RegulationStatus.IN_FORCE;
    }
}
