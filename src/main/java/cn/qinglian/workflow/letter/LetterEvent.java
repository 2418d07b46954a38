package cn.qinglian.workflow.letter;

/**
 * What happened to a letter or one signing, as letter_event keeps it (stored by name). Not shown to anyone
 * yet; the audit trail, with LetterOutcome's words, is what the 审批记录 shows.
 */
enum LetterEvent {
    APPROVED,
    RETURNED,
    REVISED,
    SENT,
    DUTIES_REVISED,
    SIGNATURE_RETURNED,
    SIGNED,
    REMINDED,
    ESCALATED,
    URGED,
    CANCELLED,
    LATE_SIGNING;
}
