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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far a campaign has come, unit by unit, and who is still pending. */
@Service
public class CoverageService {

    private static final Role[] READERS = {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER};

    private final SelfReviewMapper mapper;
    private final OrgService org;
    private final Clock clock;

    CoverageService(SelfReviewMapper mapper, OrgService org, Clock clock) {
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
        people.forEach(p -> pending.computeIfAbsent(p.unitId(), k -> new ArrayList<>()));
        people.stream().filter(p -> p.status() != ReviewStatus.COMPLETED).forEach(p -> pending.get(p.unitId()).add(
                new Pending(p.personId(), p.personName(), p.unitName(), p.stage(), p.status(), overdue(campaign, today, p.stage(), p.status()))));
        return coverage(campaign, today, people.stream().map(CoverageService::counted).toList(), pending);
    }

    /** The same figures without the list of who is pending, counted in the database (the report card's). */
    @Transactional(readOnly = true)
    public Coverage figures(long campaignId, CurrentUser user) {
        Campaign campaign = readableCampaign(campaignId, user);
        LocalDate today = ChinaTime.today(clock);
        return coverage(campaign, today, mapper.countProgress(campaignId, today), Map.of());
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
        return new SelfReviewMapper.ProgressCount(p.unitId(), p.unitName(), p.unitOrder(), p.stage(), p.status(),
                p.submittedAt() != null ? 1 : 0, 1, p.openMeasures(), p.closedMeasures(), p.overdueMeasures());
    }

    private static Coverage coverage(Campaign campaign, LocalDate today, List<SelfReviewMapper.ProgressCount> counts,
                                     Map<String, List<Pending>> pending) {
        Map<String, List<SelfReviewMapper.ProgressCount>> byUnit = new LinkedHashMap<>();
        counts.forEach(c -> byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(c));
        List<UnitCoverage> units = byUnit.values().stream().map(rows -> unit(campaign, today, rows.get(0).unitId(),
                rows.get(0).unitName(), rows, pending.getOrDefault(rows.get(0).unitId(), List.of()))).toList();
        return new Coverage(campaign, unit(campaign, today, null, "合计", counts, List.of()), units);
    }

    private static UnitCoverage unit(Campaign campaign, LocalDate today, String unitId, String unitName,
                                     List<SelfReviewMapper.ProgressCount> rows, List<Pending> pending) {
        int members = 0, submitted = 0, approved = 0, returned = 0, overdue = 0, completed = 0, open = 0, closed = 0, late = 0;
        for (SelfReviewMapper.ProgressCount c : rows) {
            members += c.people();
            submitted += c.submitted() * c.people();
            approved += c.status() == ReviewStatus.APPROVED || c.status() == ReviewStatus.COMPLETED ? c.people() : 0;
            returned += c.status() == ReviewStatus.RETURNED ? c.people() : 0;
            completed += c.status() == ReviewStatus.COMPLETED ? c.people() : 0;
            overdue += overdue(campaign, today, c.stage(), c.status()) ? c.people() : 0;
            open += c.openMeasures();
            closed += c.closedMeasures();
            late += c.overdueMeasures();
        }
        return new UnitCoverage(unitId, unitName, members, submitted, approved, returned, overdue, completed, open,
                closed, late, pending);
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
