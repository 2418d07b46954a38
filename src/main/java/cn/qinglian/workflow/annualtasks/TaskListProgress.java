package cn.qinglian.workflow.annualtasks;

import java.util.List;

/** The year at a glance: the totals, each lead unit, and each task. */
public record TaskListProgress(TaskList list, Totals total, List<UnitProgress> units, List<TaskProgress> tasks) {

    /** Counts over a set of tasks; {@code overdue}: past its deadline and not closed. */
    public record Totals(int tasks, int signed, int reportedComplete, int closed, int overdue, int averagePercent) {

        static Totals of(List<TaskItem> items, java.time.LocalDate today) {
            int signed = 0, complete = 0, closed = 0, overdue = 0, percent = 0;
            for (TaskItem i : items) {
                signed += i.status() != TaskStatus.PENDING ? 1 : 0;
                complete += i.status() == TaskStatus.REPORTED_COMPLETE ? 1 : 0;
                closed += i.status() == TaskStatus.CLOSED ? 1 : 0;
                overdue += TaskProgress.overdue(i, today) ? 1 : 0;
                percent += i.percentDone();
            }
            return new Totals(
                    items.size(), signed, complete, closed, overdue, items.isEmpty() ? 0 : percent / items.size());
        }
    }

    public record UnitProgress(String unitId, String unitName, Totals totals) {}

    public record TaskProgress(
            int itemNo,
            String content,
            String sourceList,
            String responsibility,
            String leadUnitId,
            String leadUnitName,
            String leaderName,
            java.time.LocalDate deadline,
            TaskStatus status,
            int percentDone,
            java.time.Instant lastReportedAt,
            boolean overdue) {

        static TaskProgress of(TaskItem i, java.time.LocalDate today) {
            return new TaskProgress(
                    i.itemNo(),
                    i.content(),
                    i.sourceList(),
                    i.responsibility().label(),
                    i.leadUnitId(),
                    i.leadUnitName(),
                    i.leaderName(),
                    i.deadline(),
                    i.status(),
                    i.percentDone(),
                    i.lastReportedAt(),
                    overdue(i, today));
        }

        static boolean overdue(TaskItem i, java.time.LocalDate today) {
            return i.status() != TaskStatus.CLOSED && today.isAfter(i.deadline());
        }
    }
}
