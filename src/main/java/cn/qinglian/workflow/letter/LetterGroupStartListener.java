package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A group of lower parties starts: its members, for the pairs' multi-instance. */
@Component("letterGroupStartListener")
class LetterGroupStartListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(
                VAR_LOWER_IDS,
                ProcessVariables.jsonList(LetterService.members(ProcessVariables.text(execution, VAR_LOWER_GROUP))));
    }
}
