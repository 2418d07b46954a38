package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of construction project the commission serves. */
public enum ProjectType implements Labelled {
    HOUSING("房建"),
    MUNICIPAL("市政"),
    TRANSPORT("交通"),
    WATER("水利"),
    OTHER("其他");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<ProjectType> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
