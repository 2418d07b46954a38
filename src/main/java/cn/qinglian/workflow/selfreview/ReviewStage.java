package cn.qinglian.workflow.selfreview;

import java.util.Optional;

/** Where a member's review stands. The first three are the member's own; a return goes back to one of them. */
enum ReviewStage {
    CHECK("查"),
    CORRECT("改"),
    ANALYSE("剖"),
    BRANCH_REVIEW("支部书记审核"),
    SPOT_CHECK("纪检委员抽查"),
    RECTIFY("整改销号"),
    DONE("完成");

    private final String label;

    ReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isMembers() {
        return this == CHECK || this == CORRECT || this == ANALYSE;
    }

    /** A stage a review may be returned to, by name (CHECK) or label (查). */
    static Optional<ReviewStage> returnTarget(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReviewStage stage : values()) {
            if (stage.isMembers()
                    && (stage.name().equalsIgnoreCase(value.trim()) || stage.label.equals(value.trim()))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
