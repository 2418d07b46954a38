package cn.qinglian.workflow.regulation;

/** Who issued a regulation, from the state down to the commission itself. */
public enum RegulationLevel implements Labelled {
    NATIONAL("国家"),
    PROVINCIAL("省"),
    MUNICIPAL("市"),
    INTERNAL("委内");

    private final String label;

    RegulationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
