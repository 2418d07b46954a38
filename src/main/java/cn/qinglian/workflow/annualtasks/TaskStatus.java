package cn.qinglian.workflow.annualtasks;

/** Where one task of the list stands. */
enum TaskStatus {
    /** Drafted, waiting for approval and sign-off. */
    PENDING,
    SIGNED,
    IN_PROGRESS,
    /** Reported complete, waiting for verification. */
    REPORTED_COMPLETE,
    CLOSED
}
