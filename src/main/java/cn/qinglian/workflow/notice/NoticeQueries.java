package cn.qinglian.workflow.notice;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.notice.NoticeViews.Delivery;
import cn.qinglian.workflow.notice.NoticeViews.Mine;
import cn.qinglian.workflow.notice.NoticeViews.MyPage;
import cn.qinglian.workflow.notice.NoticeViews.PageOf;
import cn.qinglian.workflow.notice.NoticeViews.Sent;
import cn.qinglian.workflow.notice.channels.Channel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's messages and the office's record of what was sent; marking read; resending failures. */
@Service
class NoticeQueries {

    static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> STATUSES =
            Set.of(Dispatcher.PENDING, Dispatcher.DIGEST, Dispatcher.SENT, Dispatcher.FAILED, Dispatcher.MERGED);

    private final NoticeMapper mapper;
    private final NoticeText text;
    private final Map<String, Channel> channels;
    private final Dispatcher dispatcher;
    private final Clock clock;

    NoticeQueries(NoticeMapper mapper, NoticeText text, Routes routes, Dispatcher dispatcher, Clock clock) {
        this.mapper = mapper;
        this.text = text;
        this.channels = routes.all().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyPage mine(String personId, boolean unreadOnly, int page, int size) {
        int limit = pageSize(size);
        int offset = offset(page, limit);
        List<Mine> items = mapper.findMine(personId, unreadOnly, offset, limit).stream()
                .map(n -> new Mine(
                        n.id(),
                        n.kind(),
                        NoticeKind.valueOf(n.kind()).label(),
                        n.title(),
                        n.body(),
                        n.link(),
                        n.processKey(),
                        n.taskId(),
                        n.createdAt(),
                        n.readAt() != null))
                .toList();
        return new MyPage(
                Math.max(page, 1),
                limit,
                mapper.countMine(personId, unreadOnly),
                mapper.countMine(personId, true),
                items);
    }

    @Transactional
    public void markRead(long id, String personId) {
        if (mapper.markRead(id, personId, clock.instant()) == 0 && mapper.countOwned(id, personId) == 0) {
            throw ApiException.notFound("notice-not-found", "找不到这条消息：" + id);
        }
    }

    @Transactional
    public int markAllRead(String personId) {
        return mapper.markAllRead(personId, clock.instant());
    }

    @Transactional(readOnly = true)
    public PageOf<Sent> search(String personId, String processKey, String status, int page, int size) {
        String wanted =
                status == null || status.isBlank() ? null : status.strip().toUpperCase();
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw ApiException.invalidField("status", "状态应为 " + String.join("、", STATUSES) + " 之一：" + status);
        }
        String person = blankToNull(personId);
        String process = blankToNull(processKey);
        int limit = pageSize(size);
        List<NoticeMapper.NoticeRow> rows = mapper.search(person, process, wanted, offset(page, limit), limit);
        Map<Long, List<NoticeMapper.DeliveryRow>> deliveries = rows.isEmpty()
                ? Map.of()
                : mapper
                        .findDeliveries(
                                rows.stream().map(NoticeMapper.NoticeRow::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(NoticeMapper.DeliveryRow::noticeId));
        List<Sent> items = rows.stream()
                .map(n -> new Sent(
                        n.id(),
                        n.recipientId(),
                        text.personName(n.recipientId()),
                        n.kind(),
                        NoticeKind.valueOf(n.kind()).label(),
                        n.title(),
                        n.processKey(),
                        n.processInstanceId(),
                        n.taskId(),
                        n.createdAt(),
                        n.readAt(),
                        deliveries.getOrDefault(n.id(), List.of()).stream()
                                .map(this::delivery)
                                .toList()))
                .toList();
        return new PageOf<>(Math.max(page, 1), limit, mapper.countSearch(person, process, wanted), items);
    }

    /** 重发: one failed delivery, or all of them when {@code deliveryId} is null; how many go out again. */
    @Transactional
    public int resend(Long deliveryId) {
        int count = mapper.resend(deliveryId, clock.instant());
        if (deliveryId != null && count == 0) {
            throw ApiException.conflict("not-failed", "只有发送失败的消息可以重发：" + deliveryId);
        }
        dispatcher.wake();
        return count;
    }

    private Delivery delivery(NoticeMapper.DeliveryRow d) {
        Channel channel = channels.get(d.channel());
        return new Delivery(
                d.id(),
                d.channel(),
                channel == null ? d.channel() : channel.label(),
                d.status(),
                NoticeViews.statusLabel(d.status()),
                d.attempts(),
                d.nextAttemptAt(),
                d.sentAt(),
                d.lastError());
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }

    private static int offset(int page, int size) {
        return (Math.max(page, 1) - 1) * size;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
