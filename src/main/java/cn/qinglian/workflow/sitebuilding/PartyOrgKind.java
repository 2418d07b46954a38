package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of Party organisation a project sets up. */
public enum PartyOrgKind implements Labelled {
    JOINT_COMMITTEE("项目联合党委"),
    BRANCH("项目党支部"),
    TEMPORARY_BRANCH("临时党支部");

    private final String label;

    PartyOrgKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<PartyOrgKind> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
