package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 拟定个性化责任条款 by the upper party, and 签订责任书 (or 退回) by the lower one. */
@Component("letterPairListener")
class LetterPairListener implements TaskListener {

    private final LetterService letters;

    LetterPairListener(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            long letterId = ProcessVariables.id(task, VAR_LETTER_ID);
            String signer = ProcessVariables.text(task, VAR_SIGNER);
            if (TASK_PREPARE.equals(task.getTaskDefinitionKey())) {
                letters.prepare(letterId, signer, TaskStep.of(task), ProcessVariables.text(task, VAR_PERSONAL_DUTIES));
                task.getExecution().setVariable(VAR_SIGNED, null);
                return;
            }
            List<String> lowers = letters.sign(
                    letterId,
                    signer,
                    TaskStep.of(task),
                    ProcessVariables.answer(task, VAR_SIGNED),
                    ProcessVariables.text(task, VAR_OPINION),
                    ProcessVariables.text(task, VAR_RETURN_REASON));
            task.getExecution().setVariable(VAR_LOWER_GROUPS, ProcessVariables.jsonList(letters.groups(lowers)));
            task.getExecution().setVariable(VAR_HAS_LOWERS, !lowers.isEmpty());
        });
    }
}
