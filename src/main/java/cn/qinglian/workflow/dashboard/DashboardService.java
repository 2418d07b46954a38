package cn.qinglian.workflow.dashboard;

import cn.qinglian.workflow.annualtasks.TaskListProgress;
import cn.qinglian.workflow.annualtasks.TaskListQueries;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.dashboard.ReportCard.AnnualTasks;
import cn.qinglian.workflow.dashboard.ReportCard.CampaignProgress;
import cn.qinglian.workflow.dashboard.ReportCard.Cascade;
import cn.qinglian.workflow.dashboard.ReportCard.Education;
import cn.qinglian.workflow.dashboard.ReportCard.Figures;
import cn.qinglian.workflow.dashboard.ReportCard.Letters;
import cn.qinglian.workflow.dashboard.ReportCard.Regulations;
import cn.qinglian.workflow.dashboard.ReportCard.RiskPoints;
import cn.qinglian.workflow.dashboard.ReportCard.SecretaryProjects;
import cn.qinglian.workflow.dashboard.ReportCard.SelfReview;
import cn.qinglian.workflow.dashboard.ReportCard.SiteBuilding;
import cn.qinglian.workflow.dashboard.ReportCard.Talks;
import cn.qinglian.workflow.dashboard.ReportCard.UnitFigures;
import cn.qinglian.workflow.education.EducationFigures;
import cn.qinglian.workflow.education.EducationQueries;
import cn.qinglian.workflow.integritytalk.TalkFigures;
import cn.qinglian.workflow.integritytalk.TalkQueries;
import cn.qinglian.workflow.letter.LetterCoverage;
import cn.qinglian.workflow.letter.LetterQueries;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import cn.qinglian.workflow.regulation.RegulationFigures;
import cn.qinglian.workflow.risk.RiskQueries;
import cn.qinglian.workflow.risk.RiskUnitSummary;
import cn.qinglian.workflow.secretaryproject.ProjectFigures;
import cn.qinglian.workflow.secretaryproject.ProjectQueries;
import cn.qinglian.workflow.selfreview.Campaign;
import cn.qinglian.workflow.selfreview.CampaignService;
import cn.qinglian.workflow.selfreview.Coverage;
import cn.qinglian.workflow.selfreview.CoverageQueries;
import cn.qinglian.workflow.sitebuilding.SiteBuildingQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the year's figures from the processes' own read models into one report card. */
@Service
class DashboardService {

    private static final Role[] READERS = {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER};

    private final OrgService org;
    private final TaskListQueries taskLists;
    private final LetterQueries letters;
    private final CampaignService campaigns;
    private final CoverageQueries selfReviewCoverage;
    private final RiskQueries risks;
    private final ProjectQueries projects;
    private final SiteBuildingQueries sites;
    private final EducationQueries educationQueries;
    private final RegulationFigures regulationFigures;
    private final TalkQueries talkQueries;

    DashboardService(
            OrgService org,
            TaskListQueries taskLists,
            LetterQueries letters,
            CampaignService campaigns,
            CoverageQueries selfReviewCoverage,
            RiskQueries risks,
            ProjectQueries projects,
            SiteBuildingQueries sites,
            EducationQueries educationQueries,
            RegulationFigures regulationFigures,
            TalkQueries talkQueries) {
        this.org = org;
        this.taskLists = taskLists;
        this.letters = letters;
        this.campaigns = campaigns;
        this.selfReviewCoverage = selfReviewCoverage;
        this.risks = risks;
        this.projects = projects;
        this.sites = sites;
        this.educationQueries = educationQueries;
        this.regulationFigures = regulationFigures;
        this.talkQueries = talkQueries;
    }

