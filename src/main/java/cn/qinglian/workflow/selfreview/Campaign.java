package cn.qinglian.workflow.selfreview;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A launched 查改剖 campaign. {@code scopeUnits} lists the units asked for, comma-separated ("" = all); a unit
 * taken without the units below it reads e.g. "pg（仅本级）".
 */
public record Campaign(
        long id,
        String businessKey,
        String name,
        int campaignYear,
        String scopeUnits,
        int minAnalysisLength,
        double spotCheckRate,
        LocalDate checkDue,
        LocalDate correctDue,
        LocalDate analyseDue,
        LocalDate reviewDue,
        CampaignStatus status,
        String launchedBy,
        Instant launchedAt,
        String closedBy,
        Instant closedAt,
        String closeNote) {}
