package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The sign task's reminder (before its deadline) and escalation (after it). */
@Component("letterDeadlineDelegate")
class LetterDeadlineDelegate implements JavaDelegate {

    private final LetterService letters;

    LetterDeadlineDelegate(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        letters.deadline(
                ProcessVariables.id(execution, VAR_LETTER_ID),
                ProcessVariables.text(execution, VAR_SIGNER),
                TASK_ESCALATE.equals(execution.getCurrentActivityId()),
                TaskStep.of(execution));
    }
}