    /**
     * One read-only transaction for all four read models: one connection, and the organisation's change
     * token read once (MyBatis answers the repeats from the transaction's session). A year without a
     * task list or letter answers 404 inside; those reads are declared not to mark the transaction for
     * rollback, so the other figures still come back.
     */
    @Transactional(readOnly = true)
    public ReportCard reportCard(int year, boolean byUnit, CurrentUser user) {
        Organisation organisation = org.organisation();
        if (!user.isAdmin() && !organisation.holds(user.userId(), READERS)) {
            throw ApiException.forbidden("党建报表仅机关党委、党组成员和管理员可以查看。");
        }
        Map<String, AnnualTasks> taskListByUnit = new HashMap<>();
        AnnualTasks taskList = taskList(year, taskListByUnit);
        Map<String, Letters> lettersByUnit = new HashMap<>();
        LetterFigures letter = letters(year, lettersByUnit);
        Map<String, SelfReview> selfReviewByUnit = new HashMap<>();
        List<CampaignProgress> campaignProgress = new ArrayList<>();
        SelfReview selfReview = selfReview(year, user, selfReviewByUnit, campaignProgress);
        Map<String, RiskPoints> riskByUnit = new HashMap<>();
        RiskPoints riskPoints = riskPoints(year, user, riskByUnit);
        Map<String, SecretaryProjects> projectsByUnit = new HashMap<>();
        SecretaryProjects secretaryProjects = secretaryProjects(year, projectsByUnit);
        Map<String, SiteBuilding> sitesByUnit = new HashMap<>();
        SiteBuilding siteBuilding = siteBuilding(sitesByUnit);
        Map<String, Education> educationByUnit = new HashMap<>();
        Education education = education(year, educationByUnit);
        Map<String, Regulations> regulationsByUnit = new HashMap<>();
        Regulations regulations = regulations(year, regulationsByUnit);
        Map<String, Talks> talksByUnit = new HashMap<>();
        Talks talks = talks(year, talksByUnit);
        List<UnitFigures> units = !byUnit
                ? List.of()
                : organisation.units().stream()
                        .map(u -> new UnitFigures(
                                u.id(),
                                u.name(),
                                organisation.membersOf(u.id()).size(),
                                new Figures(
                                        taskListByUnit.getOrDefault(u.id(), AnnualTasks.NONE),
                                        lettersByUnit.getOrDefault(u.id(), Letters.NONE),
                                        selfReviewByUnit.getOrDefault(u.id(), SelfReview.NONE),
                                        riskByUnit.getOrDefault(u.id(), RiskPoints.NONE),
                                        projectsByUnit.getOrDefault(u.id(), SecretaryProjects.NONE),
                                        sitesByUnit.getOrDefault(u.id(), SiteBuilding.NONE),
                                        educationByUnit.getOrDefault(u.id(), Education.NONE),
                                        regulationsByUnit.getOrDefault(u.id(), Regulations.NONE),
                                        talksByUnit.getOrDefault(u.id(), Talks.NONE))))
                        .toList();
        return new ReportCard(
                year,
                new Figures(
                        taskList,
                        letter.total(),
                        selfReview,
                        riskPoints,
                        secretaryProjects,
                        siteBuilding,
                        education,
                        regulations,
                        talks),
                summary(organisation),
                campaignProgress,
                letter.cascade(),
                units);
    }

    private AnnualTasks taskList(int year, Map<String, AnnualTasks> byUnit) {
        TaskListProgress progress;
        try {
            progress = taskLists.progress(year);
        } catch (ApiException notFound) {
            return AnnualTasks.NONE;
        }
        progress.units().forEach(u -> byUnit.put(u.unitId(), of(u.totals())));
        return of(progress.total());
    }

    private LetterFigures letters(int year, Map<String, Letters> byUnit) {
        LetterCoverage coverage;
        try {
            coverage = letters.figures(year);
        } catch (ApiException notFound) {
            return new LetterFigures(Letters.NONE, null);
        }
        coverage.units().forEach(u -> byUnit.put(u.key(), new Letters(u.expected(), u.signed())));
        Cascade cascade = new Cascade(
                coverage.letter().status().name(),
                coverage.aspects(),
                coverage.levels().stream()
                        .map(l -> new Cascade.Level(l.key(), l.name(), l.expected(), l.signed()))
                        .toList());
        return new LetterFigures(
                new Letters(coverage.total().expected(), coverage.total().signed()), cascade);
    }

    /** The letter's totals and its cascade level by level (none in a year without a letter). */
    private record LetterFigures(Letters total, Cascade cascade) {}

    private SelfReview selfReview(
            int year, CurrentUser user, Map<String, SelfReview> byUnit, List<CampaignProgress> progress) {
        SelfReview total = SelfReview.NONE;
        for (long campaignId : campaigns.campaignsOf(year)) {
            Coverage coverage = selfReviewCoverage.figures(campaignId, user);
            Campaign campaign = coverage.campaign();
            progress.add(new CampaignProgress(
                    campaign.id(),
                    campaign.name(),
                    campaign.status().name(),
                    campaign.reviewDue(),
                    of(coverage.total())));
            total = total.plus(of(coverage.total()));
            coverage.units().forEach(u -> byUnit.merge(u.unitId(), of(u), SelfReview::plus));
        }
        return total;
    }

