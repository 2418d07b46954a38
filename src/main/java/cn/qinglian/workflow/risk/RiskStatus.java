package cn.qinglian.workflow.risk;

/** Where a risk point stands in its cycle. */
enum RiskStatus {
    SETTING_MEASURES("制定措施"),
    PENDING_APPROVAL("待审批"),
    IN_RECTIFICATION("整改中"),
    PENDING_VERIFICATION("待核查"),
    CONTROLLED("已管控"),
    UNDER_REVIEW("复核中"),
    RETIRED("已退出");

    private final String label;

    RiskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
