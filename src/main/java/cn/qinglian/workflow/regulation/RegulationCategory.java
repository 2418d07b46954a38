package cn.qinglian.workflow.regulation;

/** What a regulation is about. */
public enum RegulationCategory implements Labelled {
    INTEGRITY("党风廉政"),
    FINANCE("财务管理"),
    CONSTRUCTION("工程建设"),
    PERSONNEL("选人用人"),
    GENERAL("综合");

    private final String label;

    RegulationCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
