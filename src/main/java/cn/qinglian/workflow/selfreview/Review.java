package cn.qinglian.workflow.selfreview;

import java.time.Instant;

/** One member's 查改剖 in a campaign: where it stands and who reviews and spot-checks it. */
record Review(
        long id,
        long campaignId,
        String personId,
        String personName,
        String unitId,
        String unitName,
        String reviewerId,
        String inspectorId,
        ReviewStage stage,
        ReviewStatus status,
        String analysis,
        int returnCount,
        String processInstanceId,
        Instant submittedAt,
        Instant approvedAt,
        Instant updatedAt) {}
