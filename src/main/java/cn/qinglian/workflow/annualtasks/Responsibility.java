package cn.qinglian.workflow.annualtasks;

import java.util.Optional;

/** The "四责协同" responsibility a task falls under. */
enum Responsibility {
    PRINCIPAL("主体责任"),
    SUPERVISION("监督责任"),
    FIRST_PERSON("第一责任人责任"),
    DUAL("一岗双责");

    private final String label;

    Responsibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By name (PRINCIPAL) or by label (主体责任). */
    public static Optional<Responsibility> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Responsibility r : values()) {
            if (r.name().equalsIgnoreCase(value.trim()) || r.label.equals(value.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
