package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EducationMapper {

    /** A year, one organising unit, or the sessions one person is expected at; null means any. */
    record Filter(Integer year, String unitId, String personId) {}

    /** Expected, signed in, excused and made up, for one unit or the whole year. */
    record Counts(String unitId, int expected, int signedIn, int excused, int madeUp) {}

    void insertSession(
            @Param("r") SessionRequest request,
            @Param("year") int year,
            @Param("fingerprint") String fingerprint,
            @Param("unitId") String unitId,
            @Param("organiser") String organiserId,
            @Param("startsAt") Instant startsAt,
            @Param("endsAt") Instant endsAt,
            @Param("code") String code,
            @Param("token") String token,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    Session findSession(long id);

    List<Session> findSessions(@Param("f") Filter filter);

    void insertExpected(
            @Param("sessionId") long sessionId, @Param("personId") String personId, @Param("unitId") String unitId);

    List<Attendance> findAttendance(long sessionId);

    Attendance findOne(@Param("sessionId") long sessionId, @Param("personId") String personId);

    /** Signs in once: answers 1 the first time, 0 after. */
    int signIn(
            @Param("sessionId") long sessionId,
            @Param("personId") String personId,
            @Param("by") String by,
            @Param("now") Instant now);

    void excuse(@Param("sessionId") long sessionId, @Param("personId") String personId);

    int makeUp(
            @Param("sessionId") long sessionId,
            @Param("personId") String personId,
            @Param("note") String note,
            @Param("now") Instant now);

    /** A person's sessions and attendance in a year. */
    List<Attendance> findPersonYear(@Param("personId") String personId, @Param("year") int year);

    void insertLeave(
            @Param("sessionId") long sessionId,
            @Param("personId") String personId,
            @Param("reason") String reason,
            @Param("approver") String approverId,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    Leave findLeave(long id);

    Leave lockLeave(long id);

    List<Leave> findLeaves(long sessionId);

    void decideLeave(
            @Param("id") long id,
            @Param("status") Leave.Status status,
            @Param("comment") String comment,
            @Param("now") Instant now);

    /** Attendance of the year's ended sessions, per unit of the people expected. */
    List<Counts> countByUnit(@Param("year") int year, @Param("now") Instant now);

    int countSessions(@Param("year") int year, @Param("kind") SessionKind kind);
}
