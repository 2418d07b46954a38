package cn.qinglian.workflow.sitebuilding;

/** A project Party organisation works until it is dissolved (撤销). */
public enum PartyOrgStatus implements Labelled {
    ACTIVE("在册"),
    DISSOLVED("已撤销");

    private final String label;

    PartyOrgStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
