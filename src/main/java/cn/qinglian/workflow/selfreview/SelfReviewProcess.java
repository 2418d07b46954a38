package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids, message names and variables of processes/self-review.bpmn (the campaign, each unit and each member's review). */
public final class SelfReviewProcess {

    public static final String CAMPAIGN_KEY = "selfReview";
    public static final String UNIT_KEY = "selfReviewUnit";
    public static final String MEMBER_KEY = "selfReviewMember";
    public static final String BUSINESS_KEY_PREFIX = "self-review-";
    /**
     * A member's review is keyed "campaign key:member id" (callActivity_memberReview), so Cockpit and the
     * audit trail tell 620 reviews of one campaign apart; the campaign's own key is the prefix.
     */
    public static final String MEMBER_KEY_SEPARATOR = ":";

    public static String memberBusinessKey(String campaignKey, String memberId) {
        return campaignKey + MEMBER_KEY_SEPARATOR + memberId;
    }

    public static final String MESSAGE_CLOSE = "selfReviewClose";

    // The campaign
    public static final String UNITS = "callActivity_units";
    public static final String END_COMPLETED = "endEvent_completed";
    public static final String END_CLOSED = "endEvent_closed";

    // Each unit of the campaign
    public static final String TASK_PREPARE_UNIT = "serviceTask_prepareUnit";
    public static final String MEMBER_REVIEW = "callActivity_memberReview";

    // Each member's review
    public static final String TASK_CHECK = "userTask_check";
    public static final String TASK_CORRECT = "userTask_correct";
    public static final String TASK_ANALYSE = "userTask_analyse";
    public static final String TASK_BRANCH_REVIEW = "userTask_branchReview";
    public static final String TASK_SPOT_CHECK = "userTask_spotCheck";
    public static final String TASK_REPORT_MEASURE = "userTask_reportMeasure";
    public static final String TASK_CONFIRM_MEASURE = "userTask_confirmMeasure";
    public static final String TIMER_DUE_CHECK = "timer_dueCheck";
    public static final String END_DONE = "endEvent_done";

    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_UNIT_IDS = "unitIds";
    public static final String VAR_UNIT_ID = "unitId";
    public static final String VAR_MEMBER_IDS = "memberIds";
    public static final String VAR_MEMBER_ID = "memberId";
    public static final String VAR_REVIEW_ID = "reviewId";
    public static final String VAR_MEMBER = "member";
    public static final String VAR_MEMBER_NAME = "memberName";
    public static final String VAR_REVIEWER = "reviewer";
    public static final String VAR_INSPECTOR = "inspector";
    public static final String VAR_CAMPAIGN_NAME = "campaignName";
    public static final String VAR_MEMBER_UNIT_NAME = "memberUnitName";
    public static final String VAR_CHECK_DUE = "checkDue";
    public static final String VAR_CORRECT_DUE = "correctDue";
    public static final String VAR_ANALYSE_DUE = "analyseDue";
    public static final String VAR_REVIEW_DUE = "reviewDue";
    public static final String VAR_MIN_ANALYSIS_LENGTH = "minAnalysisLength";
    public static final String VAR_DUE_CHECK_CYCLE = "dueCheckCycle";
    /** checkItem1 … checkItemN: the checklist's titles; checkGuide1 … its guidance. */
    public static final String VAR_CHECK_ITEM = "checkItem";

    public static final String VAR_CHECK_GUIDE = "checkGuide";
    /** found1 … and finding1 …: 查 — found or not, and the description. */
    public static final String VAR_FOUND = "found";

    public static final String VAR_FINDING = "finding";
    /** measure1 …, due1 …, immediate1 …: 改 — the measure, its due date, or 立行立改. */
    public static final String VAR_MEASURE = "measure";

    public static final String VAR_DUE = "due";
    public static final String VAR_IMMEDIATE = "immediate";
    public static final String VAR_PROBLEMS_FOUND = "problemsFound";
    public static final String VAR_ANALYSIS = "analysis";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_RETURN_STAGE = "returnStage";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_SPOT_CHECK = "spotCheck";
    public static final String VAR_SPOT_CHECK_PASSED = "spotCheckPassed";
    public static final String VAR_HAS_OPEN_MEASURES = "hasOpenMeasures";
    public static final String VAR_OPEN_MEASURE_IDS = "openMeasureIds";
    public static final String VAR_MEASURE_ID = "measureId";
    public static final String VAR_MEASURE_CONTENT = "measureContent";
    public static final String VAR_MEASURE_DUE = "measureDue";
    public static final String VAR_REPORT = "report";
    public static final String VAR_CONFIRMED = "confirmed";
    public static final String VAR_CONFIRM_COMMENT = "confirmComment";

    /** The most checklist items a campaign may have: the Tasklist forms have this many slots. */
    public static final int MAX_ITEMS = 10;

    private SelfReviewProcess() {}

    /** The variables its processes decide with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(
                    VAR_INSPECTOR,
                    VAR_REVIEWER,
                    VAR_MEMBER,
                    VAR_CAMPAIGN_ID,
                    VAR_REVIEW_ID,
                    VAR_MEASURE_ID,
                    VAR_MEMBER_ID,
                    VAR_UNIT_ID,
                    VAR_OPEN_MEASURE_IDS,
                    VAR_MEMBER_IDS,
                    VAR_UNIT_IDS);
        }
    }
}
