package cn.qinglian.workflow.secretaryproject;

import java.util.List;

/**
 * The year's 书记领办党建项目 on the report card: proposed (all but the withdrawn), approved (立项, whatever
 * happened since), reporting (推进中 now), concluded (graded) and excellent (优秀) — for the commission and
 * unit by unit.
 */
public record ProjectFigures(Counts total, List<UnitCount> units) {

    public record Counts(int proposed, int approved, int reporting, int concluded, int excellent) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(
                    proposed + o.proposed,
                    approved + o.approved,
                    reporting + o.reporting,
                    concluded + o.concluded,
                    excellent + o.excellent);
        }
    }

    public record UnitCount(String unitId, int proposed, int approved, int reporting, int concluded, int excellent) {
        public Counts counts() {
            return new Counts(proposed, approved, reporting, concluded, excellent);
        }
    }
}
