package cn.qinglian.workflow.regulation;

/** What the yearly 立改废 review decides for a regulation. */
public enum ReviewAction implements Labelled {
    KEEP("保留"),
    REVISE("修订"),
    REPEAL("废止");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
