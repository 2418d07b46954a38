package cn.qinglian.workflow.integritytalk;

import static cn.qinglian.workflow.integritytalk.TalkProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A talk's step completed: hands the form's fields to the service (which validates and records them), sets
 * the decision the process routes with, and removes the fields from the process in the same transaction —
 * content never stays in a process variable. One listener for all steps: each is one service call.
 */
@Component("integrityTalkStepListener")
class StepListener implements TaskListener {

    private final TalkService talks;

    StepListener(TalkService talks) {
        this.talks = talks;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            long id = TalkVariables.talkId(task);
            TaskStep step = TaskStep.of(task);
            DelegateExecution instance = task.getExecution().getProcessInstance();
            switch (task.getTaskDefinitionKey()) {
                case TASK_APPROVE -> {
                    TalkService.Decided decided = talks.decide(
                            id,
                            step,
                            ProcessVariables.filled(task, VAR_APPROVAL),
                            TalkVariables.chosen(task, VAR_TALKER_CHOSEN),
                            ProcessVariables.filled(task, VAR_COMMENT));
                    instance.setVariable(VAR_DECISION, decided.decision());
                    instance.setVariable(VAR_TALKER, decided.talkerId());
                    instance.setVariable(VAR_REPLY_DUE, decided.replyDue());
                }
                case TASK_REVISE -> {
                    boolean withdrawn = ProcessVariables.flag(task, VAR_WITHDRAWN);
                    String talker = talks.revise(
                            id,
                            step,
                            ProcessVariables.filled(task, VAR_REASON),
                            TalkVariables.chosen(task, VAR_TALKER_CHOSEN),
                            withdrawn);
                    instance.setVariable(VAR_RESUBMITTED, !withdrawn);
                    instance.setVariable(VAR_TALKER, talker);
                }
                case TASK_HOLD ->
                    talks.hold(
                            id,
                            step,
                            ProcessVariables.filled(task, VAR_TALK_DATE),
                            ProcessVariables.filled(task, VAR_PLACE),
                            TalkVariables.chosen(task, VAR_RECORDER),
                            ProcessVariables.text(task, VAR_RECORD));
                case TASK_CONFIRM ->
                    talks.confirm(
                            id,
                            step,
                            step.actorId(),
                            ProcessVariables.flag(task, VAR_CONFIRMED),
                            ProcessVariables.text(task, VAR_STATEMENT));
                case TASK_FILE ->
                    instance.setVariable(
                            VAR_FOLLOW_UP_AT,
                            talks.file(id, step, ProcessVariables.filled(task, VAR_ARCHIVE_NO))
                                    .orElse(null));
                case TASK_FOLLOW_UP ->
                    talks.followUp(
                            id,
                            step,
                            ProcessVariables.filled(task, VAR_FOLLOW_UP_RESULT),
                            ProcessVariables.text(task, VAR_FOLLOW_UP_NOTE));
                case TASK_REPLY -> talks.reply(id, step, ProcessVariables.text(task, VAR_REPLY));
                case TASK_ASSESS ->
                    talks.assess(
                            id,
                            step,
                            ProcessVariables.filled(task, VAR_ASSESSMENT),
                            ProcessVariables.text(task, VAR_ASSESSMENT_TEXT),
                            ProcessVariables.filled(task, VAR_NEXT_KIND));
                default -> throw new IllegalStateException("No handler for " + task.getTaskDefinitionKey());
            }
            task.getExecution().removeVariables(TalkVariables.formFields(task.getTaskDefinitionKey()));
        });
    }
}
