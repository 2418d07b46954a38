package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

/** Test data for 廉政谈话: plans, form submissions and the demo organisation's people, unique per test. */
final class TalkFixtures {

    static final String OFFICE = "office1";
    static final String INSPECTOR = "ins-b3";
    static final String HEAD = "head-a02";
    static final String UNIT = "a02";

    private TalkFixtures() {}

    static void today(LocalDate day) {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(day.atTime(10, 0), ChinaTime.ZONE).toInstant()));
    }

    static CurrentUser user(String id, String... groups) {
        return new CurrentUser(id, List.of(groups));
    }

    /** A text no other test writes, to look for in every channel afterwards. */
    static String secret(String what) {
        return what + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Plain members (only the 党员 role) of the units whose talks {@code leader} approves, skipping the first
     * {@code skip}: each test takes its own people, and all of them share one approver.
     */
    static List<String> members(Organisation org, String leader, int skip, int count) {
        List<String> units = org.person(leader).orElseThrow().supervisedUnitIds();
        return org.people().stream()
                .filter(p -> p.active() && p.roles().size() == 1 && p.has(Role.PARTY_MEMBER))
                .filter(p -> units.contains(p.unitId()))
                .map(Person::id)
                .sorted()
                .skip(skip)
                .limit(count)
                .toList();
    }

    static String supervisorOf(Organisation org, String unitId) {
        return org.withRole(Role.LEADERSHIP_MEMBER).stream()
                .filter(p -> p.supervisedUnitIds().contains(unitId))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static TalkPlan plan(TalkKind kind, List<String> people, String reason, String talker) {
        return new TalkPlan(kind.name(), people, reason, talker, null);
    }

    static Map<String, Object> approve(String talker) {
        return Variables.createVariables()
                .putValue(TalkProcess.VAR_APPROVAL, TalkProcess.APPROVE)
                .putValue(TalkProcess.VAR_TALKER_CHOSEN, talker);
    }

    static Map<String, Object> decline(String decision, String comment) {
        return Variables.createVariables()
                .putValue(TalkProcess.VAR_APPROVAL, decision)
                .putValue(TalkProcess.VAR_COMMENT, comment);
    }

    static Map<String, Object> hold(LocalDate day, String recorder, String record) {
        return Variables.createVariables()
                .putValue(TalkProcess.VAR_TALK_DATE, day.toString())
                .putValue(TalkProcess.VAR_PLACE, "委机关 3 楼谈话室")
                .putValue(TalkProcess.VAR_RECORDER, recorder)
                .putValue(TalkProcess.VAR_RECORD, record);
    }

    static Map<String, Object> confirm(String statement) {
        return Variables.createVariables()
                .putValue(TalkProcess.VAR_CONFIRMED, true)
                .putValue(TalkProcess.VAR_STATEMENT, statement);
    }
}
