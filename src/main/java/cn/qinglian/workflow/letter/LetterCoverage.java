package cn.qinglian.workflow.letter;

import java.util.List;

/** Who has signed and who has not, by level of the cascade and by unit. */
public record LetterCoverage(Letter letter, int aspects, Counts total, List<Counts> levels, List<Counts> units) {

    /** {@code key} is the level (1, 2, …) or the unit id; {@code pending} names everyone not yet signed. */
    public record Counts(String key, String name, int expected, int signed, int pending, List<Pending> pendingPeople) {}

    /** Someone who has not signed yet, with whom and how far it got (not started, with the upper party, with them, returned). */
    public record Pending(String personId, String personName, String counterpartId, String status) {}
}
