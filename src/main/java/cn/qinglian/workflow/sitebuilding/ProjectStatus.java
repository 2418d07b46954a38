package cn.qinglian.workflow.sitebuilding;

/** Whether a project is being built or completed (竣工). */
public enum ProjectStatus implements Labelled {
    UNDER_CONSTRUCTION("在建"),
    COMPLETED("已竣工");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
