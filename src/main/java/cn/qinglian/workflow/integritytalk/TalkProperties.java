package cn.qinglian.workflow.integritytalk;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.integrity-talk.*}: the days a 函询 gives to reply unless the plan says otherwise, and how
 * long after a 诫勉谈话 is filed the discipline inspection group follows it up (回访复查).
 */
@ConfigurationProperties("qinglian.integrity-talk")
record TalkProperties(int replyDays, Period followUpAfter) {

    /** A plan may give at most this many days to reply to a 函询. */
    static final int MAX_REPLY_DAYS = 90;

    TalkProperties {
        replyDays = replyDays <= 0 ? 15 : replyDays;
        followUpAfter = followUpAfter == null || followUpAfter.isZero() || followUpAfter.isNegative()
                ? Period.ofMonths(6)
                : followUpAfter;
    }
}
