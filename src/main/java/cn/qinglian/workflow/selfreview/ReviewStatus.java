package cn.qinglian.workflow.selfreview;

/** A review's status: being written, waiting for the branch secretary, returned, approved, completed, or cut off. */
enum ReviewStatus {
    IN_PROGRESS("进行中"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    APPROVED("已通过"),
    COMPLETED("已完成"),
    CANCELLED("已取消");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
