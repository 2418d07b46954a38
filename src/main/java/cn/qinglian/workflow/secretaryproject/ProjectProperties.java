package cn.qinglian.workflow.secretaryproject;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code qinglian.secretary-project.*}: how often missed reports are looked for, how many days after a
 * milestone's date or a quarter's end the supervising leader is told, the day of the year 结题 begins
 * by itself, and what evidence files are accepted.
 */
@ConfigurationProperties("qinglian.secretary-project")
record ProjectProperties(
        String reportCheckCycle,
        int graceDays,
        String concludeFrom,
        DataSize evidenceMaxSize,
        List<String> evidenceTypes) {

    /** The day of the year 结题 starts by itself, from "MM-DD". */
    MonthDay concludeDay() {
        return concludeDay(concludeFrom);
    }

    private static MonthDay concludeDay(String text) {
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("qinglian.secretary-project.conclude-from must be MM-DD: " + text, e);
        }
    }

    /** A quarter needs a report only if the project was approved this many days before it ends. */
    static final int QUARTER_LEAD_DAYS = 30;

    ProjectProperties {
        reportCheckCycle = reportCheckCycle == null ? "R/P1D" : reportCheckCycle;
        graceDays = graceDays <= 0 ? 10 : graceDays;
        concludeFrom = concludeFrom == null ? "12-01" : concludeFrom;
        concludeDay(concludeFrom);
        evidenceMaxSize = evidenceMaxSize == null ? DataSize.ofMegabytes(5) : evidenceMaxSize;
        evidenceTypes = evidenceTypes == null || evidenceTypes.isEmpty()
                ? List.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx")
                : List.copyOf(evidenceTypes);
    }
}
