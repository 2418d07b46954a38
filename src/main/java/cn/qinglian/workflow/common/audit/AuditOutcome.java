package cn.qinglian.workflow.common.audit;

/**
 * A kind of outcome written to the audit trail, with the Chinese word the 审批记录, the exports and the
 * reports show for it. Each feature declares its own as an enum ({@link StepOutcome} holds the words all
 * processes share) and registers them with an {@link AuditVocabulary.Words} bean; the trail stores the
 * code, optionally followed by ":" and a detail ({@code returned:CHECK}, {@code escalated:leader1}).
 */
public interface AuditOutcome {

    String code();

    String label();

    /** Whether it sends work back to an earlier step (the task it creates then says why: SentBack). */
    default boolean sendsBack() {
        return false;
    }
}
