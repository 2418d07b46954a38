package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.selfreview.ReviewMeasure.MeasureStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of one member's 查改剖: 查, 改, 剖 and submission, the branch secretary's decision, the
 * spot check, each measure's report and 销号, reminders, completion. Each step writes its rows and
 * its audit entry in the transaction of the task that caused it; a refused step changes nothing.
 */
@Service
class ReviewService {

    static final int MAX_TEXT = 4000;
    static final int MAX_ANALYSIS = 20000;

    private final SelfReviewMapper mapper;
    private final AuditService audit;
    private final SelfReviewProperties properties;
    private final Clock clock;
    private final Notices notices;
    private final RandomGenerator chance;

    ReviewService(
            SelfReviewMapper mapper,
            AuditService audit,
            SelfReviewProperties properties,
            Clock clock,
            RandomGenerator chance,
            Notices notices) {
        this.chance = chance;
        this.mapper = mapper;
        this.audit = audit;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    /** What the spot check and the 整改销号 stage need after an approval. */
    public record Approval(boolean spotCheck, List<Long> openMeasureIds) {}

    /** The variables a member's review process starts with: who, the deadlines, the checklist. */
    @Transactional
    public Map<String, Object> start(long campaignId, String memberId, String processInstanceId) {
        Review review = mapper.findReviewOfPerson(campaignId, memberId);
        if (review == null) {
            throw new IllegalStateException("No review of " + memberId + " in campaign " + campaignId);
        }
        Campaign campaign = mapper.findCampaign(campaignId);
        mapper.startReview(review.id(), processInstanceId, clock.instant());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(SelfReviewProcess.VAR_REVIEW_ID, review.id())
                .putValue(SelfReviewProcess.VAR_MEMBER, review.personId())
                .putValue(SelfReviewProcess.VAR_MEMBER_NAME, review.personName())
                .putValue(SelfReviewProcess.VAR_REVIEWER, review.reviewerId())
                .putValue(SelfReviewProcess.VAR_INSPECTOR, review.inspectorId())
                .putValue(SelfReviewProcess.VAR_MEMBER_UNIT_NAME, review.unitName())
                .putValue(SelfReviewProcess.VAR_CAMPAIGN_NAME, campaign.name())
                .putValue(SelfReviewProcess.VAR_CHECK_DUE, ChinaTime.endOf(campaign.checkDue()))
                .putValue(SelfReviewProcess.VAR_CORRECT_DUE, ChinaTime.endOf(campaign.correctDue()))
                .putValue(SelfReviewProcess.VAR_ANALYSE_DUE, ChinaTime.endOf(campaign.analyseDue()))
                .putValue(SelfReviewProcess.VAR_REVIEW_DUE, ChinaTime.endOf(campaign.reviewDue()))
                .putValue(SelfReviewProcess.VAR_MIN_ANALYSIS_LENGTH, campaign.minAnalysisLength())
                .putValue(SelfReviewProcess.VAR_DUE_CHECK_CYCLE, properties.dueCheckCycle());
        for (ChecklistItem item : mapper.findItems(campaignId)) {
            variables.put(SelfReviewProcess.VAR_CHECK_ITEM + item.itemNo(), item.title());
            variables.put(
                    SelfReviewProcess.VAR_CHECK_GUIDE + item.itemNo(), item.guidance() == null ? "" : item.guidance());
        }
        return variables;
    }

    /** 查: what was found against each item. Returns whether anything was found (改 follows if so). */
    @Transactional
    public boolean check(long reviewId, TaskStep step, List<SlotInput> slots) {
        Review review = lockOpen(reviewId);
        List<ChecklistItem> items = mapper.findItems(review.campaignId());
        List<FieldProblem> problems = new ArrayList<>();
        for (SlotInput slot : slots) {
            if (slot.found() && isBlank(slot.finding())) {
                problems.add(FieldProblem.of(
                        SelfReviewProcess.VAR_FINDING + slot.itemNo(),
                        "“" + title(items, slot.itemNo()) + "”已勾选存在问题，请描述具体问题"));
            } else if (slot.found() && slot.finding().length() > MAX_TEXT) {
                problems.add(
                        FieldProblem.of(SelfReviewProcess.VAR_FINDING + slot.itemNo(), "问题描述不超过 " + MAX_TEXT + " 字"));
            }
        }
        refuseIf(problems, "查摆内容不完整");
        mapper.deleteMeasures(reviewId);
        mapper.deleteFindings(reviewId);
        int found = 0;
        for (SlotInput slot : slots) {
            mapper.insertFinding(
                    reviewId,
                    itemId(items, slot.itemNo()),
                    slot.found(),
                    slot.found() ? slot.finding().trim() : null);
            found += slot.found() ? 1 : 0;
        }
        mapper.moveReview(
                reviewId, found > 0 ? ReviewStage.CORRECT : ReviewStage.ANALYSE, review.status(), clock.instant());
        audit.record(step.audit(SelfReviewProcess.MEMBER_KEY, SelfReviewOutcome.CHECKED, "查摆问题 " + found + " 项"));
        return found > 0;
    }

    /** 改: a measure for every problem found, due by a date or done at once (立行立改). */
    @Transactional
    public void correct(long reviewId, TaskStep step, List<SlotInput> slots) {
        Review review = lockOpen(reviewId);
        List<ChecklistItem> items = mapper.findItems(review.campaignId());
        List<Finding> found =
                mapper.findFindings(reviewId).stream().filter(Finding::found).toList();
        LocalDate today = ChinaTime.today(clock);
        List<FieldProblem> problems = new ArrayList<>();
        for (Finding finding : found) {
            SlotInput slot = slots.stream()
                    .filter(s -> s.itemNo() == finding.itemNo())
                    .findFirst()
                    .orElse(new SlotInput(finding.itemNo(), true, null, null, null, false));
            String n = String.valueOf(finding.itemNo());
            if (isBlank(slot.measure())) {
                problems.add(FieldProblem.of(SelfReviewProcess.VAR_MEASURE + n, "请填写“" + finding.title() + "”的整改措施"));
            } else if (slot.measure().length() > MAX_TEXT) {
                problems.add(FieldProblem.of(SelfReviewProcess.VAR_MEASURE + n, "整改措施不超过 " + MAX_TEXT + " 字"));
            }
            if (!slot.immediate()) {
                LocalDate due = ProcessVariables.date(slot.due());
                if (due == null) {
                    problems.add(FieldProblem.of(
                            SelfReviewProcess.VAR_DUE + n, "请填写“" + finding.title() + "”的整改时限（yyyy-MM-dd），或勾选立行立改"));
                } else if (due.isBefore(today)) {
                    problems.add(FieldProblem.of(SelfReviewProcess.VAR_DUE + n, "整改时限不能早于今天（" + today + "）"));
                }
            }
        }
        refuseIf(problems, "整改措施不完整");
        mapper.deleteMeasures(reviewId);
        Instant now = clock.instant();
        for (Finding finding : found) {
            SlotInput slot = slots.stream()
                    .filter(s -> s.itemNo() == finding.itemNo())
                    .findFirst()
                    .orElseThrow();
            mapper.insertMeasure(
                    reviewId,
                    itemId(items, finding.itemNo()),
                    slot.measure().trim(),
                    slot.immediate() ? null : ProcessVariables.date(slot.due()),
                    slot.immediate(),
                    slot.immediate() ? MeasureStatus.CLOSED : MeasureStatus.OPEN,
                    slot.immediate() ? step.actorId() : null,
                    now);
        }
        mapper.moveReview(reviewId, ReviewStage.ANALYSE, review.status(), now);
        audit.record(
                step.audit(SelfReviewProcess.MEMBER_KEY, SelfReviewOutcome.CORRECTED, "整改措施 " + found.size() + " 项"));
    }

    /** 剖 and submission: the analysis must reach the campaign's minimum length. */
    @Transactional
    public void analyseAndSubmit(long reviewId, TaskStep step, String analysis) {
        Review review = lockOpen(reviewId);
        Campaign campaign = mapper.findCampaign(review.campaignId());
        String text = analysis == null ? "" : analysis.trim();
        int length = text.codePointCount(0, text.length());
        if (length < Math.max(1, campaign.minAnalysisLength())) {
            throw ApiException.invalidField(
                    SelfReviewProcess.VAR_ANALYSIS,
                    "剖析不少于 " + campaign.minAnalysisLength() + " 字（现为 " + length + " 字）");
        }
        if (length > MAX_ANALYSIS) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_ANALYSIS, "剖析不超过 " + MAX_ANALYSIS + " 字");
        }
        mapper.submitReview(reviewId, text, clock.instant());
        audit.record(
                step.audit(SelfReviewProcess.MEMBER_KEY, SelfReviewOutcome.SUBMITTED, "提交查改剖（剖析 " + length + " 字）"));
    }

    /** The branch secretary approves, or returns the review to 查, 改 or 剖 with a comment. */
    @Transactional
    public Approval decide(long reviewId, TaskStep step, Boolean approved, String returnStage, String comment) {
        Review review = lockOpen(reviewId);
        if (approved == null) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_APPROVED, "请选择审核结论：通过或退回");
        }
        if (!approved) {
            sendBack(review, step, ReviewDecision.Kind.BRANCH_REVIEW, returnStage, comment);
            return new Approval(false, List.of());
        }
        decision(review, step, ReviewDecision.Kind.BRANCH_REVIEW, null, true, null, comment);
        Campaign campaign = mapper.findCampaign(review.campaignId());
        boolean spotCheck = review.inspectorId() != null
                && (wasSentBackBySpotCheck(reviewId) || chance.nextDouble() < campaign.spotCheckRate());
        List<Long> open = openMeasureIds(reviewId);
        mapper.approveReview(
                reviewId,
                spotCheck ? ReviewStage.SPOT_CHECK : open.isEmpty() ? ReviewStage.DONE : ReviewStage.RECTIFY,
                clock.instant());
        audit.record(step.audit(SelfReviewProcess.MEMBER_KEY, StepOutcome.APPROVED, comment));
        return new Approval(spotCheck, open);
    }

    /** The 纪检委员's spot check: passes it, or sends it back to 查, 改 or 剖 with a comment. */
    @Transactional
    public Approval spotCheck(long reviewId, TaskStep step, Boolean passed, String returnStage, String comment) {
        Review review = lockOpen(reviewId);
        if (passed == null) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_SPOT_CHECK_PASSED, "请选择抽查结论：通过或退回");
        }
        if (!passed) {
            sendBack(review, step, ReviewDecision.Kind.SPOT_CHECK, returnStage, comment);
            return new Approval(false, List.of());
        }
        decision(review, step, ReviewDecision.Kind.SPOT_CHECK, null, true, null, comment);
        List<Long> open = openMeasureIds(reviewId);
        mapper.moveReview(
                reviewId,
                open.isEmpty() ? ReviewStage.DONE : ReviewStage.RECTIFY,
                ReviewStatus.APPROVED,
                clock.instant());
        audit.record(step.audit(SelfReviewProcess.MEMBER_KEY, SelfReviewOutcome.SPOT_CHECK_PASSED, comment));
        return new Approval(false, open);
    }

    /** A measure's text and due date, for its 报告整改完成 task. */
    @Transactional(readOnly = true)
    public ReviewMeasure measure(long measureId) {
        return mapper.findMeasure(measureId);
    }

    /** The member reports a measure done. */
    @Transactional
    public void reportMeasure(long measureId, TaskStep step, String report) {
        ReviewMeasure measure = mapper.findMeasure(measureId);
        mapper.lockReview(measure.reviewId());
        if (isBlank(report)) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_REPORT, "请填写整改完成情况");
        }
        if (report.length() > MAX_TEXT) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_REPORT, "整改完成情况不超过 " + MAX_TEXT + " 字");
        }
        mapper.reportMeasure(measureId, report.trim(), clock.instant());
        audit.record(step.audit(
                SelfReviewProcess.MEMBER_KEY, StepOutcome.MEASURE_REPORTED, measure.title() + "：" + report.trim()));
    }

    /** The branch secretary closes (销号) a reported measure, or sends it back with a comment. */
    @Transactional
    public void confirmMeasure(long measureId, TaskStep step, Boolean confirmed, String comment) {
        ReviewMeasure measure = mapper.findMeasure(measureId);
        Review review = mapper.lockReview(measure.reviewId());
        if (confirmed == null) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_CONFIRMED, "请选择：销号或继续整改");
        }
        if (!confirmed && isBlank(comment)) {
            throw ApiException.invalidField(SelfReviewProcess.VAR_CONFIRM_COMMENT, "继续整改时须填写意见");
        }
        if (confirmed) {
            mapper.closeMeasure(measureId, step.actorId(), clock.instant());
        } else {
            mapper.reopenMeasure(measureId);
        }
        decision(review, step, ReviewDecision.Kind.MEASURE_CONFIRM, measureId, confirmed, null, comment);
        audit.record(step.audit(
                SelfReviewProcess.MEMBER_KEY,
                confirmed ? SelfReviewOutcome.MEASURE_CLOSED : SelfReviewOutcome.MEASURE_REOPENED,
                measure.title() + (isBlank(comment) ? "" : "：" + comment.trim())));
    }

    /** Reminds the member once a day of every measure past its due date. Returns how many reminders. */
    @Transactional
    public int remindOverdue(long reviewId, TaskStep step) {
        Review review = mapper.lockReview(reviewId);
        LocalDate today = ChinaTime.today(clock);
        int sent = 0;
        for (ReviewMeasure m : mapper.findOverdueMeasures(reviewId, today)) {
            if (mapper.countNotices(m.id(), today) == 0) {
                String text = "整改措施已逾期（时限 " + m.dueDate() + "）：" + m.title() + "——" + m.content();
                mapper.insertNotice(m.id(), review.personId(), today, text);
                audit.record(step.audit(SelfReviewProcess.MEMBER_KEY, StepOutcome.REMINDER, review.personId(), text));
                sent++;
            }
        }
        if (sent > 0) {
            // The measures are the member's own 查改剖: the notice names how many, not what they say.
            notices.send(NoticeRequest.about(
                            NoticeKind.REMINDER,
                            review.personId(),
                            "您有 " + sent + " 项查改剖整改措施已逾期",
                            SelfReviewProcess.MEMBER_KEY)
                    .inInstance(step.processInstanceId())
                    .forUnit(review.unitName()));
        }
        return sent;
    }

    /** Approved and every measure closed. */
    @Transactional
    public void complete(long reviewId, TaskStep step) {
        mapper.lockReview(reviewId);
        mapper.moveReview(reviewId, ReviewStage.DONE, ReviewStatus.COMPLETED, clock.instant());
        audit.record(step.audit(SelfReviewProcess.MEMBER_KEY, StepOutcome.COMPLETED, null));
    }

    /** A review's content, for the member, their branch secretary, the inspector and administrators only. */
    @Transactional(readOnly = true)
    public ReviewDetail detail(long reviewId, CurrentUser user) {
        Review review = mapper.findReview(reviewId);
        if (review == null) {
            throw ApiException.notFound("review-not-found", "查改剖记录不存在：" + reviewId);
        }
        // Findings and analysis are private: the member, the branch secretary and the 纪检委员 who review
        // them, the 机关党委 (Party office) that runs the campaign, and administrators.
        boolean allowed = user.isAdmin()
                || user.userId().equals(review.personId())
                || user.userId().equals(review.reviewerId())
                || user.userId().equals(review.inspectorId())
                || user.inGroup(Role.PARTY_OFFICE.groupId());
        if (!allowed) {
            throw ApiException.forbidden("查改剖内容仅本人、所在支部书记、纪检委员、机关党委和管理员可以查看。");
        }
        return new ReviewDetail(
                review,
                mapper.findFindings(reviewId),
                mapper.findMeasures(reviewId),
                mapper.findDecisions(reviewId),
                mapper.findNotices(reviewId));
    }

    @Transactional(readOnly = true)
    public Review reviewOf(long campaignId, String personId) {
        return mapper.findReviewOfPerson(campaignId, personId);
    }

    private void sendBack(Review review, TaskStep step, ReviewDecision.Kind kind, String returnStage, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        ReviewStage stage = ReviewStage.returnTarget(returnStage).orElse(null);
        if (stage == null) {
            problems.add(FieldProblem.of(SelfReviewProcess.VAR_RETURN_STAGE, "请选择退回到的环节：查、改或剖"));
        } else if (stage == ReviewStage.CORRECT
                && mapper.findFindings(review.id()).stream().noneMatch(Finding::found)) {
            problems.add(FieldProblem.of(SelfReviewProcess.VAR_RETURN_STAGE, "未查摆出问题，没有“改”的内容，请退回到“查”或“剖”"));
        }
        if (isBlank(comment)) {
            problems.add(FieldProblem.of(SelfReviewProcess.VAR_COMMENT, "退回时须填写意见"));
        }
        refuseIf(problems, "退回信息不完整");
        mapper.returnReview(review.id(), stage, clock.instant());
        decision(review, step, kind, null, false, stage, comment);
        audit.record(step.audit(SelfReviewProcess.MEMBER_KEY, StepOutcome.RETURNED, stage.name(), comment.trim()));
    }

    private boolean wasSentBackBySpotCheck(long reviewId) {
        return mapper.findDecisions(reviewId).stream()
                .anyMatch(d -> d.kind() == ReviewDecision.Kind.SPOT_CHECK && !d.approved());
    }

    private List<Long> openMeasureIds(long reviewId) {
        return mapper.findMeasures(reviewId).stream()
                .filter(m -> m.status() != MeasureStatus.CLOSED)
                .map(ReviewMeasure::id)
                .toList();
    }

    private void decision(
            Review review,
            TaskStep step,
            ReviewDecision.Kind kind,
            Long measureId,
            boolean approved,
            ReviewStage returnStage,
            String comment) {
        mapper.insertDecision(new ReviewDecision(
                0,
                review.id(),
                measureId,
                kind,
                step.actorId(),
                approved,
                returnStage,
                isBlank(comment) ? null : comment.trim(),
                clock.instant()));
    }

    private Review lockOpen(long reviewId) {
        Review review = mapper.lockReview(reviewId);
        if (review.status() == ReviewStatus.CANCELLED || review.status() == ReviewStatus.COMPLETED) {
            throw ApiException.conflict("review-finished", "该查改剖已结束，不能再修改。");
        }
        return review;
    }

    private static String title(List<ChecklistItem> items, int itemNo) {
        return items.stream()
                .filter(i -> i.itemNo() == itemNo)
                .map(ChecklistItem::title)
                .findFirst()
                .orElse("第" + itemNo + "项");
    }

    private static long itemId(List<ChecklistItem> items, int itemNo) {
        return items.stream()
                .filter(i -> i.itemNo() == itemNo)
                .map(ChecklistItem::id)
                .findFirst()
                .orElseThrow(() ->
                        ApiException.invalidField(SelfReviewProcess.VAR_FOUND + itemNo, "检查清单没有第 " + itemNo + " 项"));
    }

    private static void refuseIf(List<FieldProblem> problems, String summary) {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", summary + "：" + problems.get(0).message(), problems);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
