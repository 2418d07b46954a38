package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A signing pair starts: the signature row, the two parties, the text to sign. */
@Component("letterPairStartListener")
class LetterPairStartListener implements ExecutionListener {

    private final LetterService letters;

    LetterPairStartListener(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariables(letters.startPair(
                ProcessVariables.id(execution, VAR_LETTER_ID),
                ProcessVariables.text(execution, VAR_SIGNER_ID),
                execution.getProcessInstanceId()));
    }
}
