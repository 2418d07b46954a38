package cn.qinglian.workflow.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Optional;

/** Where a risk comes from. */
enum RiskCategory {
    POST_DUTY("岗位职责"),
    BUSINESS_PROCESS("业务流程"),
    INSTITUTION("制度机制"),
    EXTERNAL("外部环境");

    private final String label;

    RiskCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** JSON accepts the code or the Chinese label. */
    @JsonCreator
    static RiskCategory fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("未知的风险类别：" + text));
    }

    public static Optional<RiskCategory> parse(String text) {
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(text) || c.label.equals(text))
                .findFirst();
    }
}
