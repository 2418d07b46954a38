package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.engine.ProcessOwnedVariables;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Ids and variables of processes/task-list-signoff.bpmn. */
public final class TaskListProcess {

    public static final String PROCESS_KEY = "taskListSignOff";
    public static final String BUSINESS_KEY_PREFIX = "task-list-";

    public static final String TASK_APPROVE = "userTask_approve";
    public static final String TASK_REVISE = "userTask_revise";
    public static final String UNITS = "subProcess_units";
    public static final String TASK_SIGN_OFF = "userTask_signOff";
    public static final String TIMER_SIGN_OFF_REMINDER = "timer_signOffReminder";
    /** The service task after the sign-off escalation timer: tells the responsible leader, not the head. */
    public static final String TASK_ESCALATE_SIGN_OFF = "serviceTask_escalateSignOff";

    public static final String TIMER_SIGN_OFF_ESCALATION = "timer_signOffEscalation";
    public static final String TASK_ADJUST = "userTask_adjust";
    public static final String TIMER_NEXT_REPORT = "timer_nextReport";
    public static final String TASK_REPORT = "userTask_report";
    public static final String TIMER_REPORT_CHECK = "timer_reportCheck";
    public static final String TASK_VERIFY = "userTask_verify";
    public static final String END_CLOSED = "endEvent_closed";

    public static final String VAR_LIST_ID = "listId";
    public static final String VAR_YEAR = "year";
    public static final String VAR_TITLE = "title";
    public static final String VAR_SECRETARY = "secretary";
    public static final String VAR_TASK_COUNT = "taskCount";
    public static final String VAR_LIST_SUMMARY = "listSummary";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_OPINION = "opinion";
    public static final String VAR_REVISION_NOTE = "revisionNote";
    public static final String VAR_LEAD_UNIT_IDS = "leadUnitIds";
    public static final String VAR_LEAD_UNIT_ID = "leadUnitId";
    public static final String VAR_UNIT_NAME = "unitName";
    public static final String VAR_UNIT_HEAD = "unitHead";
    public static final String VAR_UNIT_TASKS = "unitTasks";
    public static final String VAR_SIGN_OFF_DUE = "signOffDue";
    public static final String VAR_SIGN_OFF_REMINDER_AT = "signOffReminderAt";
    public static final String VAR_SIGNED = "signed";
    public static final String VAR_ADJUST_ITEMS = "adjustItems";
    public static final String VAR_ADJUST_REASON = "adjustReason";
    public static final String VAR_ADJUST_NOTE = "adjustNote";
    /** adjustNo1 … adjustNo3, adjustContent1 …, adjustDeadline1 …: the office's adjustment slots. */
    public static final String VAR_ADJUST_NO = "adjustNo";

    public static final String VAR_ADJUST_CONTENT = "adjustContent";
    public static final String VAR_ADJUST_DEADLINE = "adjustDeadline";
    public static final int ADJUST_SLOTS = 3;
    public static final String VAR_ITEM_IDS = "itemIds";
    public static final String VAR_ITEM_ID = "itemId";
    public static final String VAR_ITEM_TITLE = "itemTitle";
    public static final String VAR_REPORT_CYCLE = "reportCycle";
    public static final String VAR_REPORT_DUE = "reportDue";
    public static final String VAR_DUE_CHECK_CYCLE = "dueCheckCycle";
    public static final String VAR_PROGRESS = "progress";
    public static final String VAR_PERCENT = "percent";
    public static final String VAR_NOTE = "note";
    public static final String VAR_REPORTED_COMPLETE = "reportedComplete";
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_REASON = "reason";

    private TaskListProcess() {}

    /** The variables its processes decide with: no task form may set them (ProcessVariableGuard). */
    @Component
    static class OwnedVariables implements ProcessOwnedVariables {
        @Override
        public Set<String> names() {
            return Set.of(
                    VAR_UNIT_HEAD,
                    VAR_SECRETARY,
                    VAR_LIST_ID,
                    VAR_ITEM_ID,
                    VAR_LEAD_UNIT_ID,
                    VAR_LEAD_UNIT_IDS,
                    VAR_ITEM_IDS);
        }
    }
}
