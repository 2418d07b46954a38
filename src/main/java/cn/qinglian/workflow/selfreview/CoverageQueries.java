package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.selfreview.Coverage.Pending;
import cn.qinglian.workflow.selfreview.Coverage.UnitCoverage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far a campaign has come, unit by unit, and who is still pending. */
@Service
public class CoverageQueries {

    private static final Role[] READERS = {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER};

    private final SelfReviewMapper mapper;
    private final OrgService org;
    private final Clock clock;

    CoverageQueries(SelfReviewMapper mapper, OrgService org, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Coverage coverage(long campaignId, CurrentUser user) {
        Campaign campaign = readableCampaign(campaignId, user);
        LocalDate today = ChinaTime.today(clock);
        List<SelfReviewMapper.Progress> people = mapper.findProgress(campaignId, today);
        Map<String, List<Pending>> pending = new LinkedHashMap<>();
        for (SelfReviewMapper.Progress p : people) {
            List<Pending> unit = pending.computeIfAbsent(p.unitId(), k -> new ArrayList<>());
            if (p.status() != ReviewStatus.COMPLETED) {
                unit.add(new Pending(
                        p.personId(),
                        p.personName(),
                        p.unitName(),
                        p.stage(),
                        p.status(),
                        overdue(campaign, today, p.stage(), p.status())));
            }
        }
        List<SelfReviewMapper.MeasureCount> measures = people.stream()
                .map(p -> new SelfReviewMapper.MeasureCount(
                        p.unitId(), p.openMeasures(), p.closedMeasures(), p.overdueMeasures()))
                .toList();
        return coverage(
                campaign, today, people.stream().map(CoverageQueries::counted).toList(), measures, pending);
    }

    /** The same figures without the list of who is pending, counted in the database (the report card's). */
    @Transactional(readOnly = true)
    public Coverage figures(long campaignId, CurrentUser user) {
        Campaign campaign = readableCampaign(campaignId, user);
        LocalDate today = ChinaTime.today(clock);
        return coverage(
                campaign, today, mapper.countProgress(campaignId), mapper.countMeasures(campaignId, today), Map.of());
    }

    private Campaign readableCampaign(long campaignId, CurrentUser user) {
        boolean allowed = user.isAdmin() || org.organisation().holds(user.userId(), READERS);
        if (!allowed) {
            throw ApiException.forbidden("只有机关党委、党组成员或管理员可以查看自查覆盖情况。");
        }
        Campaign campaign = mapper.findCampaign(campaignId);
        if (campaign == null) {
            throw ApiException.notFound("campaign-not-found", "查改剖活动不存在：" + campaignId);
        }
        return campaign;
    }

    private static SelfReviewMapper.ProgressCount counted(SelfReviewMapper.Progress p) {
        return new SelfReviewMapper.ProgressCount(
                p.unitId(), p.unitName(), p.unitOrder(), p.stage(), p.status(), p.submittedAt() != null ? 1 : 0, 1);
    }

    private static Coverage coverage(
            Campaign campaign,
            LocalDate today,
            List<SelfReviewMapper.ProgressCount> counts,
            List<SelfReviewMapper.MeasureCount> measures,
            Map<String, List<Pending>> pending) {
        Map<String, List<SelfReviewMapper.ProgressCount>> byUnit = new LinkedHashMap<>();
        counts.forEach(
                c -> byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c));
        Map<String, List<SelfReviewMapper.MeasureCount>> measuresByUnit = new HashMap<>();
        measures.forEach(m -> measuresByUnit
                .computeIfAbsent(m.unitId(), k -> new ArrayList<>())
                .add(m));
        List<UnitCoverage> units = byUnit.values().stream()
                .map(rows -> {
                    String unitId = rows.get(0).unitId();
                    return unit(
                            campaign,
                            today,
                            unitId,
                            rows.get(0).unitName(),
                            rows,
                            measuresByUnit.getOrDefault(unitId, List.of()),
                            pending.getOrDefault(unitId, List.of()));
                })
                .toList();
        return new Coverage(campaign, unit(campaign, today, null, "合计", counts, measures, List.of()), units);
    }

    private static UnitCoverage unit(
            Campaign campaign,
            LocalDate today,
            String unitId,
            String unitName,
            List<SelfReviewMapper.ProgressCount> rows,
            List<SelfReviewMapper.MeasureCount> measures,
            List<Pending> pending) {
        int members = 0,
                submitted = 0,
                approved = 0,
                returned = 0,
                overdue = 0,
                completed = 0,
                open = 0,
                closed = 0,
                late = 0;
        for (SelfReviewMapper.ProgressCount c : rows) {
            members += c.people();
            submitted += c.submitted();
            approved += c.status() == ReviewStatus.APPROVED || c.status() == ReviewStatus.COMPLETED ? c.people() : 0;
            returned += c.status() == ReviewStatus.RETURNED ? c.people() : 0;
            completed += c.status() == ReviewStatus.COMPLETED ? c.people() : 0;
            overdue += overdue(campaign, today, c.stage(), c.status()) ? c.people() : 0;
        }
        for (SelfReviewMapper.MeasureCount m : measures) {
            open += m.openMeasures();
            closed += m.closedMeasures();
            late += m.overdueMeasures();
        }
        return new UnitCoverage(
                unitId, unitName, members, submitted, approved, returned, overdue, completed, open, closed, late,
                pending);
    }

    /** Past the deadline of the stage the review is in (the member's three stages, or the branch review). */
    static boolean overdue(Campaign campaign, LocalDate today, ReviewStage stage, ReviewStatus status) {
        if (status == ReviewStatus.CANCELLED) {
            return false;
        }
        LocalDate due = switch (stage) {
            case CHECK -> campaign.checkDue();
            case CORRECT -> campaign.correctDue();
            case ANALYSE -> campaign.analyseDue();
            case BRANCH_REVIEW -> campaign.reviewDue();
            default -> null;
        };
        return due != null && today.isAfter(due);
    }
}
