package cn.qinglian.workflow.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.monitoring.*}: how old the business figures may be (they are counted every
 * {@code refresh}, not per scrape), how often alerts are looked for, and whether this node does both on
 * its own schedule (tests call them).
 */
@ConfigurationProperties("qinglian.monitoring")
record MonitoringProperties(Duration refresh, Duration alertCheck, Boolean scheduled) {

    MonitoringProperties {
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
        alertCheck = alertCheck == null ? Duration.ofMinutes(5) : alertCheck;
        scheduled = scheduled == null || scheduled;
    }
}
