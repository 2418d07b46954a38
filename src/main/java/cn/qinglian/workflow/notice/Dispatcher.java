package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.notice.NoticeMapper.DeliveryRow;
import cn.qinglian.workflow.notice.NoticeMapper.NewDelivery;
import cn.qinglian.workflow.notice.NoticeMapper.NoticeRow;
import cn.qinglian.workflow.notice.channels.Channel;
import cn.qinglian.workflow.notice.channels.Outgoing;
import cn.qinglian.workflow.notice.channels.Reply;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after commit, on its own threads, never in a business request. Each round
 * plans the channels of new notices, sends what is due and sends the daily digests. Work is claimed
 * with a token and a lease: two nodes on one database never send one delivery twice, and one that
 * dies mid-send (kill -9) leaves its claim to run out and another round to send it. A failure is
 * tried again with back-off and given up, visibly, after {@code qinglian.notice.max-attempts}.
 */
@Component
public class Dispatcher implements SmartLifecycle {

    static final String PENDING = "PENDING";
    static final String DIGEST = "DIGEST";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String MERGED = "MERGED";
    private static final int MAX_ERROR = 480;
    private static final int DIGEST_LINES = 15;
    private static final long WAKE_DELAY_MS = 200;
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final NoticeMapper mapper;
    private final Routes routes;
    private final OrgService org;
    private final NoticeText text;
    private final NoticeProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Map<String, Channel> channels;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    /** A channel whose provider said "too many": nothing goes to it before then. */
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

    private volatile ScheduledExecutorService loop;
    private volatile ExecutorService senders;

    Dispatcher(
            NoticeMapper mapper,
            Routes routes,
            OrgService org,
            NoticeText text,
            NoticeProperties properties,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.routes = routes;
        this.org = org;
        this.text = text;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.channels = routes.all().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
    }

