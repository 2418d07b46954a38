package cn.qinglian.workflow.common.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A 退回 (or a 核验/核查 that sends the work back) recorded in the running transaction: the step that
 * sent it back and why. The task the return creates, in the same transaction, shows it to the person
 * who must redo the work.
 */
public record SentBack(String stepName, String opinion) {

    private static final Object KEY = SentBack.class;
    private static final Pattern TARGET = Pattern.compile("^退回至“[^”]*”：");

    /** What the returned task's form shows: "支部书记审核：请补充剖析。" */
    public String notice() {
        // A 退回 from the 审批记录 tab records "退回至“剖”：reason"; the returned step needs only the reason.
        String why = opinion == null || opinion.isBlank()
                ? "（未填写理由）"
                : TARGET.matcher(opinion.strip()).replaceFirst("");
        return stepName == null || stepName.isBlank() ? why : stepName + "：" + why;
    }

    /** An entry whose outcome sends work back ({@link AuditOutcome#sendsBack}). */
    static void remember(AuditEntry entry) {
        if (entry.processInstanceId() == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        inThisTransaction(true).put(entry.processInstanceId(), new SentBack(entry.stepName(), entry.opinion()));
    }

    static Optional<SentBack> take(String processInstanceId) {
        Map<String, SentBack> returns = inThisTransaction(false);
        return returns == null ? Optional.empty() : Optional.ofNullable(returns.remove(processInstanceId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, SentBack> inThisTransaction(boolean create) {
        Map<String, SentBack> returns = (Map<String, SentBack>) TransactionSynchronizationManager.getResource(KEY);
        if (returns == null && create) {
            Map<String, SentBack> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            return fresh;
        }
        return returns;
    }
}
