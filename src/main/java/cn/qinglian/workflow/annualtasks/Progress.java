package cn.qinglian.workflow.annualtasks;

import java.util.Optional;

/** A progress report's status. */
public enum Progress {
    ON_TRACK("按计划推进"),
    DELAYED("进度滞后"),
    COMPLETED("已完成");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<Progress> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Progress p : values()) {
            if (p.name().equalsIgnoreCase(value.trim()) || p.label.equals(value.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
