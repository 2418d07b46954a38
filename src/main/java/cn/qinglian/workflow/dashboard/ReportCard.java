package cn.qinglian.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The "双建" report card for a year (党建报表): the task list, the letter, the self-review campaigns, the
 * risk register, the secretary-led projects, Party building on construction sites and the organisation — for the whole commission, and unit by unit with {@code ?by=unit}.
 * {@code campaigns} and {@code cascade} show how far each running campaign and the letter's signing have got;
 * {@code cascade} is absent in a year without a letter.
 */
record ReportCard(
        int year,
        Figures total,
        OrgSize organisation,
        List<CampaignProgress> campaigns,
        Cascade cascade,
        List<UnitFigures> units) {

    public record AnnualTasks(int tasks, int signed, int closed, int overdue) {
        static final AnnualTasks NONE = new AnnualTasks(0, 0, 0, 0);

        AnnualTasks plus(AnnualTasks o) {
            return new AnnualTasks(tasks + o.tasks, signed + o.signed, closed + o.closed, overdue + o.overdue);
        }
    }

    public record Letters(int expected, int signed) {
        static final Letters NONE = new Letters(0, 0);
    }

    public record SelfReview(int members, int submitted, int approved) {
        static final SelfReview NONE = new SelfReview(0, 0, 0);

        SelfReview plus(SelfReview o) {
            return new SelfReview(members + o.members, submitted + o.submitted, approved + o.approved);
        }
    }

    public record RiskPoints(long identified, long high, long medium, long low, long controlled) {
        static final RiskPoints NONE = new RiskPoints(0, 0, 0, 0, 0);

        RiskPoints plus(RiskPoints o) {
            return new RiskPoints(
                    identified + o.identified,
                    high + o.high,
                    medium + o.medium,
                    low + o.low,
                    controlled + o.controlled);
        }
    }

    /**
     * 书记领办党建项目: proposed (all but the withdrawn), approved (立项), reporting (推进中 now), concluded (graded),
     * excellent (优秀).
     */
    public record SecretaryProjects(int proposed, int approved, int reporting, int concluded, int excellent) {
        static final SecretaryProjects NONE = new SecretaryProjects(0, 0, 0, 0, 0);
    }

    /**
     * 项目党建联建 as it stands now (not per year): service groups, active project Party organisations, signed
     * 联建 agreements, active temporary branches, 党员示范岗.
     */
    public record SiteBuilding(
            int serviceGroups, int projectOrganisations, int jointBuilding, int temporaryBranches, int modelPosts) {
        static final SiteBuilding NONE = new SiteBuilding(0, 0, 0, 0, 0);
    }

    /**
     * 党纪教育: the year's sessions and 廉政教育课 (lectures), and attendance of those that are over: expected and
     * signed in, the rate (0–1, null without anyone expected). Per unit, sessions and lectures are 0 and the
     * attendance is of the unit's people.
     */
    public record Education(int sessions, int lectures, int expected, int signedIn, Double attendanceRate) {
        static final Education NONE = new Education(0, 0, 0, 0, null);
    }

    /**
     * 制度汇编: regulations in force, those in the year's published compilations, and members asked to study
     * them against those who confirmed. Per unit only the study figures are the unit's own.
     */
    public record Regulations(int inForce, int compiled, int studyAsked, int studied) {
        static final Regulations NONE = new Regulations(0, 0, 0, 0);
    }

    /**
     * 廉政谈话, counts only (never content): talks of the year (函询 included), by kind (Chinese label), and
     * those held and confirmed by every person talked to.
     */
    public record Talks(int total, Map<String, Integer> byKind, int confirmed) {
        static final Talks NONE = new Talks(0, Map.of(), 0);
    }

    /** The processes' and ledgers' figures for the commission or for one unit. */
    public record Figures(
            AnnualTasks taskList,
            Letters letters,
            SelfReview selfReview,
            RiskPoints riskPoints,
            SecretaryProjects secretaryProjects,
            SiteBuilding siteBuilding,
            Education education,
            Regulations regulations,
            Talks talks) {}

    public record UnitFigures(String unitId, String unitName, int people, Figures figures) {}

    /** One of the year's 查改剖 campaigns; {@code status} is OPEN, COMPLETED or CLOSED. */
    public record CampaignProgress(long id, String name, String status, LocalDate reviewDue, SelfReview figures) {}

    /**
     * The letter's signing cascade, level by level; {@code status} is the letter's (PENDING_APPROVAL … COMPLETED),
     * {@code aspects} the number of aspects of responsibility its current version binds each signer to.
     */
    public record Cascade(String status, int aspects, List<Level> levels) {

        public record Level(String level, String name, int expected, int signed) {}
    }

    public record OrgSize(
            int units, int people, int newOrganisations, int newOrganisationsWithInspector, int associations) {}
}
