package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RiskMapper {

    record Filter(Integer year, String unitId, RiskGrade grade, RiskStatus status) {}

    void insertPoint(
            @Param("p") RiskRegistration p,
            @Param("year") int year,
            @Param("fingerprint") String fingerprint,
            @Param("by") String registeredBy,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void setBusinessKey(@Param("id") long id, @Param("businessKey") String businessKey);

    RiskPoint findPoint(long id);

    /** Locks the risk point's row, so concurrent steps of one point run one after the other. */
    RiskPoint lockPoint(long id);

    List<RiskPoint> findPoints(@Param("f") Filter filter);

    /** The measures of every point the filter selects. */
    List<RiskMeasure> findMeasuresOf(@Param("f") Filter filter);

    /** The decisions of one kind on every point the filter selects, oldest first. */
    List<RiskDecision> findDecisionsOf(@Param("f") Filter filter, @Param("kind") RiskDecision.Kind kind);

    void updateGrade(
            @Param("id") long id,
            @Param("grade") RiskGrade grade,
            @Param("likelihood") int likelihood,
            @Param("impact") int impact,
            @Param("now") Instant now);

    void updateStatus(@Param("id") long id, @Param("status") RiskStatus status, @Param("now") Instant now);

    void startNewRound(@Param("id") long id, @Param("now") Instant now);

    void retire(@Param("id") long id, @Param("reason") String reason, @Param("now") Instant now);

    void insertGrade(@Param("g") RiskGradeRecord grade);

    List<RiskGradeRecord> findGrades(long riskPointId);

    void insertMeasure(
            @Param("riskPointId") long riskPointId,
            @Param("round") int round,
            @Param("m") MeasureInput measure,
            @Param("now") Instant now);

    void supersedeOpenMeasures(long riskPointId);

    List<RiskMeasure> findMeasures(long riskPointId);

    List<Long> findOpenMeasureIds(long riskPointId);

    RiskMeasure findMeasure(long id);

    void reportMeasure(@Param("id") long id, @Param("text") String text, @Param("now") Instant now);

    void attachEvidence(
            @Param("id") long id,
            @Param("name") String name,
            @Param("type") String type,
            @Param("size") long size,
            @Param("data") byte[] data);

    void markRoundVerified(
            @Param("riskPointId") long riskPointId,
            @Param("round") int round,
            @Param("status") RiskMeasure.MeasureStatus status);

    /** Open measures of the point due on or before {@code until} without a notice of that kind yet. */
    List<RiskMeasure> findOpenMeasuresDue(
            @Param("riskPointId") long riskPointId,
            @Param("until") LocalDate until,
            @Param("kind") RiskNotice.Kind kind);

    void insertDecision(@Param("d") RiskDecision decision);

    List<RiskDecision> findDecisions(long riskPointId);

    void insertNotice(@Param("n") RiskNotice notice);

    List<RiskNotice> findNotices(long riskPointId);

    List<RiskUnitSummary> summary(@Param("year") int year, @Param("today") LocalDate today);
}
