package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.integritytalk.TalkProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.org.OrgIds;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the forms of processes/integrity-talk.bpmn; every field is content or a decision. */
final class TalkVariables {

    private TalkVariables() {}

    static long talkId(VariableScope scope) {
        return ProcessVariables.id(scope, VAR_TALK_ID);
    }

    static List<String> planFields() {
        List<String> names = new ArrayList<>(List.of(VAR_KIND, VAR_REASON, VAR_PROPOSED_TALKER, VAR_REPLY_DAYS));
        for (int i = 1; i <= PERSON_SLOTS; i++) {
            names.add(personSlot(i));
        }
        return names;
    }

    /** The fields each user step's form submits. */
    static List<String> formFields(String stepId) {
        return switch (stepId) {
            case TASK_APPROVE -> List.of(VAR_APPROVAL, VAR_TALKER_CHOSEN, VAR_COMMENT);
            case TASK_REVISE -> List.of(VAR_REASON, VAR_TALKER_CHOSEN, VAR_WITHDRAWN);
            case TASK_HOLD -> List.of(VAR_TALK_DATE, VAR_PLACE, VAR_RECORDER, VAR_RECORD);
            case TASK_CONFIRM -> List.of(VAR_CONFIRMED, VAR_STATEMENT);
            case TASK_FILE -> List.of(VAR_ARCHIVE_NO);
            case TASK_FOLLOW_UP -> List.of(VAR_FOLLOW_UP_RESULT, VAR_FOLLOW_UP_NOTE);
            case TASK_REPLY -> List.of(VAR_REPLY);
            case TASK_ASSESS -> List.of(VAR_ASSESSMENT, VAR_ASSESSMENT_TEXT, VAR_NEXT_KIND);
            default -> List.of();
        };
    }

    /** Every field of every form: none of them reaches engine history (TalkFormCopies). */
    static List<String> allFormFields() {
        List<String> names = new ArrayList<>(planFields());
        for (String step : List.of(
                TASK_APPROVE,
                TASK_REVISE,
                TASK_HOLD,
                TASK_CONFIRM,
                TASK_FILE,
                TASK_FOLLOW_UP,
                TASK_REPLY,
                TASK_ASSESS)) {
            names.addAll(formFields(step));
        }
        return names;
    }

    static TalkPlan plan(VariableScope scope) {
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= PERSON_SLOTS; i++) {
            String person = OrgIds.chosen(ProcessVariables.filled(scope, personSlot(i)));
            if (person != null) {
                people.add(person);
            }
        }
        return new TalkPlan(
                ProcessVariables.filled(scope, VAR_KIND),
                people,
                ProcessVariables.filled(scope, VAR_REASON),
                OrgIds.chosen(ProcessVariables.filled(scope, VAR_PROPOSED_TALKER)),
                ProcessVariables.integer(scope, VAR_REPLY_DAYS));
    }

    static String chosen(VariableScope scope, String field) {
        return OrgIds.chosen(ProcessVariables.filled(scope, field));
    }
}
