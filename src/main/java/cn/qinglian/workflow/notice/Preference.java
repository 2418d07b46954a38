package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * How a person wants to be told: over which channels (besides 站内, always on), the quiet hours in
 * China time (held, not dropped) and whether to get one daily digest instead of one message per item.
 */
public record Preference(List<String> channels, LocalTime quietStart, LocalTime quietEnd, boolean digest) {

    public Preference {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** Quiet hours are off when they start and end at the same time. */
    boolean quietAt(Instant moment) {
        if (quietStart == null || quietEnd == null || quietStart.equals(quietEnd)) {
            return false;
        }
        LocalTime time = moment.atZone(ChinaTime.ZONE).toLocalTime();
        return quietStart.isBefore(quietEnd)
                ? !time.isBefore(quietStart) && time.isBefore(quietEnd)
                : !time.isBefore(quietStart) || time.isBefore(quietEnd);
    }

    /** When the quiet hours that hold {@code moment} end. */
    Instant quietEndAfter(Instant moment) {
        ZonedDateTime now = moment.atZone(ChinaTime.ZONE);
        ZonedDateTime end = now.toLocalDate().atTime(quietEnd).atZone(ChinaTime.ZONE);
        return (end.isAfter(now) ? end : end.plusDays(1)).toInstant();
    }

    /** The next time of day {@code at} (China time) after {@code moment}. */
    static Instant nextAt(LocalTime at, Instant moment) {
        LocalDate day = moment.atZone(ChinaTime.ZONE).toLocalDate();
        ZonedDateTime candidate = day.atTime(at).atZone(ChinaTime.ZONE);
        return (candidate.toInstant().isAfter(moment) ? candidate : candidate.plusDays(1)).toInstant();
    }
}
