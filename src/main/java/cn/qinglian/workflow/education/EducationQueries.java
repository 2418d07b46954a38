package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sessions and attendance with their access rules; the year's figures for the report card. */
@Service
public class EducationQueries {

    private final EducationMapper mapper;
    private final OrgService org;
    private final EducationService sessions;
    private final Clock clock;

    EducationQueries(EducationMapper mapper, OrgService org, EducationService sessions, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The sessions a reader may see: all (or one unit's) for those who keep every unit, a branch secretary's
     * own unit and those under it when asked for, otherwise the sessions the reader is expected at.
     */
    @Transactional(readOnly = true)
    public List<Session> list(Integer year, String unitId, CurrentUser user) {
        Organisation organisation = org.organisation();
        if (unitId != null) {
            if (organisation.unit(unitId).isEmpty()) {
                throw ApiException.invalidField("unit", "单位不存在：" + unitId);
            }
            EducationAccess.requireKeeper(user, organisation, unitId);
            return mapper.findSessions(new EducationMapper.Filter(year, null, null)).stream()
                    .filter(s -> EducationAccess.isUnder(organisation, s.unitId(), unitId))
                    .toList();
        }
        if (EducationAccess.seesAll(user, organisation)) {
            return mapper.findSessions(new EducationMapper.Filter(year, null, null));
        }
        return mapper.findSessions(new EducationMapper.Filter(year, null, user.userId()));
    }

    /**
     * A session for someone expected at it, for those who keep its unit (with the code, the link, everyone's
     * attendance and the leave asked for), and for a branch secretary whose people are expected at another
     * unit's session (their people's attendance).
     */
    @Transactional(readOnly = true)
    public SessionDetail detail(long id, CurrentUser user) {
        Session session = sessions.session(id);
        Organisation organisation = org.organisation();
        Attendance own = mapper.findOne(id, user.userId());
        boolean keeper = EducationAccess.keeps(user, organisation, session.unitId());
        List<Attendance> all = mapper.findAttendance(id);
        List<Attendance> theirs = keeper
                ? all
                : EducationAccess.keptUnit(user, organisation)
                        .map(unit -> all.stream()
                                .filter(a ->
                                        a.unitId() != null && EducationAccess.isUnder(organisation, a.unitId(), unit))
                                .toList())
                        .orElse(List.of());
        if (own == null && theirs.isEmpty()) {
            throw ApiException.forbidden("您不在本次学习的应参加人员中。");
        }
        return new SessionDetail(
                session,
                own,
                keeper ? new SessionDetail.SignIn(session.signInCode(), signInLink(session)) : null,
                theirs.isEmpty() ? null : theirs,
                keeper ? mapper.findLeaves(id) : null,
                counts(theirs.isEmpty() ? all : theirs));
    }

    /** A person's own record for the year: every session they were expected at and how they attended. */
    @Transactional(readOnly = true)
    public List<Attendance> mine(int year, CurrentUser user) {
        return mapper.findPersonYear(user.userId(), year);
    }

    /** Attendance of the year's sessions that are over, per unit: for those who keep the units. */
    @Transactional(readOnly = true)
    public List<EducationFigures.UnitCounts> byUnit(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        return figures(year).units().stream()
                .filter(u -> u.unitId() != null && EducationAccess.keeps(user, organisation, u.unitId()))
                .toList();
    }

    /** The year's figures (its reader is checked by the report card). */
    @Transactional(readOnly = true)
    public EducationFigures figures(int year) {
        List<EducationFigures.UnitCounts> units = mapper.countByUnit(year, clock.instant()).stream()
                .map(c -> new EducationFigures.UnitCounts(
                        c.unitId(), new EducationFigures.Counts(c.expected(), c.signedIn(), c.excused(), c.madeUp())))
                .toList();
        EducationFigures.Counts total = units.stream()
                .map(EducationFigures.UnitCounts::counts)
                .reduce(EducationFigures.Counts.NONE, EducationFigures.Counts::plus);
        return new EducationFigures(
                mapper.countSessions(year, null), mapper.countSessions(year, SessionKind.LECTURE), total, units);
    }

    /** The page a phone opens to sign in, on this app's own address (the room's screen shows it in full). */
    static String signInLink(Session session) {
        return "/m/sessions/" + session.id() + "?t=" + session.signInToken();
    }

    private static EducationFigures.Counts counts(List<Attendance> attendance) {
        return new EducationFigures.Counts(
                attendance.size(),
                (int) attendance.stream().filter(a -> a.signedInAt() != null).count(),
                (int) attendance.stream().filter(Attendance::excused).count(),
                (int) attendance.stream().filter(a -> a.madeUpAt() != null).count());
    }
}
