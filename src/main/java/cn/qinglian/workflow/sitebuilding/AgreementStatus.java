package cn.qinglian.workflow.sitebuilding;

/** Where a 联建 agreement is in its signing (jointBuilding). */
public enum AgreementStatus implements Labelled {
    AGENCY_SIGNING("待机关方签署"),
    PROJECT_SIGNING("待项目党组织签署"),
    RETURNED("已退回"),
    SIGNED("已签订"),
    WITHDRAWN("已撤回");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
