package cn.qinglian.workflow.monitoring;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.Filter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Looks for alerts on one thread of its own, every {@code alert-check} from the moment the app is ready.
 * Every node does: an alert is claimed in the database, so two nodes send it once. Also the scrape's
 * hook: {@code /actuator/prometheus} (after Spring Security has let an administrator through) first
 * brings the figures up to date if they are stale.
 */
@Configuration
class MonitoringSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonitoringSchedule.class);

    private final MonitoringProperties properties;
    private final MonitoringMetrics metrics;
    private final Alerts alerts;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "monitoring");
        t.setDaemon(true);
        return t;
    });

    MonitoringSchedule(MonitoringProperties properties, MonitoringMetrics metrics, Alerts alerts) {
        this.properties = properties;
        this.metrics = metrics;
        this.alerts = alerts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.scheduled()) {
            return;
        }
        long alertCheck = properties.alertCheck().toMillis();
        thread.scheduleWithFixedDelay(
                () -> quietly("alerts", alerts::check), alertCheck, alertCheck, TimeUnit.MILLISECONDS);
    }

    /** A failed round (the database away for a moment) is logged; the next one runs as planned. */
    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Monitoring {} not updated: {}", what, e.toString());
        }
    }

    @Bean
    FilterRegistrationBean<Filter> prometheusRefresh() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            quietly("figures", metrics::refreshIfStale);
            chain.doFilter(request, response);
        });
        registration.setName("PrometheusRefresh");
        registration.addUrlPatterns("/actuator/prometheus");
        return registration;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
