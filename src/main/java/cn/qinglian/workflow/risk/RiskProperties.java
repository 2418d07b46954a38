package cn.qinglian.workflow.risk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code qinglian.risk.*}: the re-review cycle (an ISO 8601 repeating interval, default
 * quarterly), how often due dates are checked, how many days before a due date the owner is
 * reminded, and what evidence files are accepted.
 */
@ConfigurationProperties("qinglian.risk")
record RiskProperties(
        String reviewCycle,
        String dueCheckCycle,
        int reminderDays,
        DataSize evidenceMaxSize,
        List<String> evidenceTypes) {

    public RiskProperties {
        reviewCycle = reviewCycle == null ? "R/P3M" : reviewCycle;
        dueCheckCycle = dueCheckCycle == null ? "R/P1D" : dueCheckCycle;
        reminderDays = reminderDays <= 0 ? 3 : reminderDays;
        evidenceMaxSize = evidenceMaxSize == null ? DataSize.ofMegabytes(5) : evidenceMaxSize;
        evidenceTypes = evidenceTypes == null || evidenceTypes.isEmpty()
                ? List.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx")
                : List.copyOf(evidenceTypes);
    }

    /** The period of the re-review cycle ("R/P3M" → "P3M"), for the process's timer. */
    public String reviewInterval() {
        String period = reviewCycle.substring(reviewCycle.lastIndexOf('/') + 1);
        if (!period.startsWith("P")) {
            throw new IllegalStateException(
                    "qinglian.risk.review-cycle must end in an ISO 8601 period: " + reviewCycle);
        }
        return period;
    }
}
