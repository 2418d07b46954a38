package cn.qinglian.workflow.annualtasks;

import java.time.Instant;
import java.time.LocalDate;

/** The year's task list. */
public record TaskList(
        long id,
        int listYear,
        String businessKey,
        String title,
        ListStatus status,
        LocalDate signOffDue,
        String reportCycle,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        Instant approvedAt,
        Instant closedAt) {}
