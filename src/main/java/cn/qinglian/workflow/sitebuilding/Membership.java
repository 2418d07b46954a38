package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** Full (正式) or probationary (预备) Party membership; only full members count for the temporary branch rule. */
public enum Membership implements Labelled {
    FULL("正式党员"),
    PROBATIONARY("预备党员");

    private final String label;

    Membership(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<Membership> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
