package cn.qinglian.workflow.notice;

import java.time.Instant;
import java.util.List;

/** What the notice endpoints answer with. */
final class NoticeViews {

    private NoticeViews() {}

    record PageOf<T>(int page, int size, long total, List<T> items) {}

    /** A person's own message (站内). */
    record Mine(
            long id,
            String kind,
            String kindLabel,
            String title,
            String body,
            String link,
            String processKey,
            String taskId,
            Instant createdAt,
            boolean read) {}

    record MyPage(int page, int size, long total, long unread, List<Mine> items) {}

    /** What was sent to whom, when, over which channel, and how it went: the office's view. */
    record Sent(
            long id,
            String recipientId,
            String recipientName,
            String kind,
            String kindLabel,
            String title,
            String processKey,
            String processInstanceId,
            String taskId,
            Instant createdAt,
            Instant readAt,
            List<Delivery> deliveries) {}

    record Delivery(
            long id,
            String channel,
            String channelLabel,
            String status,
            String statusLabel,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {}

    /** The channels this node can use, for the settings form. */
    record ChannelInfo(String id, String label, boolean enabled) {}

    record Settings(Preference preference, List<ChannelInfo> channels, boolean officeDefaults) {}

    static String statusLabel(String status) {
        return switch (status) {
            case Dispatcher.PENDING -> "待发送";
            case Dispatcher.DIGEST -> "待汇总";
            case Dispatcher.SENT -> "已送达";
            case Dispatcher.FAILED -> "发送失败";
            case Dispatcher.MERGED -> "已合并";
            default -> status;
        };
    }
}
