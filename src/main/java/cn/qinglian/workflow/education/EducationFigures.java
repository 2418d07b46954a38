package cn.qinglian.workflow.education;

import java.util.List;

/**
 * The year's 党纪教育 on the report card: sessions held or set, of which 廉政教育课 (lectures), and the
 * attendance of the sessions that are over (signed in / expected), for the commission and per unit of the
 * people expected.
 */
public record EducationFigures(int sessions, int lectures, Counts total, List<UnitCounts> units) {

    public record Counts(int expected, int signedIn, int excused, int madeUp) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /** Signed in of expected, 0–1; null without anyone expected. */
        public Double attendanceRate() {
            return expected == 0 ? null : Math.round(signedIn * 1000.0 / expected) / 1000.0;
        }

        Counts plus(Counts o) {
            return new Counts(expected + o.expected, signedIn + o.signedIn, excused + o.excused, madeUp + o.madeUp);
        }
    }

    public record UnitCounts(String unitId, Counts counts) {}
}
