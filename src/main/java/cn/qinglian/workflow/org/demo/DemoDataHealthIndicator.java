package cn.qinglian.workflow.org.demo;

import cn.qinglian.workflow.org.OrgService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health "demoData", part of readiness: where the demo is on ({@code qinglian.demo.enabled}), out of
 * service until every demo loader has run — the organisation first, then the demo 制度汇编 and 项目党建 of
 * other modules, all application runners, which Spring Boot runs after Tomcat already answers and before
 * the application is ready — and down if the demo organisation is still not there. A client that waits
 * for readiness (bench/run.sh, e2e) never sees an empty organisation. Without the demo, always up.
 */
@Component
class DemoDataHealthIndicator implements HealthIndicator {

    private final DemoProperties properties;
    private final OrgService org;
    private volatile boolean loadersDone;
    private volatile boolean organisationSeen;

    DemoDataHealthIndicator(DemoProperties properties, OrgService org) {
        this.properties = properties;
        this.org = org;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadersDone() {
        loadersDone = true;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("demo", "off").build();
        }
        if (!loadersDone) {
            return Health.outOfService().withDetail("demo", "loading").build();
        }
        // Asked once it is there: a probe every few seconds costs no query after that.
        organisationSeen = organisationSeen || !org.isEmpty();
        return organisationSeen
                ? Health.up().withDetail("demo", "loaded").build()
                : Health.down().withDetail("demo", "no demo organisation").build();
    }
}
