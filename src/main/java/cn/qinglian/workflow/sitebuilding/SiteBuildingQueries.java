package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the 项目党建 ledger after checking the caller may (every member of the organisation may), the
 * projects that should set up a temporary Party branch and have none, and — for the report card —
 * {@link #figures()}.
 */
@Service
public class SiteBuildingQueries {

    /** The five figures the report card shows. */
    public record Counts(
            int serviceGroups, int projectOrganisations, int jointBuilding, int temporaryBranches, int modelPosts) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(
                    serviceGroups + o.serviceGroups,
                    projectOrganisations + o.projectOrganisations,
                    jointBuilding + o.jointBuilding,
                    temporaryBranches + o.temporaryBranches,
                    modelPosts + o.modelPosts);
        }
    }

    /**
     * The figures of one org unit: the unit a project Party organisation is (its own rows, its project's
     * model posts), the agency branch of a signed agreement, the unit of a service group's leader.
     * {@code unitId} is null for rows with no such unit (organisations recorded by name, agreements
     * signed by a service group).
     */
    public record UnitFigures(String unitId, String unitName, Counts counts) {}

    /**
     * Service groups; active project Party organisations; signed 联建 agreements; active temporary
     * branches; model posts — in total and per org unit.
     */
    public record SiteBuildingFigures(Counts total, List<UnitFigures> byUnit) {}

    public record ProjectDetail(
            Project project,
            List<PartyOrg> organisations,
            List<PartyMember> members,
            List<ModelPost> modelPosts,
            List<ServiceGroup> serviceGroups,
            int fullMembers,
            boolean needsTemporaryBranch) {}

    public record PartyOrgDetail(PartyOrg organisation, List<PartyMember> members) {}

    public record AgreementDetail(Agreement agreement, List<Activity> activities) {}

    /** A project that should set up a temporary Party branch and has none. */
    public record TemporaryBranchGap(Project project, int fullMembers, String reason) {}

    private final SiteBuildingMapper mapper;
    private final SiteBuildingService ledger;
    private final AgreementService agreements;
    private final OrgService org;

    SiteBuildingQueries(
            SiteBuildingMapper mapper, SiteBuildingService ledger, AgreementService agreements, OrgService org) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.agreements = agreements;
        this.org = org;
    }

    /** The figures, for a member of the organisation ({@code GET /api/site-building/figures}). */
    @Transactional(readOnly = true)
    public SiteBuildingFigures figures(CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return figures();
    }

    /** The figures, for a module that has checked its reader itself (the report card). */
    @Transactional(readOnly = true)
    public SiteBuildingFigures figures() {
        Map<String, Counts> byUnit = new LinkedHashMap<>();
        Organisation organisation = org.organisation();
        for (SiteBuildingMapper.GroupRow group : mapper.findGroups()) {
            add(
                    byUnit,
                    organisation.person(group.leaderId()).map(Person::unitId).orElse(null),
                    new Counts(1, 0, 0, 0, 0));
        }
        List<PartyOrg> orgs = mapper.findOrgs(null);
        Map<Long, String> unitOfProject = new HashMap<>();
        for (PartyOrg o : orgs) {
            if (o.status() != PartyOrgStatus.ACTIVE) {
                continue;
            }
            boolean temporary = o.kind() == PartyOrgKind.TEMPORARY_BRANCH;
            add(byUnit, o.unitId(), new Counts(0, 1, 0, temporary ? 1 : 0, 0));
            if (o.unitId() != null) {
                unitOfProject.putIfAbsent(o.projectId(), o.unitId());
            }
        }
        for (Agreement a : mapper.findAgreements()) {
            if (a.status() == AgreementStatus.SIGNED) {
                add(byUnit, a.agencyUnitId(), new Counts(0, 0, 1, 0, 0));
            }
        }
        for (ModelPost p : mapper.findPosts()) {
            add(byUnit, unitOfProject.get(p.projectId()), new Counts(0, 0, 0, 0, 1));
        }
        Counts total = byUnit.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<UnitFigures> units = byUnit.entrySet().stream()
                .map(e -> new UnitFigures(
                        e.getKey(),
                        e.getKey() == null
                                ? "未关联组织单位"
                                : organisation.unit(e.getKey()).map(Unit::name).orElse(e.getKey()),
                        e.getValue()))
                .sorted(Comparator.comparing(UnitFigures::unitId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new SiteBuildingFigures(total, units);
    }

    private static void add(Map<String, Counts> byUnit, String unitId, Counts counts) {
        byUnit.merge(unitId, counts, Counts::plus);
    }

    @Transactional(readOnly = true)
    public List<Project> projects(CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return mapper.findProjects();
    }

    @Transactional(readOnly = true)
    public ProjectDetail project(long id, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        Project project = ledger.project(id);
        List<PartyMember> members = mapper.findMembers(id);
        int full = fullMembers(members);
        List<ServiceGroup> groups =
                groups().stream().filter(g -> g.projectIds().contains(id)).toList();
        return new ProjectDetail(
                project,
                mapper.findOrgs(id),
                members,
                mapper.findPosts().stream().filter(p -> p.projectId() == id).toList(),
                groups,
                full,
                gap(project, full, mapper.findActiveTemporaryBranchIds(id).size()) != null);
    }

    @Transactional(readOnly = true)
    public List<PartyOrg> organisations(Long projectId, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return mapper.findOrgs(projectId);
    }

    @Transactional(readOnly = true)
    public PartyOrgDetail organisation(long id, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        PartyOrg partyOrg = ledger.partyOrg(id);
        return new PartyOrgDetail(
                partyOrg,
                mapper.findMembers(partyOrg.projectId()).stream()
                        .filter(m -> Objects.equals(m.orgId(), id))
                        .toList());
    }

    @Transactional(readOnly = true)
    public List<ServiceGroup> serviceGroups(CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return groups();
    }

    @Transactional(readOnly = true)
    public ServiceGroup serviceGroup(long id, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return ledger.group(id);
    }

    @Transactional(readOnly = true)
    public List<ModelPost> modelPosts(CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return mapper.findPosts();
    }

    @Transactional(readOnly = true)
    public ModelPost modelPost(long id, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        ModelPost post = mapper.findPost(id);
        if (post == null) {
            throw ApiException.notFound("model-post-not-found", "找不到党员示范岗：" + id);
        }
        return post;
    }

    @Transactional(readOnly = true)
    public List<Agreement> agreementList(CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return mapper.findAgreements();
    }

    @Transactional(readOnly = true)
    public AgreementDetail agreement(long id, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return new AgreementDetail(agreements.agreement(id), activities(id));
    }

    @Transactional(readOnly = true)
    public List<Activity> activities(long agreementId, CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        agreements.agreement(agreementId);
        return activities(agreementId);
    }

    /**
     * Projects under construction lasting six months or more (start to planned end) with three or more
     * full Party members on site and no active temporary Party branch. Probationary members do not count.
     */
    @Transactional(readOnly = true)
    public List<TemporaryBranchGap> temporaryBranchGaps(CurrentUser user) {
        SiteAccess.requireReader(user, org.organisation());
        return gaps();
    }

    List<TemporaryBranchGap> gaps() {
        Map<Long, SiteBuildingMapper.ProjectCounts> counts = mapper.projectCounts().stream()
                .collect(Collectors.toMap(SiteBuildingMapper.ProjectCounts::projectId, Function.identity()));
        List<TemporaryBranchGap> gaps = new ArrayList<>();
        for (Project project : mapper.findProjects()) {
            SiteBuildingMapper.ProjectCounts c = counts.get(project.id());
            TemporaryBranchGap gap = gap(project, c.fullMembers(), c.temporaryBranches());
            if (gap != null) {
                gaps.add(gap);
            }
        }
        return gaps;
    }

    private static TemporaryBranchGap gap(Project project, int fullMembers, int temporaryBranches) {
        if (project.status() != ProjectStatus.UNDER_CONSTRUCTION
                || !project.lastsSixMonths()
                || fullMembers < 3
                || temporaryBranches > 0) {
            return null;
        }
        return new TemporaryBranchGap(
                project,
                fullMembers,
                "工期 " + project.startDate() + " 至 " + project.plannedEndDate() + "（六个月以上），正式党员 " + fullMembers
                        + " 名，应成立临时党支部");
    }

    List<ServiceGroup> groups() {
        Map<Long, List<String>> members = mapper.findGroupMembers().stream()
                .collect(Collectors.groupingBy(
                        SiteBuildingMapper.MemberLink::groupId,
                        Collectors.mapping(SiteBuildingMapper.MemberLink::personId, Collectors.toList())));
        Map<Long, List<Long>> projects = mapper.findGroupProjects().stream()
                .collect(Collectors.groupingBy(
                        SiteBuildingMapper.ProjectLink::groupId,
                        Collectors.mapping(SiteBuildingMapper.ProjectLink::projectId, Collectors.toList())));
        return mapper.findGroups().stream()
                .map(g -> new ServiceGroup(
                        g.id(),
                        g.name(),
                        g.leaderId(),
                        g.leaderName(),
                        members.getOrDefault(g.id(), List.of()),
                        projects.getOrDefault(g.id(), List.of())))
                .toList();
    }

    List<Activity> activities(Long agreementId) {
        return mapper.findActivities(agreementId).stream()
                .map(a -> new Activity(
                        a.id(),
                        a.agreementId(),
                        a.activityDate(),
                        a.kind(),
                        a.participantCount(),
                        a.note(),
                        a.createdBy(),
                        mapper.findParticipants(a.id()),
                        mapper.findActivityFileNames(a.id())))
                .toList();
    }

    private static int fullMembers(List<PartyMember> members) {
        return (int)
                members.stream().filter(m -> m.membership() == Membership.FULL).count();
    }
}