    private RiskPoints riskPoints(int year, CurrentUser user, Map<String, RiskPoints> byUnit) {
        RiskPoints total = RiskPoints.NONE;
        for (RiskUnitSummary s : risks.summary(year, user)) {
            RiskPoints unit = new RiskPoints(s.identified(), s.high(), s.medium(), s.low(), s.controlled());
            byUnit.merge(s.unitId(), unit, RiskPoints::plus);
            total = total.plus(unit);
        }
        return total;
    }

    private SecretaryProjects secretaryProjects(int year, Map<String, SecretaryProjects> byUnit) {
        ProjectFigures figures = projects.figures(year);
        figures.units().forEach(u -> byUnit.put(u.unitId(), of(u.counts())));
        return of(figures.total());
    }

    private Talks talks(int year, Map<String, Talks> byUnit) {
        TalkFigures figures = talkQueries.figures(year);
        figures.units().stream().filter(u -> u.unitId() != null).forEach(u -> byUnit.put(u.unitId(), of(u.counts())));
        return of(figures.total());
    }

    private static Talks of(TalkFigures.Counts c) {
        return new Talks(c.total(), c.byKind(), c.confirmed());
    }

    private Regulations regulations(int year, Map<String, Regulations> byUnit) {
        RegulationFigures.Figures figures = regulationFigures.figures(year);
        figures.units()
                .forEach(u -> byUnit.put(
                        u.unitId(),
                        new Regulations(0, 0, u.studied().asked(), u.studied().confirmed())));
        return new Regulations(
                figures.inForce(),
                figures.compiled(),
                figures.studied().asked(),
                figures.studied().confirmed());
    }

    private Education education(int year, Map<String, Education> byUnit) {
        EducationFigures figures = educationQueries.figures(year);
        figures.units()
                .forEach(u -> byUnit.put(
                        u.unitId(),
                        new Education(
                                0,
                                0,
                                u.counts().expected(),
                                u.counts().signedIn(),
                                u.counts().attendanceRate())));
        EducationFigures.Counts t = figures.total();
        return new Education(figures.sessions(), figures.lectures(), t.expected(), t.signedIn(), t.attendanceRate());
    }

    private SiteBuilding siteBuilding(Map<String, SiteBuilding> byUnit) {
        SiteBuildingQueries.SiteBuildingFigures figures = sites.figures();
        figures.byUnit().stream().filter(u -> u.unitId() != null).forEach(u -> byUnit.put(u.unitId(), of(u.counts())));
        return of(figures.total());
    }

    private static SiteBuilding of(SiteBuildingQueries.Counts c) {
        return new SiteBuilding(
                c.serviceGroups(), c.projectOrganisations(), c.jointBuilding(), c.temporaryBranches(), c.modelPosts());
    }

    private static SecretaryProjects of(ProjectFigures.Counts c) {
        return new SecretaryProjects(c.proposed(), c.approved(), c.reporting(), c.concluded(), c.excellent());
    }

    private static AnnualTasks of(TaskListProgress.Totals t) {
        return new AnnualTasks(t.tasks(), t.signed(), t.closed(), t.overdue());
    }

    private static SelfReview of(Coverage.UnitCoverage c) {
        return new SelfReview(c.members(), c.submitted(), c.approved());
    }

    private static ReportCard.OrgSize summary(Organisation organisation) {
        List<Unit> newOrganisations = organisation.units().stream()
                .filter(u -> u.unitType() == UnitType.NEW_ORGANISATION)
                .toList();
        int withInspector = (int) newOrganisations.stream()
                .filter(u -> organisation.membersOf(u.id()).stream().anyMatch(p -> p.has(Role.DISCIPLINE_INSPECTOR)))
                .count();
        int associations = (int) organisation.units().stream()
                .filter(u -> u.unitType() == UnitType.ASSOCIATION)
                .count();
        int people = (int) organisation.people().stream().filter(Person::active).count();
        return new ReportCard.OrgSize(
                organisation.units().size(), people, newOrganisations.size(), withInspector, associations);
    }
}
