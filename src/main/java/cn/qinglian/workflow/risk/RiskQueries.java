package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the risk register (台账) with its access rules: lists, summaries, a point's detail. */
@Service
public class RiskQueries {

    private final RiskMapper mapper;
    private final OrgService org;
    private final RiskProperties properties;
    private final Clock clock;

    RiskQueries(RiskMapper mapper, OrgService org, RiskProperties properties, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskPoint> list(RiskMapper.Filter filter, CurrentUser user) {
        return mapper.findPoints(visible(filter, user));
    }

    /** The filter narrowed to what the user may see: a unit they may not read is refused, no unit means their own. */
    RiskMapper.Filter visible(RiskMapper.Filter filter, CurrentUser user) {
        Organisation organisation = org.organisation();
        Optional<String> own = RiskAccess.ownUnit(user, organisation);
        if (filter.unitId() != null) {
            if (organisation.unit(filter.unitId()).isEmpty()) {
                throw ApiException.invalidField("unit", "单位不存在：" + filter.unitId());
            }
            RiskAccess.requireUnit(user, organisation, filter.unitId());
        }
        String unit = filter.unitId() != null ? filter.unitId() : own.orElse(null);
        return new RiskMapper.Filter(filter.year(), unit, filter.grade(), filter.status());
    }

    @Transactional(readOnly = true)
    public List<RiskUnitSummary> summary(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        Optional<String> own = RiskAccess.ownUnit(user, organisation);
        LocalDate today = ChinaTime.today(clock);
        return mapper.summary(year, today).stream()
                .filter(line -> own.isEmpty() || own.get().equals(line.unitId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RiskPointDetail detail(long id, CurrentUser user) {
        RiskPoint point = mapper.findPoint(id);
        if (point == null) {
            throw ApiException.notFound("risk-point-not-found", "找不到风险点：" + id);
        }
        RiskAccess.requireUnit(user, org.organisation(), point.unitId());
        return describe(point);
    }

    /** A point the process holds; a missing one is the engine's inconsistency, not the caller's. */
    @Transactional(readOnly = true)
    RiskPoint point(long id) {
        RiskPoint point = mapper.findPoint(id);
        if (point == null) {
            throw new IllegalStateException("No risk point " + id);
        }
        return point;
    }

    /** A point's measures, every round's, in the order they were set. */
    List<RiskMeasure> measures(long id) {
        return mapper.findMeasures(id);
    }

    /** The decisions made on a point, every round's, in the order they were made. */
    List<RiskDecision> decisions(long id) {
        return mapper.findDecisions(id);
    }

    /** The point with its grades, measures, decisions and notices, for a caller whose access is settled. */
    RiskPointDetail describe(RiskPoint point) {
        long id = point.id();
        return new RiskPointDetail(
                point,
                point.grade() == null ? null : point.grade().label(),
                point.status().label(),
                mapper.findGrades(id),
                mapper.findMeasures(id),
                mapper.findDecisions(id),
                mapper.findNotices(id));
    }
}
