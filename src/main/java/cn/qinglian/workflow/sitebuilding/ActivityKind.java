package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** What a joint activity under a 联建 agreement was. */
public enum ActivityKind implements Labelled {
    JOINT_STUDY("联学"),
    JOINT_BUILDING("联建"),
    JOINT_ACTION("联做"),
    VOLUNTEER("志愿服务"),
    THEME_DAY("主题党日"),
    OTHER("其他");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<ActivityKind> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
