package cn.qinglian.workflow.selfreview;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code qinglian.self-review.*}: how often overdue measures are looked for (an ISO 8601 repeating interval). */
@ConfigurationProperties("qinglian.self-review")
record SelfReviewProperties(String dueCheckCycle) {

    public SelfReviewProperties {
        dueCheckCycle = dueCheckCycle == null ? "R/P1D" : dueCheckCycle;
    }
}
