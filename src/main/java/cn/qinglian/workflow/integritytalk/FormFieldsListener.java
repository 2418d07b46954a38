package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.integritytalk.TalkProcess.*;

import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Sets a new task's form fields on the task's own execution before anyone opens it — empty, so a second
 * approval does not open with the first one's answer and people confirming at once each write their own
 * instance's fields; the approver's and the planner's talker field holds the talker as it stands. On the
 * execution, not the task: Tasklist's submit and {@code /engine-rest}'s complete both write there. The
 * step's complete listener removes them again, in the same transaction.
 */
@Component("integrityTalkFormFields")
class FormFieldsListener implements TaskListener {

    private final TalkQueries ledger;
    private final OrgService org;

    FormFieldsListener(TalkQueries ledger, OrgService org) {
        this.ledger = ledger;
        this.org = org;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> fields = new HashMap<>();
        TalkVariables.formFields(task.getTaskDefinitionKey()).forEach(name -> fields.put(name, null));
        String step = task.getTaskDefinitionKey();
        if (TASK_APPROVE.equals(step) || TASK_REVISE.equals(step)) {
            String talker = ledger.talk(TalkVariables.talkId(task)).talkerId();
            fields.put(
                    VAR_TALKER_CHOSEN,
                    org.organisation().person(talker).map(Person::name).orElse(talker) + "（" + talker + "）");
        }
        if (TASK_REVISE.equals(step)) {
            fields.put(VAR_WITHDRAWN, false);
        }
        task.getExecution().setVariablesLocal(fields);
    }
}
