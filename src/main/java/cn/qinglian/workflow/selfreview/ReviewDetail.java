package cn.qinglian.workflow.selfreview;

import java.time.LocalDate;
import java.util.List;

/** Everything about one member's review, for the member, their reviewer, the inspector and administrators. */
record ReviewDetail(
        Review review,
        List<Finding> findings,
        List<ReviewMeasure> measures,
        List<ReviewDecision> decisions,
        List<Notice> notices) {

    /** A reminder sent about an overdue measure. */
    public record Notice(long id, long measureId, String recipientId, LocalDate sentOn, String message) {}
}
