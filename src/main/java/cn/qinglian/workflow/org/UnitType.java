package cn.qinglian.workflow.org;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of unit in the commission's Party organisation. */
public enum UnitType {
    PARTY_GROUP("党组"),
    AGENCY_BRANCH("机关支部"),
    DEPARTMENT("处室"),
    AFFILIATED_UNIT("直属单位"),
    NEW_ORGANISATION("两新组织"),
    ASSOCIATION("协会"),
    PROJECT_PARTY_ORG("项目党组织");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Chinese label a spreadsheet carries or the code. */
    public static Optional<UnitType> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(type -> type.label.equals(t) || type.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
