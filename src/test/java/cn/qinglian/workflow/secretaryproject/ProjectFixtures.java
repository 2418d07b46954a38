package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

/** Test data for secretary-led projects: proposals and form submissions, unique per test. */
final class ProjectFixtures {

    /** A day early in the project's year, so that milestones lie ahead and the year-end timer is not due. */
    static final LocalDate START = LocalDate.of(2027, 2, 10);

    private ProjectFixtures() {}

    static void today(LocalDate day) {
        ClockUtil.setCurrentTime(
                Date.from(ZonedDateTime.of(day.atTime(10, 0), ChinaTime.ZONE).toInstant()));
    }

    static ProjectProposal proposal(String title, List<String> team, LocalDate... milestoneDates) {
        List<ProjectProposal.Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < milestoneDates.length; i++) {
            milestones.add(new ProjectProposal.Milestone("节点" + (i + 1) + "：完成阶段任务", milestoneDates[i]));
        }
        return new ProjectProposal(
                title + "（" + UUID.randomUUID().toString().substring(0, 8) + "）",
                "工地党建与工程建设“两张皮”，一线党员作用发挥不明显",
                "城市道路建设三年行动",
                "年内在 5 个重点工地建立党员先锋岗，工程质量安全零事故",
                "一是建立工地临时党支部；二是开展党员先锋岗亮诺践诺；三是每月一次工地主题党日",
                "形成“党建引领工地”工作法一套，工程按期完工",
                milestones,
                team,
                null);
    }

    static CurrentUser user(String id, String... groups) {
        return new CurrentUser(id, List.of(groups));
    }

    static Map<String, Object> review(boolean approved, String comment) {
        return Variables.createVariables()
                .putValue(ProjectProcess.VAR_APPROVED, approved)
                .putValue(ProjectProcess.VAR_COMMENT, comment);
    }

    static Map<String, Object> report(Integer milestone, boolean done, int percent, String text, boolean conclude) {
        return Variables.createVariables()
                .putValue(ProjectProcess.VAR_MILESTONE, milestone)
                .putValue(ProjectProcess.VAR_MILESTONE_DONE, done)
                .putValue(ProjectProcess.VAR_PERCENT, percent)
                .putValue(ProjectProcess.VAR_PROGRESS, text)
                .putValue(ProjectProcess.VAR_CONCLUDE, conclude);
    }

    static Map<String, Object> scores(int topic, int measures, int results, int demonstration) {
        return Variables.createVariables()
                .putValue(ProjectProcess.VAR_SCORE_TOPIC, topic)
                .putValue(ProjectProcess.VAR_SCORE_MEASURES, measures)
                .putValue(ProjectProcess.VAR_SCORE_RESULTS, results)
                .putValue(ProjectProcess.VAR_SCORE_DEMONSTRATION, demonstration);
    }
}
