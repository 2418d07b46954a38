package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of processes/secretary-project.bpmn. */
public final class ProjectProcess {

    public static final String PROCESS_KEY = "secretaryProject";
    public static final String BUSINESS_KEY_PREFIX = "project-";

    public static final String START_PROPOSED = "startEvent_proposed";
    public static final String TASK_OFFICE_CHECK = "userTask_officeCheck";
    public static final String TASK_PARTY_GROUP_APPROVAL = "userTask_partyGroupApproval";
    public static final String TASK_REVISE = "userTask_revise";
    public static final String TASK_REPORT = "userTask_report";
    public static final String TASK_SELF_ASSESS = "userTask_selfAssess";
    public static final String TASK_NAME_PANEL = "userTask_namePanel";
    public static final String TASK_SCORE = "userTask_score";
    public static final String TASK_CONFIRM_GRADE = "userTask_confirmGrade";
    public static final String TASK_CHASE_REPORTS = "serviceTask_chaseReports";
    public static final String TIMER_REPORT_CHECK = "timer_reportCheck";
    public static final String TIMER_YEAR_END = "timer_yearEnd";
    public static final String END_WITHDRAWN = "endEvent_withdrawn";
    public static final String END_CONCLUDED = "endEvent_concluded";

    public static final String VAR_PROJECT_ID = "projectId";
    public static final String VAR_PROPOSER = "proposer";
    public static final String VAR_APPROVER = "approver";
    public static final String VAR_JUDGES = "judges";
    public static final String VAR_JUDGE = "judge";
    public static final String VAR_REPORT_CHECK_CYCLE = "reportCheckCycle";
    public static final String VAR_CONCLUDE_BY = "concludeBy";

    /** Decisions the forms submit. */
    public static final String VAR_APPROVED = "approved";

    public static final String VAR_COMMENT = "comment";
    public static final String VAR_WITHDRAWN = "withdrawn";
    public static final String VAR_CONCLUDE = "conclude";

    /** The proposal's fields (start and revise forms). */
    public static final String VAR_TITLE = "title";

    public static final String VAR_PROBLEM = "problem";
    public static final String VAR_BUSINESS_WORK = "businessWork";
    public static final String VAR_GOALS = "goals";
    public static final String VAR_MEASURES = "measures";
    public static final String VAR_EXPECTED_RESULTS = "expectedResults";
    /** Fixed form slots: milestone1Title, milestone1Due … and teamMember1 …; REST sends lists instead. */
    public static final int MILESTONE_SLOTS = 4;

    public static final int TEAM_SLOTS = 4;

    public static String milestoneTitle(int slot) {
        return "milestone" + slot + "Title";
    }

    public static String milestoneDue(int slot) {
        return "milestone" + slot + "Due";
    }

    public static String teamMember(int slot) {
        return "teamMember" + slot;
    }

    /** A progress report (report form). */
    public static final String VAR_MILESTONE = "milestone";

    public static final String VAR_PERCENT = "percent";
    public static final String VAR_PROGRESS = "progress";
    public static final String VAR_MILESTONE_DONE = "milestoneDone";
    /** The self-assessment (conclude form). */
    public static final String VAR_SELF_ASSESSMENT = "selfAssessment";
    /** The panel (judge1 … judge5). */
    public static final int JUDGE_SLOTS = 5;

    public static String judgeSlot(int slot) {
        return "judge" + slot;
    }

    /** One judge's scores (score form). */
    public static final String VAR_SCORE_TOPIC = "scoreTopic";

    public static final String VAR_SCORE_MEASURES = "scoreMeasures";
    public static final String VAR_SCORE_RESULTS = "scoreResults";
    public static final String VAR_SCORE_DEMONSTRATION = "scoreDemonstration";
    /** The office's grade (grade form): whether an 优秀 project becomes a 示范项目. */
    public static final String VAR_DEMONSTRATION = "demonstration";

    private ProjectProcess() {}

    /** The variables the process decides with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(VAR_PROJECT_ID, VAR_PROPOSER, VAR_APPROVER, VAR_JUDGES, VAR_JUDGE);
        }
    }
}
