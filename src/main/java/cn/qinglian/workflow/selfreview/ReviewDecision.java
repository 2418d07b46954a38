package cn.qinglian.workflow.selfreview;

import java.time.Instant;

/** A decision on a review: the branch secretary's, a spot check's, or a measure's 销号 (or not). */
record ReviewDecision(
        long id,
        long reviewId,
        Long measureId,
        Kind kind,
        String actorId,
        boolean approved,
        ReviewStage returnStage,
        String commentText,
        Instant decidedAt) {

    public enum Kind {
        BRANCH_REVIEW,
        SPOT_CHECK,
        MEASURE_CONFIRM
    }
}
