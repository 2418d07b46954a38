package cn.qinglian.workflow.regulation;

/** Whether a regulation is in force; a revised or repealed one names what replaced it. */
public enum RegulationStatus implements Labelled {
    IN_FORCE("现行"),
    REVISED("已修订"),
    REPEALED("已废止");

    private final String label;

    RegulationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
