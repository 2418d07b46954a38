package cn.qinglian.workflow.notice;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.notice.*}: where links point, how the dispatcher works, and the defaults a person
 * has until they choose. Channel credentials are the channels' own, from the environment only.
 *
 * @param baseUrl            the address people open the app at, for links (e.g. https://qinglian.example.gov.cn)
 * @param dispatch           whether this node sends (true), or only writes the outbox (false: tests, a node kept quiet)
 * @param interval           how often the dispatcher looks for work besides being woken after each commit
 * @param batchSize          notices or deliveries claimed at once
 * @param senders            deliveries sent in parallel
 * @param lease              how long a claim holds before another node may take the work over
 * @param maxAttempts        tries before a delivery is given up as failed (visible, resendable)
 * @param firstRetry         the first back-off, doubled after each failure up to {@code maxRetry}
 * @param quietStart         default start of the quiet hours (China time), held not dropped
 * @param quietEnd           default end of the quiet hours
 * @param digestAt           when the daily digest goes out (China time)
 * @param announcedProcesses processes whose starter is told when they end (办结)
 */
@ConfigurationProperties("qinglian.notice")
record NoticeProperties(
        String baseUrl,
        Boolean dispatch,
        Duration interval,
        int batchSize,
        int senders,
        Duration lease,
        int maxAttempts,
        Duration firstRetry,
        Duration maxRetry,
        LocalTime quietStart,
        LocalTime quietEnd,
        LocalTime digestAt,
        List<String> announcedProcesses) {

    NoticeProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        dispatch = dispatch == null || dispatch;
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        senders = senders <= 0 ? 4 : senders;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        quietStart = quietStart == null ? LocalTime.of(22, 0) : quietStart;
        quietEnd = quietEnd == null ? LocalTime.of(7, 30) : quietEnd;
        digestAt = digestAt == null ? LocalTime.of(8, 30) : digestAt;
        announcedProcesses = announcedProcesses == null ? List.of() : List.copyOf(announcedProcesses);
    }

    /** The back-off after the given number of failed tries. */
    Duration retryAfter(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
