package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface SelfReviewMapper {

    /** A member to enrol in a campaign, with who reviews and who may spot-check them. */
    record Enrolment(String personId, String unitId, String reviewerId, String inspectorId) {}

    /** One review's progress, for coverage (statuses and counts, never its content). */
    record Progress(
            long reviewId,
            String personId,
            String personName,
            String unitId,
            String unitName,
            int unitOrder,
            ReviewStage stage,
            ReviewStatus status,
            int returnCount,
            Instant submittedAt,
            Instant approvedAt,
            int openMeasures,
            int closedMeasures,
            int overdueMeasures) {}

    /** Reviews of a unit at one stage and status, and how many of them were submitted: the coverage without the people. */
    record ProgressCount(
            String unitId,
            String unitName,
            int unitOrder,
            ReviewStage stage,
            ReviewStatus status,
            int submitted,
            int people) {}

    /** A unit's 改 measures: open, closed, open past their due date. */
    record MeasureCount(String unitId, int openMeasures, int closedMeasures, int overdueMeasures) {}

    void insertCampaign(
            @Param("c") CampaignRequest campaign,
            @Param("businessKey") String businessKey,
            @Param("scopeUnits") String scopeUnits,
            @Param("minLength") int minAnalysisLength,
            @Param("rate") double spotCheckRate,
            @Param("by") String launchedBy,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void insertItem(
            @Param("campaignId") long campaignId,
            @Param("itemNo") int itemNo,
            @Param("title") String title,
            @Param("guidance") String guidance);

    Campaign findCampaign(long id);

    @Select("SELECT id FROM self_review_campaign WHERE campaign_year = #{year} ORDER BY id")
    List<Long> findCampaignIds(int year);

    /** Locks the campaign's row: closing it and completing it do not run side by side. */
    Campaign lockCampaign(long id);

    List<ChecklistItem> findItems(long campaignId);

    void finishCampaign(
            @Param("id") long id,
            @Param("status") CampaignStatus status,
            @Param("by") String by,
            @Param("note") String note,
            @Param("now") Instant now);

    void insertReviews(
            @Param("campaignId") long campaignId,
            @Param("enrolments") List<Enrolment> enrolments,
            @Param("now") Instant now);

    List<String> findEnrolledPeople(@Param("campaignId") long campaignId, @Param("unitId") String unitId);

    Review findReview(long id);

    Review findReviewOfPerson(@Param("campaignId") long campaignId, @Param("personId") String personId);

    /** Locks the review's row, so concurrent steps of one review run one after the other. */
    Review lockReview(long id);

    void startReview(
            @Param("id") long id, @Param("processInstanceId") String processInstanceId, @Param("now") Instant now);

    void moveReview(
            @Param("id") long id,
            @Param("stage") ReviewStage stage,
            @Param("status") ReviewStatus status,
            @Param("now") Instant now);

    void submitReview(@Param("id") long id, @Param("analysis") String analysis, @Param("now") Instant now);

    void returnReview(@Param("id") long id, @Param("stage") ReviewStage stage, @Param("now") Instant now);

    void approveReview(@Param("id") long id, @Param("stage") ReviewStage stage, @Param("now") Instant now);

    void cancelOpenReviews(@Param("campaignId") long campaignId, @Param("now") Instant now);

    void deleteFindings(long reviewId);

    void insertFinding(
            @Param("reviewId") long reviewId,
            @Param("itemId") long itemId,
            @Param("found") boolean found,
            @Param("description") String description);

    List<Finding> findFindings(long reviewId);

    void deleteMeasures(long reviewId);

    void insertMeasure(
            @Param("reviewId") long reviewId,
            @Param("itemId") long itemId,
            @Param("content") String content,
            @Param("dueDate") LocalDate dueDate,
            @Param("immediate") boolean immediate,
            @Param("status") ReviewMeasure.MeasureStatus status,
            @Param("by") String closedBy,
            @Param("now") Instant now);

    List<ReviewMeasure> findMeasures(long reviewId);

    ReviewMeasure findMeasure(long id);

    void reportMeasure(@Param("id") long id, @Param("report") String report, @Param("now") Instant now);

    void closeMeasure(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    void reopenMeasure(long id);

    List<ReviewMeasure> findOverdueMeasures(@Param("reviewId") long reviewId, @Param("today") LocalDate today);

    int countNotices(@Param("measureId") long measureId, @Param("day") LocalDate day);

    void insertNotice(
            @Param("measureId") long measureId,
            @Param("recipientId") String recipientId,
            @Param("day") LocalDate day,
            @Param("message") String message);

    List<ReviewDetail.Notice> findNotices(long reviewId);

    void insertDecision(@Param("d") ReviewDecision decision);

    List<ReviewDecision> findDecisions(long reviewId);

    List<Progress> findProgress(@Param("campaignId") long campaignId, @Param("today") LocalDate today);

    List<ProgressCount> countProgress(@Param("campaignId") long campaignId);

    List<MeasureCount> countMeasures(@Param("campaignId") long campaignId, @Param("today") LocalDate today);
}
