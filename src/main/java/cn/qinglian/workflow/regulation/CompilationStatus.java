package cn.qinglian.workflow.regulation;

/** A compilation is drafted, then published and frozen. */
public enum CompilationStatus implements Labelled {
    DRAFT("草稿"),
    PUBLISHED("已发布");

    private final String label;

    CompilationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
