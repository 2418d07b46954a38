package cn.qinglian.workflow.regulation;

/** Whether the owner of a 立改废 item has done it. */
public enum ReviewStatus implements Labelled {
    OPEN("办理中"),
    DONE("已完成");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
