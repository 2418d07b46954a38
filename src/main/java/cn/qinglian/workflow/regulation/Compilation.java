package cn.qinglian.workflow.regulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A year's compilation (制度汇编): chapters of regulations in order; published ones are frozen. */
public record Compilation(
        long id,
        int compilationYear,
        String title,
        String issuer,
        CompilationStatus status,
        LocalDate studyDue,
        String publishedBy,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt) {

    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }

    boolean published() {
        return status == CompilationStatus.PUBLISHED;
    }

    /** A compilation with its contents, and whether the caller has confirmed studying it. */
    public record Detail(Compilation compilation, List<Chapter> chapters, Boolean studiedByMe) {}

    public record Chapter(int seq, String title, List<Item> items) {}

    public record Item(
            int seq, long regulationId, String title, String docNumber, String issuer, RegulationStatus status) {

        @JsonProperty("statusLabel")
        public String statusLabel() {
            return status.label();
        }
    }
}
