package cn.qinglian.workflow.integritytalk;

/** Where a talk stands: what the Party office sees of it, besides its kind, unit and dates. */
public enum TalkStatus {
    PLANNED("待审批"),
    RETURNED("退回修改"),
    REJECTED("不予谈话"),
    WITHDRAWN("已撤回"),
    APPROVED("待谈话"),
    HELD("待确认"),
    CONFIRMED("待归档"),
    FILED("已归档"),
    AWAITING_FOLLOW_UP("待回访"),
    FOLLOWED_UP("已回访"),
    INQUIRING("待回复"),
    REPLIED("待核实"),
    ASSESSED("已核实");

    private final String label;

    TalkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the talk has ended (its people may then be planned for again). */
    boolean ended() {
        return this == REJECTED || this == WITHDRAWN || this == FILED || this == FOLLOWED_UP || this == ASSESSED;
    }

    /** Whether every person has confirmed the record (the talk was held and confirmed). */
    boolean confirmed() {
        return this == CONFIRMED || this == FILED || this == AWAITING_FOLLOW_UP || this == FOLLOWED_UP;
    }
}
