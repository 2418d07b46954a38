package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Everyone has signed: the letter is complete. */
@Component("letterCompletedDelegate")
class LetterCompletedDelegate implements JavaDelegate {

    private final LetterService letters;

    LetterCompletedDelegate(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        letters.complete(ProcessVariables.id(execution, VAR_LETTER_ID), TaskStep.of(execution));
    }
}
