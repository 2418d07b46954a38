package cn.qinglian.workflow.sitebuilding;

import java.util.Arrays;
import java.util.Optional;

/** Where a 联建 agreement is in its signing (jointBuilding). */
public enum AgreementStatus implements Labelled {
    AGENCY_SIGNING("待机关方签署"),
    PROJECT_SIGNING("待项目党组织签署"),
    RETURNED("已退回"),
    SIGNED("已签订"),
    WITHDRAWN("已撤回");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Chinese label a spreadsheet or form carries, or the code. */
    static Optional<AgreementStatus> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
