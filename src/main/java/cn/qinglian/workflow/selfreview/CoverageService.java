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
        boolean allowed = user.isAdmin() || org.organisation().holds(user.userId(), READERS);
        if (!allowed) {
            throw ApiException.forbidden("只有机关党委、党组成员或管理员可以查看自查覆盖情况。");
        }
        Campaign campaign = mapper.findCampaign(campaignId);
        if (campaign == null) {
            throw ApiException.notFound("campaign-not-found", "查改剖活动不存在：" + campaignId);
        }
        LocalDate today = ChinaTime.today(clock);
        Map<String, List<SelfReviewMapper.Progress>> byUnit = new LinkedHashMap<>();
        List<SelfReviewMapper.Progress> all = mapper.findProgress(campaignId, today);
        all.forEach(p -> byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
        List<UnitCoverage> units = byUnit.values().stream().map(rows -> unit(campaign, today, rows.get(0).unitId(),
                rows.get(0).unitName(), rows)).toList();
        return new Coverage(campaign, unit(campaign, today, null, "合计", all), units);
    }

    private static UnitCoverage unit(Campaign campaign, LocalDate today, String unitId, String unitName,
                                     List<SelfReviewMapper.Progress> rows) {
        int submitted = 0, approved = 0, returned = 0, overdue = 0, completed = 0, open = 0, closed = 0, late = 0;
        List<Pending> pending = new ArrayList<>();
        for (SelfReviewMapper.Progress p : rows) {
            submitted += p.submittedAt() != null ? 1 : 0;
            approved += p.status() == ReviewStatus.APPROVED || p.status() == ReviewStatus.COMPLETED ? 1 : 0;
            returned += p.status() == ReviewStatus.RETURNED ? 1 : 0;
            completed += p.status() == ReviewStatus.COMPLETED ? 1 : 0;
            boolean isOverdue = overdue(campaign, today, p);
            overdue += isOverdue ? 1 : 0;
            open += p.openMeasures();
            closed += p.closedMeasures();
            late += p.overdueMeasures();
            if (p.status() != ReviewStatus.COMPLETED) {
                pending.add(new Pending(p.personId(), p.personName(), p.unitName(), p.stage(), p.status(), isOverdue));
            }
        }
        return new UnitCoverage(unitId, unitName, rows.size(), submitted, approved, returned, overdue, completed, open,
                closed, late, unitId == null ? List.of() : pending);
    }

    /** Past the deadline of the stage the review is in (the member's three stages, or the branch review). */
    static boolean overdue(Campaign campaign, LocalDate today, SelfReviewMapper.Progress p) {
        if (p.status() == ReviewStatus.CANCELLED) {
            return false;
        }
        LocalDate due = switch (p.stage()) {
            case CHECK -> campaign.checkDue();
            case CORRECT -> campaign.correctDue();
            case ANALYSE -> campaign.analyseDue();
            case BRANCH_REVIEW -> campaign.reviewDue();
            default -> null;
        };
        return due != null && today.isAfter(due);
    }
}
