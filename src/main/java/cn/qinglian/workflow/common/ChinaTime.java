package cn.qinglian.workflow.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.modulith.NamedInterface;

/** Dates as the commission reckons them (China time): "today", and a deadline day that ends at 23:59:59. */
@NamedInterface("base")
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The last second of the day: the moment a task due that day becomes overdue. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
