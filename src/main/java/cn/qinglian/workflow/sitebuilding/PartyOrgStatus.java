package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** A project Party organisation works until it is dissolved (撤销). */
public enum PartyOrgStatus implements Labelled {
    ACTIVE("在册"),
    DISSOLVED("已撤销");

    private final String label;

    PartyOrgStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<PartyOrgStatus> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
