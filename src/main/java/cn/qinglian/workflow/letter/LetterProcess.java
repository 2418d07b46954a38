package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of processes/responsibility-letter.bpmn (the year's letter, each group of lower parties, each signing pair). */
public final class LetterProcess {

    public static final String PROCESS_KEY = "responsibilityLetter";
    public static final String PAIR_KEY = "letterSigning";
    /**
     * A group of a signer's lower parties, each signing with them (processes/responsibility-letter.bpmn).
     * A unit head has ≈ 190 lower parties at 6,000 people: as one multi-instance of the head's pair, every
     * pair's end reloaded all of them (Camunda prefetches an instance's whole execution tree per command).
     */
    public static final String GROUP_KEY = "letterSigningGroup";

    public static final String BUSINESS_KEY_PREFIX = "letter-";

    public static final String TASK_APPROVE_DRAFT = "userTask_approveDraft";
    public static final String TASK_REVISE_DRAFT = "userTask_reviseDraft";
    public static final String END_ALL_SIGNED = "endEvent_allSigned";
    /** A signing pair's start: where a late signer's pair (补签) begins. */
    public static final String START_PAIR = "startEvent_pair";

    public static final String TASK_PREPARE = "userTask_prepare";
    public static final String TASK_SIGN = "userTask_sign";
    public static final String TIMER_SIGN_REMINDER = "timer_signReminder";
    public static final String TIMER_SIGN_ESCALATION = "timer_signEscalation";
    public static final String TASK_ESCALATE = "serviceTask_escalate";
    public static final String MESSAGE_CANCELLED = "letterPairCancelled";
    public static final String END_CANCELLED = "endEvent_cancelled";

    public static final String VAR_LETTER_ID = "letterId";
    public static final String VAR_SECRETARY = "secretary";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_OPINION = "opinion";
    public static final String VAR_TITLE = "title";
    /** Who started the process from Tasklist's start form (camunda:initiator). */
    public static final String VAR_INITIATOR = "initiator";
    /** The start form's year (letter-start.form). */
    public static final String VAR_YEAR = "year";

    public static final String VAR_ASPECTS = "aspects";
    /** The aspects as a numbered Markdown list, for display. */
    public static final String VAR_ASPECT_LIST = "aspectList";

    public static final String VAR_LEADERSHIP_DUTIES = "leadershipDuties";
    public static final String VAR_HEAD_DUTIES = "headDuties";
    public static final String VAR_CADRE_DUTIES = "cadreDuties";
    public static final String VAR_REVISION_NOTE = "revisionNote";
    public static final String VAR_LOWER_IDS = "lowerIds";
    public static final String VAR_HAS_LOWERS = "hasLowers";
    /** The signer's lower parties in groups, each a comma-separated list of person ids. */
    public static final String VAR_LOWER_GROUPS = "lowerGroups";

    public static final String VAR_LOWER_GROUP = "lowerGroup";
    public static final String VAR_SIGNER_ID = "signerId";
    public static final String VAR_SIGNER = "signer";
    public static final String VAR_SIGNER_NAME = "signerName";
    public static final String VAR_COUNTERPART = "counterpart";
    public static final String VAR_COUNTERPART_NAME = "counterpartName";
    public static final String VAR_LEVEL_DUTIES = "levelDuties";
    public static final String VAR_PERSONAL_DUTIES = "personalDuties";
    public static final String VAR_SIGNED = "signed";
    public static final String VAR_RETURN_REASON = "returnReason";
    public static final String VAR_SIGN_DUE = "signDue";
    public static final String VAR_SIGN_REMINDER_AT = "signReminderAt";

    private LetterProcess() {}

    /** The variables its processes decide with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(
                    VAR_SECRETARY,
                    VAR_SIGNER,
                    VAR_COUNTERPART,
                    VAR_LETTER_ID,
                    VAR_SIGNER_ID,
                    VAR_LOWER_IDS,
                    VAR_LOWER_GROUPS,
                    VAR_LOWER_GROUP);
        }
    }
}
