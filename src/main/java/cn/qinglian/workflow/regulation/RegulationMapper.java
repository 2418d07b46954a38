package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RegulationMapper {

    /** A regulation's fields as checked by the service. */
    record RegulationValues(
            String title,
            String docNumber,
            String issuer,
            RegulationLevel level,
            RegulationCategory category,
            LocalDate issuedOn,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil,
            String text) {}

    record StoredFile(String fileName, String contentType, byte[] fileData) {}

    record CompilationValues(int year, String title, String issuer) {}

    /** An item of a compilation with its chapter, in order. */
    record ItemRow(
            long chapterId,
            int chapterSeq,
            String chapterTitle,
            Integer seq,
            Long regulationId,
            String title,
            String docNumber,
            String issuer,
            RegulationStatus status) {}

    record StudyRequest(String personId, String unitId) {}

    record UnitStudyRow(String unitId, String unitName, int asked, int studied) {}

    record ReviewValues(
            int year, long regulationId, ReviewAction action, LocalDate dueDate, String ownerId, String note) {}

    // ---- the register ----

    void insertRegulation(
            @Param("r") RegulationValues values,
            @Param("by") String by,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    int updateRegulation(@Param("id") long id, @Param("r") RegulationValues values, @Param("now") Instant now);

    Regulation findRegulation(long id);

    Long lockRegulation(long id);

    List<Regulation> findRegulations(@Param("status") RegulationStatus status);

    String findText(long id);

    void setStatus(
            @Param("id") long id,
            @Param("status") RegulationStatus status,
            @Param("replacedBy") Long replacedBy,
            @Param("note") String note,
            @Param("now") Instant now);

    void deleteFile(long regulationId);

    void insertFile(
            @Param("id") long regulationId,
            @Param("name") String name,
            @Param("type") String contentType,
            @Param("size") long size,
            @Param("data") byte[] data,
            @Param("by") String by,
            @Param("now") Instant now);

    StoredFile findFile(long regulationId);

    // ---- compilations ----

    void insertCompilation(
            @Param("c") CompilationValues values,
            @Param("by") String by,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void updateCompilation(@Param("id") long id, @Param("c") CompilationValues values, @Param("now") Instant now);

    Compilation findCompilation(long id);

    Long lockCompilation(long id);

    List<Compilation> findCompilations(@Param("year") Integer year, @Param("status") CompilationStatus status);

    void deleteItems(long compilationId);

    void deleteChapters(long compilationId);

    void insertChapter(
            @Param("compilationId") long compilationId,
            @Param("seq") int seq,
            @Param("title") String title,
            @Param("key") GeneratedId key);

    void insertItem(
            @Param("compilationId") long compilationId,
            @Param("chapterId") long chapterId,
            @Param("seq") int seq,
            @Param("regulationId") long regulationId);

    List<ItemRow> findItems(long compilationId);

    void publish(
            @Param("id") long id, @Param("by") String by, @Param("due") LocalDate studyDue, @Param("now") Instant now);

    // ---- study confirmation ----

    void insertStudyRequests(
            @Param("compilationId") long compilationId,
            @Param("requests") List<StudyRequest> requests,
            @Param("now") Instant now);

    int markStudied(
            @Param("compilationId") long compilationId, @Param("personId") String personId, @Param("now") Instant now);

    int countStudyRows(@Param("compilationId") long compilationId, @Param("personId") String personId);

    Instant findStudiedAt(@Param("compilationId") long compilationId, @Param("personId") String personId);

    void insertUnaskedStudy(
            @Param("compilationId") long compilationId,
            @Param("personId") String personId,
            @Param("unitId") String unitId,
            @Param("now") Instant now);

    List<StudyCoverage.Row> findStudyRows(long compilationId);

    // ---- figures ----

    int countInForce();

    int countCompiled(int year);

    List<UnitStudyRow> studyByUnit(int year);

    // ---- the 立改废 review ----

    void insertReview(
            @Param("v") ReviewValues values,
            @Param("by") String by,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void updateReview(@Param("id") long id, @Param("v") ReviewValues values, @Param("now") Instant now);

    Long lockReview(long id);

    ReviewItem findReview(@Param("id") long id, @Param("today") LocalDate today);

    List<ReviewItem> findReviews(
            @Param("year") Integer year,
            @Param("ownerId") String ownerId,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("today") LocalDate today);

    void markReviewDone(@Param("id") long id, @Param("note") String note, @Param("now") Instant now);
}
