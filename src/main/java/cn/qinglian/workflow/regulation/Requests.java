package cn.qinglian.workflow.regulation;

import java.time.LocalDate;
import java.util.List;

/** What the API takes. Enums come as text (code or Chinese label) so every bad field is named at once. */
final class Requests {

    private Requests() {}

    record RegulationRequest(
            String title,
            String docNumber,
            String issuer,
            String level,
            String category,
            LocalDate issuedOn,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil,
            String text) {}

    /** 已修订 needs the regulation that revised it; 已废止 may name what replaced it. */
    record StatusRequest(String status, Long replacedBy, String note) {}

    record ChapterInput(String title, List<Long> regulationIds) {}

    record CompilationRequest(Integer year, String title, String issuer, List<ChapterInput> chapters) {}

    /** Whom to ask to confirm their study: everyone, or the people of these units (and the units under them). */
    record PublishRequest(Boolean askEveryone, List<String> unitIds, LocalDate studyDue) {}

    record ReviewRequest(
            Integer year, Long regulationId, String action, LocalDate dueDate, String ownerId, String note) {}

    record DoneRequest(String note) {}
}
