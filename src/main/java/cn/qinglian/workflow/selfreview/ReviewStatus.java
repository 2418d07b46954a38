package cn.qinglian.workflow.selfreview;

/** A review's status: being written, waiting for the branch secretary, returned, approved, completed, or cut off. */
public enum ReviewStatus {
    IN_PROGRESS, SUBMITTED, RETURNED, APPROVED, COMPLETED, CANCELLED
}
