package cn.qinglian.workflow.selfreview;

import java.util.List;

/** A campaign's coverage: the totals and, unit by unit, how far its members are and who is pending. */
public record Coverage(Campaign campaign, UnitCoverage total, List<UnitCoverage> units) {

    /**
     * One unit's numbers. {@code submitted}: handed in at least once; {@code approved}: approved by the
     * branch secretary (including those completed); {@code returned}: sent back and not yet handed in
     * again; {@code overdue}: past the deadline of the stage they are in.
     */
    public record UnitCoverage(
            String unitId,
            String unitName,
            int members,
            int submitted,
            int approved,
            int returned,
            int overdue,
            int completed,
            int measuresOpen,
            int measuresClosed,
            int measuresOverdue,
            List<Pending> pending) {}

    /** A member not yet completed, and where they stand. */
    public record Pending(
            String personId,
            String personName,
            String unitName,
            ReviewStage stage,
            ReviewStatus status,
            boolean overdue) {

        static Pending of(SelfReviewMapper.Progress p) {
            return new Pending(p.personId(), p.personName(), p.unitName(), p.stage(), p.status(), false);
        }
    }

    /** The campaign as the office closed it, with the reviews that were still open. */
    public record Closing(Campaign campaign, List<Pending> open) {}
}
