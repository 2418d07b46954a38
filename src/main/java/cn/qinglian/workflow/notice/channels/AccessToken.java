package cn.qinglian.workflow.notice.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A provider's access token, fetched once and reused until shortly before it expires (both 钉钉 and
 * 企业微信 limit how often it may be fetched), or until the provider says it is no longer valid.
 */
final class AccessToken {

    /** Fetched early, so that a token is never used in its last minutes. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    interface Fetch {
        Issued fetch() throws JsonHttp.Failure;
    }

    record Issued(String token, Duration lifetime) {}

    private final Fetch fetch;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    AccessToken(Fetch fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    synchronized String get() throws JsonHttp.Failure {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            Issued issued = fetch.fetch();
            token = issued.token();
            Duration lifetime = issued.lifetime().compareTo(MARGIN.multipliedBy(2)) > 0
                    ? issued.lifetime().minus(MARGIN)
                    : issued.lifetime().dividedBy(2);
            renewAt = clock.instant().plus(lifetime);
        }
        return token;
    }

    /** One call to the provider with the token; null when the provider refused the token. */
    interface Call {
        Reply with(String token) throws JsonHttp.Failure;
    }

    /**
     * Calls the provider with the current token and, if it refuses the token, once more with a new
     * one; a request that got no answer becomes its {@link JsonHttp.Failure#reply()}.
     */
    Reply call(Call call) {
        try {
            String current = get();
            Reply reply = call.with(current);
            if (reply != null) {
                return reply;
            }
            invalidate(current);
            reply = call.with(get());
            return reply != null ? reply : Reply.retry("access_token 被拒绝");
        } catch (JsonHttp.Failure failure) {
            return failure.reply();
        }
    }

    /** The provider refused this token: the next {@link #get} fetches a new one. */
    synchronized void invalidate(String refused) {
        if (refused != null && refused.equals(token)) {
            token = null;
        }
    }
}
