package cn.qinglian.workflow.education;

import java.util.List;

/**
 * A session as its reader may see it: everyone expected sees the session and their own attendance; those who
 * keep its unit also see the sign-in code and link (to show on the screen in the room), everyone's
 * attendance and the leave asked for.
 */
record SessionDetail(
        Session session,
        Attendance own,
        SignIn signIn,
        List<Attendance> attendance,
        List<Leave> leaves,
        EducationFigures.Counts counts) {

    /** The code to read out and the link a QR code on the screen carries. */
    record SignIn(String code, String link) {}
}
