package cn.qinglian.workflow.secretaryproject;

import java.math.BigDecimal;

/** The grade a project's mean panel score gives (out of 100). */
public enum ProjectGrade {
    EXCELLENT("优秀", 90),
    GOOD("良好", 80),
    FAIR("一般", 60),
    POOR("较差", 0);

    private final String label;
    private final int from;

    ProjectGrade(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The lowest mean score of the grade. */
    public int from() {
        return from;
    }

    static ProjectGrade of(BigDecimal mean) {
        for (ProjectGrade grade : values()) {
            if (mean.compareTo(BigDecimal.valueOf(grade.from)) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
