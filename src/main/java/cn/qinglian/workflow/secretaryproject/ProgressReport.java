package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.error.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress report from the 报告进展 form: which milestone it is about (its number, or none for a
 * quarterly report), whether that milestone is now reached, the percentage done and what was done.
 */
record ProgressReport(Integer milestone, boolean milestoneDone, Integer percent, String text) {

    List<FieldProblem> problems(int milestones) {
        List<FieldProblem> problems = new ArrayList<>();
        if (milestone != null && (milestone < 1 || milestone > milestones)) {
            problems.add(FieldProblem.of(ProjectProcess.VAR_MILESTONE, "里程碑序号应为 1–" + milestones));
        }
        if (milestone == null && milestoneDone) {
            problems.add(FieldProblem.of(ProjectProcess.VAR_MILESTONE, "请填写已完成的是第几个里程碑"));
        }
        if (percent == null || percent < 0 || percent > 100) {
            problems.add(FieldProblem.of(ProjectProcess.VAR_PERCENT, "完成进度应为 0–100"));
        }
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(ProjectProcess.VAR_PROGRESS, "请填写进展情况"));
        } else if (text.length() > 4000) {
            problems.add(FieldProblem.of(ProjectProcess.VAR_PROGRESS, "进展情况不超过 4000 字"));
        }
        return problems;
    }
}
