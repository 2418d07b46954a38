package cn.qinglian.workflow.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NoticeMapper {

    /** A notice as written, before it has an id. */
    record NewNotice(
            String recipientId,
            String kind,
            String title,
            String body,
            String link,
            String processKey,
            String processInstanceId,
            String taskId,
            String actorId,
            String dedupeKey,
            Instant createdAt) {}

    /** A notice as its person and the office read it. */
    record NoticeRow(
            long id,
            String recipientId,
            String kind,
            String title,
            String body,
            String link,
            String processKey,
            String processInstanceId,
            String taskId,
            String actorId,
            Instant createdAt,
            Instant readAt) {}

    record NewDelivery(
            long noticeId,
            String channel,
            String recipientId,
            String address,
            String status,
            Instant nextAttemptAt,
            String contentHash,
            Instant createdAt,
            String claimToken,
            Instant claimedUntil) {}

    /** A claimed delivery with what it carries. */
    record DeliveryRow(
            long id,
            long noticeId,
            String channel,
            String recipientId,
            String address,
            String status,
            int attempts,
            String contentHash,
            String kind,
            String title,
            String body,
            String link,
            Instant nextAttemptAt,
            String lastError,
            Instant sentAt) {}

    record RecipientChannel(String recipientId, String channel) {}

    record PreferenceRow(String personId, String channels, String quietStart, String quietEnd, boolean digest) {}

    void insertNotices(@Param("notices") List<NewNotice> notices);

    // --- planning -------------------------------------------------------------------------------

    List<Long> findUnplanned(@Param("limit") int limit);

    int claimUnplanned(@Param("ids") Collection<Long> ids, @Param("token") String token);

    List<NoticeRow> findClaimedNotices(@Param("token") String token);

    void insertDeliveries(@Param("deliveries") List<NewDelivery> deliveries);

    void markPlanned(@Param("token") String token);

    // --- delivery -------------------------------------------------------------------------------

    List<Long> findDue(@Param("status") String status, @Param("now") Instant now, @Param("limit") int limit);

    int claimDeliveries(
            @Param("ids") Collection<Long> ids,
            @Param("status") String status,
            @Param("token") String token,
            @Param("until") Instant until,
            @Param("now") Instant now);

    List<DeliveryRow> findClaimedDeliveries(@Param("token") String token);

    List<RecipientChannel> findDueDigests(@Param("now") Instant now, @Param("limit") int limit);

    int claimDigest(
            @Param("recipientId") String recipientId,
            @Param("channel") String channel,
            @Param("token") String token,
            @Param("until") Instant until,
            @Param("now") Instant now);

    int finish(
            @Param("id") long id,
            @Param("token") String token,
            @Param("status") String status,
            @Param("attempts") int attempts,
            @Param("nextAttemptAt") Instant nextAttemptAt,
            @Param("lastError") String lastError,
            @Param("sentAt") Instant sentAt);

    int countSentSince(
            @Param("recipientId") String recipientId, @Param("channel") String channel, @Param("since") Instant since);

    record SentContent(String recipientId, String contentHash) {}

    /** What these people were sent over the channel since then: for providers that drop repeats. */
    List<SentContent> findSentContentSince(
            @Param("recipientIds") Collection<String> recipientIds,
            @Param("channel") String channel,
            @Param("since") Instant since);

    // --- reading --------------------------------------------------------------------------------

    List<NoticeRow> findMine(
            @Param("recipientId") String recipientId,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countMine(@Param("recipientId") String recipientId, @Param("unreadOnly") boolean unreadOnly);

    int markRead(@Param("id") long id, @Param("recipientId") String recipientId, @Param("now") Instant now);

    int countOwned(@Param("id") long id, @Param("recipientId") String recipientId);

    int markAllRead(@Param("recipientId") String recipientId, @Param("now") Instant now);

    List<NoticeRow> search(
            @Param("recipientId") String recipientId,
            @Param("processKey") String processKey,
            @Param("status") String status,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countSearch(
            @Param("recipientId") String recipientId,
            @Param("processKey") String processKey,
            @Param("status") String status);

    List<DeliveryRow> findDeliveries(@Param("noticeIds") Collection<Long> noticeIds);

    int resend(@Param("id") Long id, @Param("now") Instant now);

    // --- preferences ----------------------------------------------------------------------------

    PreferenceRow findPreference(@Param("personId") String personId);

    List<PreferenceRow> findPreferences(@Param("personIds") Collection<String> personIds);

    void deletePreference(@Param("personId") String personId);

    void insertPreference(@Param("p") PreferenceRow preference, @Param("now") Instant now);
}
