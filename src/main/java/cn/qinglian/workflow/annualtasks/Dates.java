package cn.qinglian.workflow.annualtasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Dates as the commission reckons them (China time): a deadline day ends at 23:59:59. */
final class Dates {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Dates() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(CHINA).minusSeconds(1).toInstant());
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(CHINA).toInstant());
    }
}
