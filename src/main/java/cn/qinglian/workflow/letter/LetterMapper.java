package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LetterMapper {

    /** Why a signature was returned (a SIGNATURE_RETURNED event's note). */
    record ReturnNote(long signatureId, String note) {}

    void insertLetter(
            @Param("year") int year,
            @Param("businessKey") String businessKey,
            @Param("by") String by,
            @Param("key") GeneratedId key,
            @Param("now") Instant now);

    void insertVersion(
            @Param("letterId") long letterId,
            @Param("versionNo") int versionNo,
            @Param("title") String title,
            @Param("aspects") String aspects,
            @Param("leadership") String leadershipDuties,
            @Param("head") String headDuties,
            @Param("cadre") String cadreDuties,
            @Param("by") String by,
            @Param("now") Instant now);

    Letter findLetter(long id);

    Letter findLetterByYear(int year);

    List<Letter> findSigningLetters();

    void cancelSignature(@Param("id") long id, @Param("now") Instant now);

    Letter lockLetter(long id);

    LetterVersion findVersion(@Param("letterId") long letterId, @Param("versionNo") int versionNo);

    void updateLetter(
            @Param("id") long id, @Param("status") Letter.LetterStatus status, @Param("versionNo") int versionNo);

    void approveLetter(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    void insertSignature(
            @Param("letterId") long letterId,
            @Param("personId") String personId,
            @Param("counterpartId") String counterpartId,
            @Param("level") int level,
            @Param("unitId") String unitId,
            @Param("processInstanceId") String processInstanceId,
            @Param("now") Instant now);

    Signature findSignature(@Param("letterId") long letterId, @Param("personId") String personId);

    Signature lockSignature(@Param("letterId") long letterId, @Param("personId") String personId);

    List<Signature> findSignatures(long letterId);

    /** Where each person's signing stands: two columns, cheap to read for thousands of people (coverage). */
    record SignatureState(String personId, Signature.SignatureStatus status) {}

    List<SignatureState> findSignatureStates(long letterId);

    /** The people who have signed, as bare ids: the report card's count. */
    List<String> findSignedPeople(long letterId);

    void prepareSignature(@Param("id") long id, @Param("duties") String personalDuties, @Param("now") Instant now);

    void returnSignature(@Param("id") long id, @Param("now") Instant now);

    void attachHandSignature(@Param("id") long id, @Param("handSignatureId") long handSignatureId);

    void signSignature(
            @Param("id") long id,
            @Param("version") int version,
            @Param("opinion") String opinion,
            @Param("now") Instant now);

    void insertEvent(
            @Param("letterId") long letterId,
            @Param("signatureId") Long signatureId,
            @Param("kind") LetterEvent kind,
            @Param("actor") String actor,
            @Param("note") String note,
            @Param("now") Instant now);

    List<String> findEventKinds(long letterId);

    /** The letter's returns, oldest first. */
    List<ReturnNote> findReturnNotes(long letterId);

    int countEventsSince(
            @Param("signatureId") long signatureId, @Param("kind") LetterEvent kind, @Param("since") Instant since);
}
