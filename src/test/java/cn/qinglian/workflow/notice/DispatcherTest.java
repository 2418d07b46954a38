package cn.qinglian.workflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.TestHandlers;
import cn.qinglian.workflow.notice.channels.Outgoing;
import cn.qinglian.workflow.notice.channels.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery after commit: once per channel, never twice with two dispatchers at once, taken over after a
 * node dies mid-send, retried with back-off and given up visibly, resent by the office, held over quiet
 * hours, merged into the 08:30 digest, and kept within a provider's limits.
 */
class DispatcherTest extends IntegrationTest {

    static final String PERSON = "m0067";
    static final String OTHER = "m0068";
    static final String THIRD = "m0069";
    /** 10:00 China time, outside anyone's quiet hours; each test on a day of its own, so limits see only it. */
    static final Instant FIRST_MORNING = Instant.parse("2026-12-04T02:00:00Z");

    private static int days;
    private Instant morning;

    @Autowired
    Notices notices;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    NoticeMapper mapper;

    @Autowired
    Preferences preferences;

    @Autowired
    NoticeProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    /** The pool's connections do not auto-commit: a JdbcTemplate write outside a transaction would be rolled back. */
    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestHandlers.RecordingChannel channel;

    @BeforeEach
    void reachable() {
        morning = FIRST_MORNING.plus(Duration.ofDays(days++));
        at(morning);
        dispatcher.drain(); // whatever other tests left
        tx.executeWithoutResult(status -> jdbc.update(
                "UPDATE notice_delivery SET status = 'MERGED' WHERE recipient_id IN (?, ?, ?) AND status IN ('PENDING', 'DIGEST')",
                PERSON,
                OTHER,
                THIRD));
        channel.reset();
        channel.reachable.addAll(List.of(PERSON, OTHER, THIRD));
    }

    @AfterEach
    void reset() {
        channel.reset();
        tx.executeWithoutResult(status ->
                jdbc.update("DELETE FROM notice_preference WHERE person_id IN (?, ?, ?)", PERSON, OTHER, THIRD));
    }

    @Test
    void aNoticeGoesOutOnceOverEachChannelAfterCommit() {
        String title = send(PERSON, NoticeKind.REMINDER);

        assertThat(dispatcher.drain()).isPositive();
        assertThat(sentTitles()).containsExactly("到期提醒：" + title);
        Outgoing message = channel.sent.get(0);
        assertThat(message.address()).isEqualTo("test:" + PERSON);
        assertThat(message.text()).contains("即将到期，请按时办理。");
        assertThat(message.link()).startsWith(properties.baseUrl() + "/m/");

        dispatcher.drain();
        assertThat(channel.sent).hasSize(1);
        assertThat(statusOf(title)).isEqualTo("SENT");
    }

