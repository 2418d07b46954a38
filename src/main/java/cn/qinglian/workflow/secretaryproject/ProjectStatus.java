package cn.qinglian.workflow.secretaryproject;

/** Where a secretary-led project stands. */
public enum ProjectStatus {
    REVIEWING("审核中"),
    RETURNED("退回修改"),
    IN_PROGRESS("推进中"),
    CONCLUDING("结题评审"),
    CONCLUDED("已结题"),
    WITHDRAWN("已撤回");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
