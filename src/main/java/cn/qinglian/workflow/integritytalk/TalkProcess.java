package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of processes/integrity-talk.bpmn. */
public final class TalkProcess {

    public static final String PROCESS_KEY = "integrityTalk";
    public static final String BUSINESS_KEY_PREFIX = "talk-";

    public static final String START_PLANNED = "startEvent_planned";
    public static final String TASK_APPROVE = "userTask_approve";
    public static final String TASK_REVISE = "userTask_revisePlan";
    public static final String TASK_HOLD = "userTask_hold";
    public static final String TASK_CONFIRM = "userTask_confirm";
    public static final String TASK_FILE = "userTask_file";
    public static final String TASK_FOLLOW_UP = "userTask_followUp";
    public static final String TASK_REPLY = "userTask_reply";
    public static final String TASK_ASSESS = "userTask_assess";
    public static final String TIMER_REPLY_DUE = "timer_replyDue";
    public static final String TIMER_FOLLOW_UP = "timer_followUp";
    public static final String TASK_REPLY_LATE = "serviceTask_replyLate";
    public static final String END_REJECTED = "endEvent_rejected";
    public static final String END_WITHDRAWN = "endEvent_withdrawn";
    public static final String END_FILED = "endEvent_filed";
    public static final String END_FOLLOWED_UP = "endEvent_followedUp";
    public static final String END_ASSESSED = "endEvent_assessed";
    public static final String END_LATE_TOLD = "endEvent_lateTold";

    /** Ids, people and decisions the process routes with (set by its listeners, never by a form). */
    public static final String VAR_TALK_ID = "talkId";

    public static final String VAR_PLANNER = "planner";
    public static final String VAR_APPROVER = "approver";
    public static final String VAR_TALKER = "talker";
    public static final String VAR_PERSONS = "persons";
    public static final String VAR_PERSON = "person";
    public static final String VAR_DECISION = "talkDecision";
    public static final String VAR_RESUBMITTED = "resubmitted";
    public static final String VAR_INQUIRY = "inquiry";
    public static final String VAR_ADMONISHMENT = "admonishment";
    public static final String VAR_REPLY_DUE = "replyDue";
    public static final String VAR_FOLLOW_UP_AT = "followUpAt";

    /** {@link #VAR_DECISION}'s values. */
    public static final String APPROVE = "approve";

    public static final String RETURN = "return";
    public static final String REJECT = "reject";

    /** The plan (start form; REST sends a list of people instead of slots). */
    public static final String VAR_KIND = "talkKind";

    public static final String VAR_REASON = "reason";
    public static final String VAR_PROPOSED_TALKER = "proposedTalker";
    public static final String VAR_REPLY_DAYS = "replyDays";
    public static final int PERSON_SLOTS = 8;

    public static String personSlot(int slot) {
        return "person" + slot;
    }

    /** 审批 (and 修改计划: withdrawn). */
    public static final String VAR_APPROVAL = "approval";

    public static final String VAR_TALKER_CHOSEN = "talkerChosen";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_WITHDRAWN = "withdrawn";
    /** 谈话 (hold and record). */
    public static final String VAR_TALK_DATE = "talkDate";

    public static final String VAR_PLACE = "place";
    public static final String VAR_RECORDER = "recorder";
    public static final String VAR_RECORD = "record";
    /** 确认谈话记录. */
    public static final String VAR_CONFIRMED = "confirmed";

    public static final String VAR_STATEMENT = "statement";
    /** 归档. */
    public static final String VAR_ARCHIVE_NO = "archiveNo";
    /** 回访复查. */
    public static final String VAR_FOLLOW_UP_RESULT = "followUpResult";

    public static final String VAR_FOLLOW_UP_NOTE = "followUpNote";
    /** 函询回复 and 核实. */
    public static final String VAR_REPLY = "reply";

    public static final String VAR_ASSESSMENT = "assessment";
    public static final String VAR_ASSESSMENT_TEXT = "assessmentText";
    public static final String VAR_NEXT_KIND = "nextKind";

    private TalkProcess() {}

    /** The variables the process decides with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(
                    VAR_TALK_ID,
                    VAR_PLANNER,
                    VAR_APPROVER,
                    VAR_TALKER,
                    VAR_PERSONS,
                    VAR_PERSON,
                    VAR_DECISION,
                    VAR_RESUBMITTED,
                    VAR_INQUIRY,
                    VAR_ADMONISHMENT,
                    VAR_REPLY_DUE,
                    VAR_FOLLOW_UP_AT);
        }
    }
}