    @Test
    void aChannelThatFailsIsTriedWithBackOffGivenUpVisiblyAndResentByTheOffice() {
        channel.replies.add(Reply.retry("服务端 HTTP 500"));
        channel.replies.add(Reply.retry("网络错误：HttpTimeoutException"));
        channel.replies.add(Reply.retry("服务端 HTTP 500"));
        String title = send(PERSON, NoticeKind.TASK);

        dispatcher.drain();
        assertThat(channel.sent).isEmpty();
        assertThat(attemptsOf(title)).isEqualTo(1);
        dispatcher.drain();
        assertThat(attemptsOf(title)).as("not before its back-off").isEqualTo(1);

        at(morning.plus(properties.retryAfter(1)).plusSeconds(1));
        dispatcher.drain();
        assertThat(attemptsOf(title)).isEqualTo(2);
        at(morning.plus(properties.retryAfter(1)).plus(properties.retryAfter(2)).plusSeconds(2));
        dispatcher.drain();
        assertThat(statusOf(title)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject(
                        "SELECT d.last_error FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE n.title LIKE ?",
                        String.class,
                        "%" + title))
                .isEqualTo("服务端 HTTP 500");
        assertThat(channel.sent).isEmpty();

        long id = jdbc.queryForObject(
                "SELECT d.id FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE n.title LIKE ?",
                Long.class,
                "%" + title);
        assertThat(postJson(as(PERSON), "/api/notices/deliveries/" + id + "/resend", "")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(as("office1"), "/api/notices/deliveries/" + id + "/resend", "")
                        .getBody())
                .isEqualTo("{\"resent\":1}");
        dispatcher.drain();
        assertThat(sentTitles()).containsExactly("待办：" + title);
        assertThat(postJson(as("office1"), "/api/notices/deliveries/" + id + "/resend", "")
                        .getStatusCode())
                .as("only a failed delivery is resent")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void twoDispatchersAtOnceNeverSendOneDeliveryTwice() throws Exception {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            titles.add(send(List.of(PERSON, OTHER, THIRD).get(i % 3), NoticeKind.TASK));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(dispatcher::drain);
            }
            for (Future<Integer> round : nodes.invokeAll(rounds)) {
                round.get();
            }
        } finally {
            nodes.shutdown();
        }
        dispatcher.drain();
        assertThat(channel.sent).hasSize(60);
        assertThat(channel.sent.stream().map(Outgoing::id).distinct()).hasSize(60);
        assertThat(sentTitles())
                .containsExactlyInAnyOrderElementsOf(
                        titles.stream().map(t -> "待办：" + t).toList());
    }

    @Test
    void whatADeadNodeHadClaimedIsSentOnceItsLeaseRunsOut() {
        String title = send(PERSON, NoticeKind.TASK);
        Instant now = morning;
        // What a node commits when it plans (the deliveries born claimed by it) and then dies before sending.
        long noticeId = jdbc.queryForObject("SELECT id FROM notice WHERE title LIKE ?", Long.class, "%" + title);
        tx.executeWithoutResult(status -> jdbc.update("UPDATE notice SET planned = TRUE WHERE id = ?", noticeId));
        mapper.insertDeliveries(List.of(new NoticeMapper.NewDelivery(
                noticeId,
                "test",
                PERSON,
                "test:" + PERSON,
                Dispatcher.PENDING,
                now,
                "h",
                now,
                "dead-node",
                now.plus(properties.lease()))));

        dispatcher.drain();
        assertThat(channel.sent).as("still held by the node that died").isEmpty();

        at(now.plus(properties.lease()).plusSeconds(1));
        dispatcher.drain();
        assertThat(sentTitles()).containsExactly("待办：" + title);
        long delivery = jdbc.queryForObject("SELECT id FROM notice_delivery WHERE notice_id = ?", Long.class, noticeId);
        assertThat(mapper.finish(delivery, "dead-node", Dispatcher.SENT, 1, now, null, now))
                .as("the dead node's claim changes nothing any more")
                .isZero();
    }

    @Test
    void aRoundWhoseClaimRunsOutStopsSendingAndLeavesTheRestForLater() {
        // A provider so slow that after the first message the round's claim is about to run out.
        channel.slowBy = properties.lease().minus(properties.lease().dividedBy(8));
        String first = send(PERSON, NoticeKind.TASK);
        String second = send(PERSON, NoticeKind.TASK);

        dispatcher.drain();
        assertThat(sentTitles()).containsExactly("待办：" + first);
        channel.slowBy = Duration.ZERO;
        dispatcher.drain();
        assertThat(channel.sent).as("still claimed by the round that stopped").hasSize(1);

        at(morning.plus(properties.lease().multipliedBy(2)));
        dispatcher.drain();
        assertThat(sentTitles()).containsExactly("待办：" + first, "待办：" + second);
    }

    @Test
    void aProviderThatSaysTooManyPausesTheChannelWithoutFailingAnything() {
        // enough "too many" answers for both people in every round below
        for (int i = 0; i < 2 * (properties.maxAttempts() + 2); i++) {
            channel.replies.add(Reply.retryAfter("钉钉错误 90018：调用频率超过限制", Duration.ofMinutes(1)));
        }
        String first = send(PERSON, NoticeKind.TASK);
        String second = send(OTHER, NoticeKind.TASK);

        Instant now = morning;
        for (int round = 0; round < properties.maxAttempts() + 2; round++) {
            dispatcher.drain();
            now = now.plusSeconds(61);
            at(now);
        }
        assertThat(statusOf(first)).isEqualTo("PENDING");
        assertThat(attemptsOf(first)).as("a rate limit is not a failed try").isZero();
        channel.replies.clear();
        dispatcher.drain();
        assertThat(sentTitles()).containsExactlyInAnyOrder("待办：" + first, "待办：" + second);
        assertThat(statusOf(second)).isEqualTo("SENT");
    }

    @Test
    void quietHoursHoldAMessageUntilTheyEnd() {
        preferences.save(PERSON, new Preferences.PreferenceInput(List.of("test"), "22:00", "07:30", false));
        Instant night = morning.plus(Duration.ofHours(13)); // 23:00 in China
        at(night);
        String title = send(PERSON, NoticeKind.TASK);

        dispatcher.drain();
        assertThat(channel.sent).isEmpty();
        assertThat(jdbc.queryForObject(
                                "SELECT d.next_attempt_at FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE n.title LIKE ?",
                                java.sql.Timestamp.class,
                                "%" + title)
                        .toInstant())
                .isEqualTo(morning.plus(Duration.ofMinutes(21 * 60 + 30))); // 07:30 the next day

        at(morning.plus(Duration.ofMinutes(21 * 60 + 31)));
        dispatcher.drain();
        assertThat(sentTitles()).containsExactly("待办：" + title);
    }

    @Test
    void aPersonWhoAskedForADigestGetsOneMessageAt0830AndUrgesAtOnce() {
        preferences.save(OTHER, new Preferences.PreferenceInput(List.of("test"), null, null, true));
        String first = send(OTHER, NoticeKind.TASK);
        String second = send(OTHER, NoticeKind.COPIED);
        String urge = send(OTHER, NoticeKind.URGED);

        dispatcher.drain();
        assertThat(sentTitles()).containsExactly("催办：" + urge);

        at(morning.plus(Duration.ofMinutes(22 * 60 + 31))); // 08:31 in China, the next day
        dispatcher.drain();
        assertThat(channel.sent).hasSize(2);
        Outgoing digest = channel.sent.get(1);
        assertThat(digest.title()).isEqualTo("每日汇总：您有 2 条消息");
        assertThat(digest.text()).contains("1. 待办：" + first).contains("2. 抄送：" + second);
        assertThat(statusOf(first)).isEqualTo("SENT");
        dispatcher.drain();
        assertThat(channel.sent).hasSize(2);
    }

    @Test
    void providerLimitsAreKeptByHoldingBackAndMergingNotByFailing() {
        channel.perMinute = 2;
        List<String> titles =
                List.of(send(THIRD, NoticeKind.TASK), send(THIRD, NoticeKind.TASK), send(THIRD, NoticeKind.TASK));
        dispatcher.drain();
        assertThat(channel.sent).hasSize(2);
        at(morning.plusSeconds(61));
        dispatcher.drain();
        assertThat(sentTitles())
                .containsExactlyInAnyOrderElementsOf(
                        titles.stream().map(t -> "待办：" + t).toList());

        channel.perMinute = 0;
        channel.oncePerDay = true;
        String same = "同一条提醒 " + UUID.randomUUID();
        notices.send(NoticeRequest.about(NoticeKind.REMINDER, THIRD, same, null));
        notices.send(NoticeRequest.about(NoticeKind.REMINDER, THIRD, same, null));
        dispatcher.drain();
        assertThat(sentTitles()).filteredOn(t -> t.contains(same)).hasSize(1);
        assertThat(jdbc.queryForList(
                        "SELECT d.status FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE n.title LIKE ? ORDER BY d.id",
                        String.class,
                        "%" + same))
                .containsExactly("SENT", "MERGED");
    }

    // ---------------------------------------------------------------------------------------------

    private String send(String to, NoticeKind kind) {
        String title = "测试事项 " + UUID.randomUUID();
        notices.send(NoticeRequest.about(kind, to, title, null));
        return title;
    }

    private List<String> sentTitles() {
        return channel.sent.stream().map(Outgoing::title).toList();
    }

    private String statusOf(String title) {
        return jdbc.queryForObject(
                "SELECT d.status FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE n.title LIKE ?",
                String.class,
                "%" + title);
    }

    private int attemptsOf(String title) {
        return jdbc.queryForObject(
                "SELECT d.attempts FROM notice_delivery d JOIN notice n ON n.id = d.notice_id WHERE n.title LIKE ?",
                Integer.class,
                "%" + title);
    }

    private static void at(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }
}
