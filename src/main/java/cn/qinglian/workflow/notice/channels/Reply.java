package cn.qinglian.workflow.notice.channels;

import java.time.Duration;

/** What became of one message: delivered, worth another try (after at least {@code after}), or not. */
public sealed interface Reply {

    record Delivered() implements Reply {}

    record Retry(String reason, Duration after) implements Reply {}

    record GiveUp(String reason) implements Reply {}

    static Reply delivered() {
        return new Delivered();
    }

    static Reply retry(String reason) {
        return new Retry(reason, Duration.ZERO);
    }

    static Reply retryAfter(String reason, Duration after) {
        return new Retry(reason, after);
    }

    static Reply giveUp(String reason) {
        return new GiveUp(reason);
    }
}
