package cn.qinglian.workflow.annualtasks;

import java.time.Instant;
import java.time.LocalDate;

/** One task of the list; {@code cooperatingUnits} is comma-separated unit ids. */
public record TaskItem(
        long id,
        long listId,
        int itemNo,
        String content,
        String sourceList,
        Responsibility responsibility,
        String leadUnitId,
        String leadUnitName,
        String cooperatingUnits,
        String leaderId,
        String leaderName,
        LocalDate deadline,
        String milestones,
        TaskStatus status,
        int percentDone,
        Instant lastReportedAt,
        Instant closedAt) {}
