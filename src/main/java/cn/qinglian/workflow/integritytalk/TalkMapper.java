package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TalkMapper {

    /** A year, kind, status, unit, or a person talked to; null means any. */
    record Filter(Integer year, TalkKind kind, TalkStatus status, String unitId, String personId) {
        static Filter year(Integer year) {
            return new Filter(year, null, null, null, null);
        }
    }

    /** One line of the figures: talks of a unit, kind and status. */
    record UnitKindCount(String unitId, String unitName, TalkKind kind, TalkStatus status, int talks) {}

    void insertTalk(
            @Param("t") TalkPlan plan,
            @Param("kind") TalkKind kind,
            @Param("year") int year,
            @Param("fingerprint") String fingerprint,
            @Param("unitId") String unitId,
            @Param("planner") String plannerId,
            @Param("approver") String approverId,
            @Param("talker") String talkerId,
            @Param("replyDays") Integer replyDays,
            @Param("sourceTalkId") Long sourceTalkId,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void setBusinessKey(@Param("id") long id, @Param("businessKey") String businessKey);

    void insertPerson(
            @Param("talkId") long talkId,
            @Param("personId") String personId,
            @Param("seq") int seq,
            @Param("unitId") String unitId);

    Talk findTalk(long id);

    /** Locks the talk's row: people confirming at once write one after the other. */
    Talk lockTalk(long id);

    List<Talk> findTalks(@Param("f") Filter filter);

    List<TalkPerson> findPeople(long talkId);

    List<TalkPerson> findPeopleOf(@Param("f") Filter filter);

    List<UnitKindCount> countByUnit(int year);

    void updateStatus(
            @Param("id") long id,
            @Param("status") TalkStatus status,
            @Param("ended") boolean ended,
            @Param("now") Instant now);

    void decide(
            @Param("id") long id,
            @Param("status") TalkStatus status,
            @Param("ended") boolean ended,
            @Param("talker") String talkerId,
            @Param("comment") String comment,
            @Param("replyDue") Instant replyDue,
            @Param("now") Instant now);

    void revisePlan(
            @Param("id") long id,
            @Param("reason") String reason,
            @Param("talker") String talkerId,
            @Param("now") Instant now);

    void hold(
            @Param("id") long id,
            @Param("talkDate") LocalDate talkDate,
            @Param("place") String place,
            @Param("recorder") String recorderId,
            @Param("record") String record,
            @Param("now") Instant now);

    void confirm(
            @Param("talkId") long talkId,
            @Param("personId") String personId,
            @Param("statement") String statement,
            @Param("now") Instant now);

    void file(
            @Param("id") long id,
            @Param("status") TalkStatus status,
            @Param("ended") boolean ended,
            @Param("archiveNo") String archiveNo,
            @Param("filedBy") String filedBy,
            @Param("followUpDue") Instant followUpDue,
            @Param("now") Instant now);

    void followUp(
            @Param("id") long id,
            @Param("result") Talk.FollowUpResult result,
            @Param("text") String text,
            @Param("now") Instant now);

    void reply(
            @Param("id") long id, @Param("text") String text, @Param("late") boolean late, @Param("now") Instant now);

    void markLate(@Param("id") long id, @Param("now") Instant now);

    void assess(
            @Param("id") long id,
            @Param("assessment") Talk.Assessment assessment,
            @Param("text") String text,
            @Param("now") Instant now);
}
