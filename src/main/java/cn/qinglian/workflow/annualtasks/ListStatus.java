package cn.qinglian.workflow.annualtasks;

/** The year's list: awaiting the secretary, returned for revision, being signed and carried out, closed. */
enum ListStatus {
    PENDING_APPROVAL,
    RETURNED,
    IN_PROGRESS,
    CLOSED
}
