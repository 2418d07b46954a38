package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.notice.channels.Channel;
import cn.qinglian.workflow.org.OrgService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends notices: writes one row per person into the outbox, in the caller's transaction, so that a
 * step that rolls back leaves none; the {@link Dispatcher} delivers them after commit. Never fails
 * the caller's step: a notice that cannot be written is logged.
 */
@Service
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);
    private static final Object TRANSACTION_KEYS = new Object();

    private final NoticeMapper mapper;
    private final NoticeText text;
    private final Routes routes;
    private final Dispatcher dispatcher;
    private final OrgService org;
    private final Clock clock;

    Notices(NoticeMapper mapper, NoticeText text, Routes routes, Dispatcher dispatcher, OrgService org, Clock clock) {
        this.mapper = mapper;
        this.text = text;
        this.routes = routes;
        this.dispatcher = dispatcher;
        this.org = org;
        this.clock = clock;
    }

    /**
     * Writes the notice for each of its people but the one who acted. A task given to someone is
     * told once per person and task in a transaction, whichever event told it first.
     */
    public void send(NoticeRequest request) {
        try {
            write(request);
        } catch (RuntimeException e) {
            log.warn("Notice {} for process {} not written", request.kind(), request.processKey(), e);
        }
    }

    /**
     * {@link #send}, and the channels it goes out on for its people (站内 always), for an answer that
     * tells the caller (催办).
     */
    public List<String> sendAndTell(NoticeRequest request) {
        try {
            Set<String> recipients = write(request);
            return recipients.isEmpty() ? List.of() : channelLabels(recipients);
        } catch (RuntimeException e) {
            log.warn("Notice {} for process {} not written", request.kind(), request.processKey(), e);
            return List.of();
        }
    }

    private Set<String> write(NoticeRequest request) {
        Set<String> recipients = new LinkedHashSet<>(request.recipientIds());
        recipients.remove(request.actorId());
        Set<String> told = keysOfThisTransaction();
        List<NoticeMapper.NewNotice> rows = new ArrayList<>();
        Instant now = clock.instant();
        String title = text.title(request);
        String body = text.body(request);
        for (String recipient : recipients) {
            if (request.kind().givesWork()
                    && request.taskId() != null
                    && !told.add("work:" + request.taskId() + ":" + recipient)) {
                continue;
            }
            rows.add(new NoticeMapper.NewNotice(
                    recipient,
                    request.kind().name(),
                    title,
                    body,
                    text.link(request, recipient),
                    request.processKey(),
                    request.processInstanceId(),
                    request.taskId(),
                    request.actorId(),
                    null,
                    now));
        }
        if (rows.isEmpty()) {
            return Set.of();
        }
        for (int from = 0; from < rows.size(); from += 500) {
            mapper.insertNotices(rows.subList(from, Math.min(from + 500, rows.size())));
        }
        wakeAfterCommit();
        return recipients;
    }

    private List<String> channelLabels(Set<String> recipients) {
        Set<String> labels = new LinkedHashSet<>(List.of(Routes.IN_APP));
        var organisation = org.organisation();
        var preferences = routes.preferences(recipients);
        for (String recipient : recipients) {
            organisation
                    .person(recipient)
                    .ifPresent(person -> routes.channelsFor(person, preferences.get(recipient)).stream()
                            .map(Channel::label)
                            .forEach(labels::add));
        }
        return List.copyOf(labels);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> keysOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<String> keys = (Set<String>) TransactionSynchronizationManager.getResource(TRANSACTION_KEYS);
        if (keys == null) {
            Set<String> created = new HashSet<>();
            TransactionSynchronizationManager.bindResource(TRANSACTION_KEYS, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEYS);
                }
            });
            keys = created;
        }
        return keys;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        } else {
            dispatcher.wake();
        }
    }
}
