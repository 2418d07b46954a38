package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** Whether a project is being built or completed (竣工). */
public enum ProjectStatus implements Labelled {
    UNDER_CONSTRUCTION("在建"),
    COMPLETED("已竣工");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<ProjectStatus> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
