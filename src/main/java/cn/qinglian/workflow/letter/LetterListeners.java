package cn.qinglian.workflow.letter;

import static cn.qinglian.workflow.letter.LetterProcess.*;

import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.engine.TaskErrors;
import cn.qinglian.workflow.common.error.ApiException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The handlers of processes/responsibility-letter.bpmn; each reads the form and calls {@link LetterService}. */
@Configuration
class LetterListeners {

    /**
     * Started from Tasklist's start form (年度 and an optional title): the draft is recorded here, in the
     * start's transaction, and the instance takes the letter's business key. A start from
     * {@code POST /api/letters} arrives with the letter already recorded; a direct start cannot carry
     * {@code letterId} (DirectStartGuard allows only the start form's fields there).
     */
    @Bean
    ExecutionListener letterStartFormListener(LetterService letters) {
        return execution -> {
            if (execution.getVariable(VAR_LETTER_ID) != null) {
                return;
            }
            TaskErrors.asBadRequest(() -> {
                Integer year = ProcessVariables.integer(execution, LetterProcess.VAR_YEAR);
                if (year == null || year < 2000 || year > 2100) {
                    throw ApiException.invalidField(LetterProcess.VAR_YEAR, "请填写年度（如 2026）");
                }
                String initiator = ProcessVariables.text(execution, "initiator");
                LetterService.Drafted drafted = letters.draft(
                        new LetterRequest(year, ProcessVariables.filled(execution, VAR_TITLE), null, null, null, null),
                        initiator,
                        false);
                execution.setVariables(drafted.variables());
                execution.setProcessBusinessKey(drafted.letter().businessKey());
                letters.recordStart(drafted, initiator, execution.getProcessInstanceId());
            });
        };
    }

    /** 审定 (approve or return) and 修改 (the office's revision) of the draft. */
    @Bean
    TaskListener letterDraftListener(LetterService letters) {
        return task -> TaskErrors.asBadRequest(() -> {
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

    @Bean
    JavaDelegate letterCompletedDelegate(LetterService letters) {
        return execution -> letters.complete(ProcessVariables.id(execution, VAR_LETTER_ID), TaskStep.of(execution));
    }

    /** The sign task's reminder (before its deadline) and escalation (after it). */
    @Bean
    JavaDelegate letterDeadlineDelegate(LetterService letters) {
        return execution -> letters.deadline(
                ProcessVariables.id(execution, VAR_LETTER_ID),
                ProcessVariables.text(execution, VAR_SIGNER),
                TASK_ESCALATE.equals(execution.getCurrentActivityId()),
                TaskStep.of(execution));
    }

    /** A signing pair starts: the signature row, the two parties, the text to sign. */
    @Bean
    ExecutionListener letterPairStartListener(LetterService letters) {
        return execution -> execution.setVariables(letters.startPair(
                ProcessVariables.id(execution, VAR_LETTER_ID),
                ProcessVariables.text(execution, VAR_SIGNER_ID),
                execution.getProcessInstanceId()));
    }

    /** 拟定个性化责任条款 by the upper party, and 签订责任书 (or 退回) by the lower one. */
    @Bean
    TaskListener letterPairListener(LetterService letters) {
        return task -> TaskErrors.asBadRequest(() -> {
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

    /** A group of lower parties starts: its members, for the pairs' multi-instance. */
    @Bean
    ExecutionListener letterGroupStartListener() {
        return execution -> execution.setVariable(
                VAR_LOWER_IDS,
                ProcessVariables.jsonList(LetterService.members(ProcessVariables.text(execution, VAR_LOWER_GROUP))));
    }
}
