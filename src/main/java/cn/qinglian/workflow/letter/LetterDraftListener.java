package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 审定 (approve or return) and 修改 (the office's revision) of the draft. */
@Component("letterDraftListener")
class LetterDraftListener implements TaskListener {

    private final LetterService letters;

    LetterDraftListener(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskErrors.asBadRequest(() -> {
            long letterId = ProcessVariables.id(task, VAR_LETTER_ID);
            DelegateExecution execution = task.getExecution();
            if (TASK_APPROVE_DRAFT.equals(task.getTaskDefinitionKey())) {
                List<String> first = letters.decideDraft(
                        letterId,
                        TaskStep.of(task),
                        ProcessVariables.answer(task, VAR_APPROVED),
                        ProcessVariables.text(task, VAR_OPINION));
                execution.setVariable(VAR_LOWER_IDS, ProcessVariables.jsonList(first));
            } else {
                execution.setVariables(letters.reviseDraft(
                        letterId,
                        TaskStep.of(task),
                        ProcessVariables.text(task, VAR_TITLE),
                        ProcessVariables.text(task, VAR_ASPECTS),
                        ProcessVariables.text(task, VAR_LEADERSHIP_DUTIES),
                        ProcessVariables.text(task, VAR_HEAD_DUTIES),
                        ProcessVariables.text(task, VAR_CADRE_DUTIES),
                        ProcessVariables.text(task, VAR_REVISION_NOTE)));
                execution.setVariable(VAR_APPROVED, null);
            }
        });
    }
}
