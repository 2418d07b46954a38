package cn.qinglian.workflow.selfreview;

import java.time.Instant;
import java.time.LocalDate;

/** 改: the measure for one found problem, 立行立改 (immediate, closed at once) or due by a date, and its 销号. */
record ReviewMeasure(
        long id,
        long reviewId,
        long itemId,
        int itemNo,
        String title,
        String content,
        LocalDate dueDate,
        boolean immediate,
        MeasureStatus status,
        String reportText,
        Instant reportedAt,
        String closedBy,
        Instant closedAt) {

    public enum MeasureStatus {
        OPEN,
        REPORTED,
        CLOSED
    }
}
