package cn.qinglian.workflow.letter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One version of the letter's text: the aspects (one per line) and the duties of each level. */
record LetterVersion(
        long id,
        long letterId,
        int versionNo,
        String title,
        String aspects,
        String leadershipDuties,
        String headDuties,
        String cadreDuties,
        String createdBy,
        Instant createdAt) {

    public List<String> aspectList() {
        return Arrays.stream(aspects.split("\n"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
