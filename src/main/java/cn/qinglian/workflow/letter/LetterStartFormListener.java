package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import cn.qinglian.workflow.common.error.ApiException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Started from Tasklist's start form (年度 and an optional title): the draft is recorded here, in the
 * start's transaction, and the instance takes the letter's business key. A start from
 * {@code POST /api/letters} arrives with the letter already recorded; a direct start cannot carry
 * {@code letterId} (DirectStartGuard allows only the start form's fields there).
 */
@Component("letterStartFormListener")
class LetterStartFormListener implements ExecutionListener {

    private final LetterService letters;

    LetterStartFormListener(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(VAR_LETTER_ID) != null) {
            return;
        }
        TaskErrors.asBadRequest(() -> {
            Integer year = ProcessVariables.integer(execution, VAR_YEAR);
            if (year == null || year < 2000 || year > 2100) {
                throw ApiException.invalidField(VAR_YEAR, "请填写年度（如 2026）");
            }
            String initiator = ProcessVariables.text(execution, VAR_INITIATOR);
            LetterService.Drafted drafted = letters.draft(
                    new LetterRequest(year, ProcessVariables.filled(execution, VAR_TITLE), null, null, null, null),
                    initiator,
                    false);
            execution.setVariables(drafted.variables());
            execution.setProcessBusinessKey(drafted.letter().businessKey());
            letters.recordStart(drafted, initiator, execution.getProcessInstanceId());
        });
    }
}
