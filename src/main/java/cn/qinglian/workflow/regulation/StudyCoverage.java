package cn.qinglian.workflow.regulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * Who was asked to confirm studying a published compilation and who did: in total, per unit, and the
 * people who have not yet confirmed (for the office to follow up).
 */
public record StudyCoverage(
        long compilationId, String title, Count total, List<UnitCount> units, List<Pending> notStudied) {

    public record Count(int asked, int studied) {

        static final Count NONE = new Count(0, 0);

        Count plus(Count other) {
            return new Count(asked + other.asked, studied + other.studied);
        }

        /** Percent of those asked who confirmed, one decimal; 0 when nobody was asked. */
        @JsonProperty("percent")
        public double percent() {
            return asked == 0 ? 0 : Math.round(studied * 1000.0 / asked) / 10.0;
        }
    }

    public record UnitCount(String unitId, String unitName, Count counts) {}

    public record Pending(String personId, String name, String unitId, String unitName) {}

    /** A person's row of the campaign, as the mapper reads it. */
    record Row(String personId, String personName, String unitId, String unitName, boolean asked, Instant studiedAt) {}
}
