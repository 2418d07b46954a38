package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Judge;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the 书记领办党建项目 ledger with its access rules: lists, a project's detail, the year's figures. */
@Service
public class ProjectQueries {

    private final ProjectMapper mapper;
    private final OrgService org;

    ProjectQueries(ProjectMapper mapper, OrgService org) {
        this.mapper = mapper;
        this.org = org;
    }

    @Transactional(readOnly = true)
    public List<Project> list(Integer year, String unitId, CurrentUser user) {
        return mapper.findProjects(visible(new ProjectMapper.Filter(year, unitId, null), user));
    }

    /** The filter narrowed to what the user may see: a unit they may not read is refused, none means all theirs. */
    ProjectMapper.Filter visible(ProjectMapper.Filter filter, CurrentUser user) {
        Organisation organisation = org.organisation();
        if (filter.unitId() != null) {
            if (organisation.unit(filter.unitId()).isEmpty()) {
                throw ApiException.invalidField("unit", "单位不存在：" + filter.unitId());
            }
            ProjectAccess.requireUnit(user, organisation, filter.unitId());
            return filter;
        }
        return new ProjectMapper.Filter(
                filter.year(), null, ProjectAccess.ownUnits(user, organisation).orElse(null));
    }

    /**
     * A project for a reader of its unit, or for one of its judges. Individual scores only for those who
     * keep the ledger and for each judge's own; everyone sees the mean and the grade.
     */
    @Transactional(readOnly = true)
    public ProjectDetail detail(long id, CurrentUser user) {
        Project project = mapper.findProject(id);
        if (project == null) {
            throw ProjectService.notFound(id);
        }
        Organisation organisation = org.organisation();
        List<Judge> judges = mapper.findJudges(id);
        boolean judge = judges.stream().anyMatch(j -> j.judgeId().equals(user.userId()));
        if (!judge) {
            ProjectAccess.requireUnit(user, organisation, project.unitId());
        }
        boolean seesScores = ProjectAccess.seesAll(user, organisation);
        return describe(
                project,
                judges.stream()
                        .map(j -> seesScores || j.judgeId().equals(user.userId()) ? j : withoutScores(j))
                        .toList());
    }

    /** A project the process holds; a missing one is the engine's inconsistency, not the caller's. */
    @Transactional(readOnly = true)
    Project project(long id) {
        Project project = mapper.findProject(id);
        if (project == null) {
            throw new IllegalStateException("No secretary project " + id);
        }
        return project;
    }

    ProjectDetail describe(Project project, List<Judge> judges) {
        long id = project.id();
        return new ProjectDetail(
                project,
                mapper.findMilestones(id),
                mapper.findTeam(id),
                mapper.findDecisions(id),
                mapper.findReports(id),
                mapper.findEvidence(id),
                judges,
                mapper.findNotices(id));
    }

    @Transactional(readOnly = true)
    ProjectDetail describe(Project project) {
        return describe(project, mapper.findJudges(project.id()));
    }

    /** The year's figures for the report card, for the commission and unit by unit (its reader is checked there). */
    @Transactional(readOnly = true)
    public ProjectFigures figures(int year) {
        List<ProjectFigures.UnitCount> units = mapper.countByUnit(year);
        ProjectFigures.Counts total = units.stream()
                .map(ProjectFigures.UnitCount::counts)
                .reduce(ProjectFigures.Counts.NONE, ProjectFigures.Counts::plus);
        return new ProjectFigures(total, units);
    }

    private static Judge withoutScores(Judge j) {
        return new Judge(j.projectId(), j.judgeId(), j.judgeName(), null, null, null, null, null, null, j.scoredAt());
    }
}