    /**
     * A round soon, on the dispatcher's thread (after a commit that wrote notices): {@value #WAKE_DELAY_MS}
     * ms later, so that the notices of the commits in between go out in the same round.
     */
    void wake() {
        ScheduledExecutorService current = loop;
        if (current != null && wakePending.compareAndSet(false, true)) {
            try {
                current.schedule(
                        () -> {
                            wakePending.set(false);
                            roundQuietly();
                        },
                        WAKE_DELAY_MS,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                wakePending.set(false); // shutting down: the next start's rounds send it
            }
        }
    }

    /** One round; how many notices and deliveries it handled. */
    public int runOnce() {
        return plan() + deliver() + digests();
    }

    /** Rounds until nothing is due now (tests, the benchmark, a node being drained). */
    public int drain() {
        int total = 0;
        for (int handled = runOnce(); handled > 0; handled = runOnce()) {
            total += handled;
        }
        return total;
    }

    /** A background round, repeated only while a phase found a full batch (more may be waiting). */
    private void roundQuietly() {
        try {
            int batch = properties.batchSize();
            while (plan() >= batch | deliver() >= batch | digests() >= batch) {
                // another round
            }
        } catch (RuntimeException e) {
            // The database away, most likely: the next round tries again; nothing is lost.
            log.warn("Notice dispatch round failed: {}", e.toString());
        }
    }

    // --- planning ---------------------------------------------------------------------------

    /**
     * Plans the channels of new notices (one batch) and sends those due now at once: they are born
     * claimed by this round. Package-visible for the tests of a node dying after it.
     */
    int plan() {
        List<Long> ids = mapper.findUnplanned(properties.batchSize());
        if (ids.isEmpty()) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        Map<String, Preference> preferences = new HashMap<>();
        Integer planned = tx.execute(status -> {
            if (mapper.claimUnplanned(ids, token) == 0) {
                return 0;
            }
            List<NoticeRow> notices = mapper.findClaimedNotices(token);
            Organisation organisation = org.organisation();
            preferences.putAll(routes.preferences(
                    notices.stream().map(NoticeRow::recipientId).distinct().toList()));
            Instant now = clock.instant();
            List<NewDelivery> deliveries = new ArrayList<>();
            for (NoticeRow notice : notices) {
                Person person = organisation.person(notice.recipientId()).orElse(null);
                if (person == null) {
                    continue; // an administrator account, say: in-app only
                }
                Preference preference = preferences.get(notice.recipientId());
                boolean digest = preference.digest()
                        && !NoticeKind.valueOf(notice.kind()).urgent();
                boolean quiet = !digest && preference.quietAt(now);
                Instant first = digest
                        ? Preference.nextAt(properties.digestAt(), now)
                        : quiet ? preference.quietEndAfter(now) : now;
                boolean sendNow = !digest && !quiet;
                for (Channel channel : routes.channelsFor(person, preference)) {
                    deliveries.add(new NewDelivery(
                            notice.id(),
                            channel.id(),
                            notice.recipientId(),
                            channel.address(person).orElseThrow(),
                            digest ? DIGEST : PENDING,
                            first,
                            hash(notice.title() + "\n" + notice.body() + "\n" + notice.link()),
                            now,
                            sendNow ? token : null,
                            sendNow ? now.plus(properties.lease()) : null));
                }
            }
            for (int from = 0; from < deliveries.size(); from += 500) {
                mapper.insertDeliveries(deliveries.subList(from, Math.min(from + 500, deliveries.size())));
            }
            mapper.markPlanned(token);
            return notices.size();
        });
        if (planned != null && planned > 0) {
            sendClaimed(token, preferences, sendBefore(clock.instant()));
        }
        return planned == null ? 0 : planned;
    }

    // --- sending ----------------------------------------------------------------------------

    private int deliver() {
        Instant now = clock.instant();
        List<Long> ids = mapper.findDue(PENDING, now, properties.batchSize());
        if (ids.isEmpty()) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        Integer claimed =
                tx.execute(status -> mapper.claimDeliveries(ids, PENDING, token, now.plus(properties.lease()), now));
        if (claimed == null || claimed == 0) {
            return 0;
        }
        return sendClaimed(token, Map.of(), sendBefore(now));
    }

    /**
     * A claim made at {@code claimed} holds for the lease; what is not sent by a quarter of a lease before
     * it ends is left for a later round (the claim runs out), so that no other node can be sending it too.
     */
    private Instant sendBefore(Instant claimed) {
        return claimed.plus(properties.lease()).minus(properties.lease().dividedBy(4));
    }

    /**
     * Sends what this round claimed, one person's deliveries in order on one thread; {@code known} are
     * preferences the round has read already.
     */
    private int sendClaimed(String token, Map<String, Preference> known, Instant sendBefore) {
        List<DeliveryRow> rows = mapper.findClaimedDeliveries(token);
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> people =
                rows.stream().map(DeliveryRow::recipientId).distinct().toList();
        Map<String, Preference> preferences = known.keySet().containsAll(people) ? known : routes.preferences(people);
        Map<String, Set<String>> sentToday = sentToday(rows, people);
        Map<String, List<DeliveryRow>> byPerson = rows.stream()
                .collect(Collectors.groupingBy(DeliveryRow::recipientId, LinkedHashMap::new, Collectors.toList()));
        List<Callable<Void>> work = new ArrayList<>();
        byPerson.forEach((person, theirs) -> work.add(() -> {
            for (DeliveryRow row : theirs) {
                if (clock.instant().isAfter(sendBefore)) {
                    break; // the claim is running out: a later round sends the rest
                }
                deliverOne(row, preferences.get(person), token, sentToday);
            }
            return null;
        }));
        runAll(work);
        return rows.size();
    }

    /**
     * For channels whose provider drops a repeat on the same day (钉钉, 浙政钉): what each of these people
     * was sent today, as "person|content hash" — one query per channel and round.
     */
    private Map<String, Set<String>> sentToday(List<DeliveryRow> rows, List<String> people) {
        Map<String, Set<String>> sent = new ConcurrentHashMap<>();
        Instant today = startOfToday(clock.instant());
        rows.stream().map(DeliveryRow::channel).distinct().forEach(id -> {
            Channel channel = channels.get(id);
            if (channel != null && channel.oneIdenticalPerDay()) {
                Set<String> seen = ConcurrentHashMap.newKeySet();
                mapper.findSentContentSince(people, id, today)
                        .forEach(c -> seen.add(c.recipientId() + "|" + c.contentHash()));
                sent.put(id, seen);
            }
        });
        return sent;
    }

    private void deliverOne(DeliveryRow row, Preference preference, String token, Map<String, Set<String>> sentToday) {
        Channel channel = channels.get(row.channel());
        Instant now = clock.instant();
        if (channel == null || !channel.enabled()) {
            finish(row, token, FAILED, row.attempts(), now, "渠道未启用：" + row.channel(), null);
        } else if (preference.quietAt(now)) {
            finish(row, token, PENDING, row.attempts(), preference.quietEndAfter(now), null, null);
        } else if (pausedUntil.getOrDefault(row.channel(), Instant.MIN).isAfter(now)) {
            finish(row, token, PENDING, row.attempts(), pausedUntil.get(row.channel()), row.lastError(), null);
        } else if (sentToday.containsKey(row.channel())
                && sentToday.get(row.channel()).contains(row.recipientId() + "|" + row.contentHash())) {
            finish(row, token, MERGED, row.attempts(), now, "今天已发送过相同内容（" + channel.label() + "每人每天一次）", null);
        } else if (channel.perPersonPerMinute() > 0
                && mapper.countSentSince(row.recipientId(), row.channel(), now.minusSeconds(60))
                        >= channel.perPersonPerMinute()) {
            finish(row, token, PENDING, row.attempts(), now.plusSeconds(60), null, null);
        } else {
            Reply reply = sendSafely(
                    channel,
                    new Outgoing(String.valueOf(row.id()), row.address(), row.title(), row.body(), row.link()));
            if (reply instanceof Reply.Delivered && sentToday.containsKey(row.channel())) {
                sentToday.get(row.channel()).add(row.recipientId() + "|" + row.contentHash());
            }
            record(List.of(row), token, reply, PENDING);
        }
    }

    // --- digests ----------------------------------------------------------------------------

    private int digests() {
        Instant now = clock.instant();
        int handled = 0;
        for (NoticeMapper.RecipientChannel due : mapper.findDueDigests(now, properties.batchSize())) {
            Channel channel = channels.get(due.channel());
            String token = UUID.randomUUID().toString();
            Integer claimed = tx.execute(status ->
                    mapper.claimDigest(due.recipientId(), due.channel(), token, now.plus(properties.lease()), now));
            if (claimed == null || claimed == 0) {
                continue;
            }
            List<DeliveryRow> rows = mapper.findClaimedDeliveries(token);
            handled += rows.size();
            if (channel == null || !channel.enabled()) {
                rows.forEach(row -> finish(row, token, FAILED, row.attempts(), now, "渠道未启用：" + due.channel(), null));
                continue;
            }
            Preference preference =
                    routes.preferences(List.of(due.recipientId())).get(due.recipientId());
            Instant paused = pausedUntil.getOrDefault(due.channel(), Instant.MIN);
            if (preference.quietAt(now) || paused.isAfter(now)) {
                Instant later = paused.isAfter(now) ? paused : preference.quietEndAfter(now);
                rows.forEach(row -> finish(row, token, DIGEST, row.attempts(), later, row.lastError(), null));
                continue;
            }
            record(rows, token, sendSafely(channel, digestOf(rows)), DIGEST);
        }
        return handled;
    }

    private Outgoing digestOf(List<DeliveryRow> rows) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), DIGEST_LINES); i++) {
            lines.add((i + 1) + ". " + rows.get(i).title());
        }
        if (rows.size() > DIGEST_LINES) {
            lines.add("……等 " + rows.size() + " 项");
        }
        lines.add(NoticeKind.DIGEST.instruction());
        return new Outgoing(
                "digest-" + rows.get(0).id(),
                rows.get(0).address(),
                NoticeKind.DIGEST.label() + "：您有 " + rows.size() + " 条消息",
                String.join("\n", lines),
                text.todoList());
    }

    // --- outcomes ---------------------------------------------------------------------------

    /** The reply for these rows (one message, or one digest of them); {@code waiting} is the status to retry in. */
    private void record(List<DeliveryRow> rows, String token, Reply reply, String waiting) {
        Instant now = clock.instant();
        for (DeliveryRow row : rows) {
            int attempts = row.attempts() + 1;
            if (reply instanceof Reply.Delivered) {
                finish(row, token, SENT, attempts, row.nextAttemptAt(), null, now);
            } else if (reply instanceof Reply.GiveUp giveUp) {
                finish(row, token, FAILED, attempts, now, giveUp.reason(), null);
            } else if (reply instanceof Reply.Retry retry && !retry.after().isZero()) {
                // The provider's "too many" (a rate limit): held back, not a failed try; the channel pauses.
                Instant until = now.plus(retry.after());
                pausedUntil.merge(row.channel(), until, (a, b) -> a.isAfter(b) ? a : b);
                finish(row, token, waiting, row.attempts(), until, retry.reason(), null);
            } else if (reply instanceof Reply.Retry retry) {
                if (attempts >= properties.maxAttempts()) {
                    finish(row, token, FAILED, attempts, now, retry.reason(), null);
                } else {
                    Duration wait = properties.retryAfter(attempts);
                    Instant next = now.plus(retry.after().compareTo(wait) > 0 ? retry.after() : wait);
                    finish(row, token, waiting, attempts, next, retry.reason(), null);
                }
            }
        }
    }

    private void finish(
            DeliveryRow row, String token, String status, int attempts, Instant next, String error, Instant sentAt) {
        String why = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR) + "…";
        tx.executeWithoutResult(s -> mapper.finish(row.id(), token, status, attempts, next, why, sentAt));
    }

    private static Reply sendSafely(Channel channel, Outgoing message) {
        try {
            return channel.send(message);
        } catch (RuntimeException e) {
            log.warn("Channel {} failed on delivery {}", channel.id(), message.id(), e);
            return Reply.retry("发送出错：" + e.getClass().getSimpleName());
        }
    }

    private void runAll(List<Callable<Void>> work) {
        ExecutorService pool = senders;
        if (pool == null || work.size() == 1) {
            for (Callable<Void> task : work) {
                try {
                    task.call();
                } catch (Exception e) {
                    log.warn("Notice delivery failed: {}", e.toString());
                }
            }
            return;
        }
        try {
            pool.invokeAll(work, properties.lease().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant startOfToday(Instant now) {
        return ChinaTime.startOf(now.atZone(ChinaTime.ZONE).toLocalDate()).toInstant();
    }

    static String hash(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- lifecycle --------------------------------------------------------------------------

    @Override
    public void start() {
        AtomicInteger count = new AtomicInteger();
        senders = Executors.newFixedThreadPool(properties.senders(), r -> {
            Thread thread = new Thread(r, "notice-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        if (properties.dispatch()) {
            loop = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "notice-dispatcher");
                thread.setDaemon(true);
                return thread;
            });
            long every = properties.interval().toMillis();
            loop.scheduleWithFixedDelay(this::roundQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = loop;
        loop = null;
        if (current != null) {
            current.shutdownNow();
        }
        ExecutorService pool = senders;
        senders = null;
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return senders != null;
    }
}
