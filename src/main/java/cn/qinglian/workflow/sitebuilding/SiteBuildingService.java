package cn.qinglian.workflow.sitebuilding;

import static cn.qinglian.workflow.common.error.FieldProblems.trimmed;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblems;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import cn.qinglian.workflow.sitebuilding.Requests.CompletionRequest;
import cn.qinglian.workflow.sitebuilding.Requests.MemberInput;
import cn.qinglian.workflow.sitebuilding.Requests.ModelPostRequest;
import cn.qinglian.workflow.sitebuilding.Requests.PartyOrgRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ProjectRequest;
import cn.qinglian.workflow.sitebuilding.Requests.ServiceGroupRequest;
import cn.qinglian.workflow.sitebuilding.SiteBuildingMapper.MemberValues;
import cn.qinglian.workflow.sitebuilding.SiteBuildingMapper.OrgValues;
import cn.qinglian.workflow.sitebuilding.SiteBuildingMapper.PostValues;
import cn.qinglian.workflow.sitebuilding.SiteBuildingMapper.ProjectValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 项目党建 ledger's changes: projects (and their completion, which dissolves their temporary
 * branches), project Party organisations with their members, service groups and model posts. Each
 * command checks every field first, writes nothing when one is wrong, and records its audit entry.
 */
@Service
class SiteBuildingService {

    /** The audit trail's process key for ledger entries that no process step made. */
    static final String LEDGER_KEY = "siteBuilding";

    private static final Logger log = LoggerFactory.getLogger(SiteBuildingService.class);

    private final SiteBuildingMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final Clock clock;

    SiteBuildingService(SiteBuildingMapper mapper, OrgService org, AuditService audit, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- projects -------------------------------------------------------------------------------

    @Transactional
    public Project createProject(ProjectRequest request, CurrentUser user) {
        SiteAccess.requireKeeper(user, org.organisation());
        ProjectValues values = projectValues(request, "");
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertProject(values, user.userId(), id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateProject(values.name());
        }
        record(user.userId(), "site-project-" + id.getValue(), SiteBuildingOutcome.PROJECT_SAVED, values.name());
        return mapper.findProject(id.getValue());
    }

    @Transactional
    public Project updateProject(long id, ProjectRequest request, CurrentUser user) {
        SiteAccess.requireKeeper(user, org.organisation());
        project(id);
        ProjectValues values = projectValues(request, "");
        try {
            mapper.updateProject(id, values, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateProject(values.name());
        }
        record(user.userId(), "site-project-" + id, SiteBuildingOutcome.PROJECT_SAVED, "修改：" + values.name());
        return mapper.findProject(id);
    }

    /** Records the project's completion and, in the same transaction, dissolves its temporary branches. */
    @Transactional
    public Project complete(long id, CompletionRequest request, CurrentUser user) {
        SiteAccess.requireKeeper(user, org.organisation());
        Project project = mapper.lockProject(id);
        if (project == null) {
            throw projectNotFound(id);
        }
        if (project.status() == ProjectStatus.COMPLETED) {
            throw ApiException.conflict("site-project-completed", "项目已于 " + project.completedOn() + " 竣工，未重复登记。");
        }
        LocalDate on = request == null ? null : request.completedOn();
        FieldProblems problems = new FieldProblems();
        if (on == null) {
            problems.add("completedOn", "请填写竣工日期");
        } else if (on.isBefore(project.startDate())) {
            problems.add("completedOn", "竣工日期不能早于开工日期 " + project.startDate());
        } else if (on.isAfter(ChinaTime.today(clock))) {
            problems.add("completedOn", "竣工日期不能晚于今天");
        }
        problems.throwIfAny("竣工登记");
        mapper.completeProject(id, on, clock.instant());
        String key = "site-project-" + id;
        record(user.userId(), key, SiteBuildingOutcome.PROJECT_COMPLETED, project.name() + " 于 " + on + " 竣工");
        for (long branch : mapper.findActiveTemporaryBranchIds(id)) {
            mapper.dissolveOrg(branch, on, clock.instant());
            PartyOrg dissolved = mapper.findOrg(branch);
            record(user.userId(), key, SiteBuildingOutcome.BRANCH_DISSOLVED, dissolved.name() + " 于 " + on + " 撤销");
            log.info("Dissolved temporary branch {} of completed project {}", branch, id);
        }
        return mapper.findProject(id);
    }

    /** Replaces the project's Party members who belong to none of its organisations. */
    @Transactional
    public List<PartyMember> replaceProjectMembers(long id, List<MemberInput> members, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        project(id);
        FieldProblems problems = new FieldProblems();
        List<MemberValues> values = memberValues(members, organisation, problems);
        problems.throwIfAny("党员名单");
        mapper.deleteLooseMembers(id);
        insertMembers(id, null, values);
        return mapper.findMembers(id);
    }

    private ProjectValues projectValues(ProjectRequest r, String prefix) {
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("name", "请填写项目信息");
            problems.throwIfAny("项目信息");
        }
        problems.required(prefix + "name", trimmed(r.name()), "请填写项目名称");
        problems.maxLength(prefix + "name", r.name(), 200, "项目名称");
        Optional<ProjectType> type = ProjectType.parse(r.projectType());
        if (type.isEmpty()) {
            problems.add(prefix + "projectType", "项目类型应为 " + Labelled.of(ProjectType.values()));
        }
        problems.maxLength(prefix + "district", r.district(), 100, "所在区域");
        problems.required(prefix + "startDate", r.startDate(), "请填写开工日期");
        problems.required(prefix + "plannedEndDate", r.plannedEndDate(), "请填写计划竣工日期");
        if (r.startDate() != null
                && r.plannedEndDate() != null
                && r.plannedEndDate().isBefore(r.startDate())) {
            problems.add(prefix + "plannedEndDate", "计划竣工日期不能早于开工日期");
        }
        problems.maxLength(prefix + "ownerUnit", r.ownerUnit(), 200, "建设单位");
        problems.maxLength(prefix + "supervisorUnit", r.supervisorUnit(), 200, "监理单位");
        problems.maxLength(prefix + "contractorUnit", r.contractorUnit(), 200, "施工单位");
        problems.throwIfAny("项目信息");
        return new ProjectValues(
                trimmed(r.name()),
                type.orElseThrow(),
                trimmed(r.district()),
                r.startDate(),
                r.plannedEndDate(),
                trimmed(r.ownerUnit()),
                trimmed(r.supervisorUnit()),
                trimmed(r.contractorUnit()));
    }

    // ---- project Party organisations ------------------------------------------------------------

    @Transactional
    public PartyOrg createOrg(PartyOrgRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        FieldProblems problems = new FieldProblems();
        OrgValues values = orgValues(request, organisation, problems);
        List<MemberValues> members = memberValues(request == null ? null : request.members(), organisation, problems);
        problems.throwIfAny("项目党组织");
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertOrg(values, id, clock.instant());
            insertMembers(values.projectId(), id.getValue(), members);
        } catch (DuplicateKeyException e) {
            throw duplicateOrgOrMember(values.name());
        }
        record(
                user.userId(),
                "site-party-org-" + id.getValue(),
                SiteBuildingOutcome.PARTY_ORG_SAVED,
                values.kind().label() + "：" + values.name());
        return mapper.findOrg(id.getValue());
    }

    @Transactional
    public PartyOrg updateOrg(long id, PartyOrgRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        PartyOrg existing = partyOrg(id);
        FieldProblems problems = new FieldProblems();
        OrgValues values = orgValues(request, organisation, problems);
        List<MemberValues> members = request == null || request.members() == null
                ? null
                : memberValues(request.members(), organisation, problems);
        if (values != null && values.projectId() != existing.projectId()) {
            problems.add("projectId", "项目党组织不能改到另一个项目");
        }
        problems.throwIfAny("项目党组织");
        try {
            mapper.updateOrg(id, values, clock.instant());
            if (members != null) {
                mapper.deleteOrgMembers(id);
                insertMembers(existing.projectId(), id, members);
            }
        } catch (DuplicateKeyException e) {
            throw duplicateOrgOrMember(values.name());
        }
        record(user.userId(), "site-party-org-" + id, SiteBuildingOutcome.PARTY_ORG_SAVED, "修改：" + values.name());
        return mapper.findOrg(id);
    }

    /** Replaces an organisation's members: the office's, or its own secretary's. */
    @Transactional
    public List<PartyMember> replaceOrgMembers(long id, List<MemberInput> members, CurrentUser user) {
        Organisation organisation = org.organisation();
        PartyOrg partyOrg = partyOrg(id);
        SiteAccess.requireOrgKeeper(user, organisation, partyOrg);
        FieldProblems problems = new FieldProblems();
        List<MemberValues> values = memberValues(members, organisation, problems);
        problems.throwIfAny("党员名单");
        mapper.deleteOrgMembers(id);
        try {
            insertMembers(partyOrg.projectId(), id, values);
        } catch (DuplicateKeyException e) {
            throw duplicateOrgOrMember(partyOrg.name());
        }
        record(
                user.userId(),
                "site-party-org-" + id,
                SiteBuildingOutcome.PARTY_ORG_SAVED,
                "党员名单 " + values.size() + " 人");
        return mapper.findMembers(partyOrg.projectId()).stream()
                .filter(m -> m.orgId() != null && m.orgId() == id)
                .toList();
    }

    private OrgValues orgValues(PartyOrgRequest r, Organisation organisation, FieldProblems problems) {
        if (r == null) {
            problems.add("name", "请填写项目党组织信息");
            return null;
        }
        Project project = null;
        if (r.projectId() == null) {
            problems.add("projectId", "请选择项目");
        } else {
            project = mapper.findProject(r.projectId());
            if (project == null) {
                problems.add("projectId", "项目不存在：" + r.projectId());
            }
        }
        Optional<PartyOrgKind> kind = PartyOrgKind.parse(r.kind());
        if (kind.isEmpty()) {
            problems.add("kind", "组织类别应为 " + Labelled.of(PartyOrgKind.values()));
        } else if (kind.get() == PartyOrgKind.TEMPORARY_BRANCH
                && project != null
                && project.status() == ProjectStatus.COMPLETED) {
            problems.add("kind", "项目已竣工，不能设立临时党支部");
        }
        problems.required("name", trimmed(r.name()), "请填写组织名称");
        problems.maxLength("name", r.name(), 200, "组织名称");
        String unitId = trimmed(r.unitId());
        if (unitId != null) {
            Optional<Unit> unit = organisation.unit(unitId);
            if (unit.isEmpty()) {
                problems.add("unitId", "组织单位不存在：" + unitId);
            } else if (unit.get().unitType() != UnitType.PROJECT_PARTY_ORG) {
                problems.add(
                        "unitId",
                        "只能关联类型为“项目党组织”的单位，" + unit.get().name() + "是"
                                + unit.get().unitType().label());
            }
        }
        String secretaryId = trimmed(r.secretaryId());
        if (secretaryId != null
                && organisation.person(secretaryId).filter(Person::active).isEmpty()) {
            problems.add("secretaryId", "书记不在组织架构中：" + secretaryId);
        }
        if (secretaryId == null && unitId != null) {
            secretaryId = organisation.membersOf(unitId).stream()
                    .filter(p -> p.has(Role.BRANCH_SECRETARY))
                    .map(Person::id)
                    .findFirst()
                    .orElse(null);
        }
        problems.maxLength("secretaryName", r.secretaryName(), 100, "书记姓名");
        if (kind.isEmpty() || project == null || !problems.isEmpty()) {
            return null;
        }
        return new OrgValues(
                project.id(),
                kind.get(),
                trimmed(r.name()),
                unitId,
                secretaryId,
                secretaryId == null ? trimmed(r.secretaryName()) : null,
                r.establishedOn());
    }

    private List<MemberValues> memberValues(
            List<MemberInput> members, Organisation organisation, FieldProblems problems) {
        List<MemberValues> values = new ArrayList<>();
        if (members == null) {
            return values;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            MemberInput m = members.get(i);
            String prefix = "members[" + i + "].";
            String n = "第 " + (i + 1) + " 名党员";
            if (m == null) {
                problems.add(prefix + "name", n + "为空");
                continue;
            }
            String personId = trimmed(m.personId());
            String name = trimmed(m.name());
            String employer = trimmed(m.employer());
            if (personId != null) {
                Optional<Person> person = organisation.person(personId).filter(Person::active);
                if (person.isEmpty()) {
                    problems.add(prefix + "personId", n + "不在组织架构中：" + personId);
                } else {
                    name = person.get().name();
                    employer = employer == null
                            ? organisation
                                    .unit(person.get().unitId())
                                    .map(Unit::name)
                                    .orElse(null)
                            : employer;
                }
            } else if (name == null) {
                problems.add(prefix + "name", n + "须选择组织中的人员或填写姓名");
            }
            problems.maxLength(prefix + "name", m.name(), 100, n + "的姓名");
            problems.maxLength(prefix + "employer", m.employer(), 200, n + "的工作单位");
            Optional<Membership> membership = Membership.parse(m.membership());
            if (membership.isEmpty()) {
                problems.add(prefix + "membership", n + "须注明正式党员或预备党员");
            }
            String key =
                    personId != null ? personId : (name == null ? "" : name) + "|" + (employer == null ? "" : employer);
            if (!keys.add(key)) {
                problems.add(prefix + "personId", n + "与前面的党员重复");
            }
            if (name != null && membership.isPresent()) {
                values.add(new MemberValues(key, personId, name, employer, membership.get()));
            }
        }
        return values;
    }

    private void insertMembers(long projectId, Long orgId, List<MemberValues> members) {
        members.forEach(m -> mapper.insertMember(projectId, orgId, m));
    }

    // ---- service groups -------------------------------------------------------------------------

    @Transactional
    public ServiceGroup createGroup(ServiceGroupRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        GroupValues values = groupValues(request, organisation);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertGroup(values.name(), values.leaderId(), id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateGroup(values.name());
        }
        links(id.getValue(), values);
        record(user.userId(), "service-group-" + id.getValue(), SiteBuildingOutcome.SERVICE_GROUP_SAVED, values.name());
        return group(id.getValue());
    }

    @Transactional
    public ServiceGroup updateGroup(long id, ServiceGroupRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        group(id);
        GroupValues values = groupValues(request, organisation);
        try {
            mapper.updateGroup(id, values.name(), values.leaderId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateGroup(values.name());
        }
        mapper.deleteGroupMembers(id);
        mapper.deleteGroupProjects(id);
        links(id, values);
        record(user.userId(), "service-group-" + id, SiteBuildingOutcome.SERVICE_GROUP_SAVED, "修改：" + values.name());
        return group(id);
    }

    private record GroupValues(String name, String leaderId, Set<String> memberIds, Set<Long> projectIds) {}

    private GroupValues groupValues(ServiceGroupRequest r, Organisation organisation) {
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("name", "请填写服务指导组信息");
            problems.throwIfAny("服务指导组");
        }
        problems.required("name", trimmed(r.name()), "请填写服务指导组名称");
        problems.maxLength("name", r.name(), 200, "服务指导组名称");
        String leader = trimmed(r.leaderId());
        if (leader == null) {
            problems.add("leaderId", "请选择组长（党组成员）");
        } else if (!organisation.holds(leader, Role.LEADERSHIP_MEMBER, Role.SECRETARY)) {
            problems.add("leaderId", "组长须为党组书记或党组成员：" + leader);
        }
        Set<String> members = new LinkedHashSet<>();
        List<String> memberIds = r.memberIds() == null ? List.of() : r.memberIds();
        for (int i = 0; i < memberIds.size(); i++) {
            String id = trimmed(memberIds.get(i));
            if (id == null || organisation.person(id).filter(Person::active).isEmpty()) {
                problems.add("memberIds[" + i + "]", "组员不在组织架构中：" + id);
            } else {
                members.add(id);
            }
        }
        Set<Long> projects = new LinkedHashSet<>();
        List<Long> projectIds = r.projectIds() == null ? List.of() : r.projectIds();
        for (int i = 0; i < projectIds.size(); i++) {
            Long id = projectIds.get(i);
            if (id == null || mapper.findProject(id) == null) {
                problems.add("projectIds[" + i + "]", "项目不存在：" + id);
            } else {
                projects.add(id);
            }
        }
        problems.throwIfAny("服务指导组");
        return new GroupValues(trimmed(r.name()), leader, members, projects);
    }

    private void links(long groupId, GroupValues values) {
        values.memberIds().forEach(p -> mapper.insertGroupMember(groupId, p));
        values.projectIds().forEach(p -> mapper.insertGroupProject(groupId, p));
    }

    // ---- model posts ----------------------------------------------------------------------------

    @Transactional
    public ModelPost createPost(ModelPostRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        PostValues values = postValues(request, organisation);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertPost(values, id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicatePost(values);
        }
        record(
                user.userId(),
                "model-post-" + id.getValue(),
                SiteBuildingOutcome.MODEL_POST_SAVED,
                values.personName() + "：" + values.postTitle());
        return mapper.findPost(id.getValue());
    }

    @Transactional
    public ModelPost updatePost(long id, ModelPostRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireKeeper(user, organisation);
        if (mapper.findPost(id) == null) {
            throw ApiException.notFound("model-post-not-found", "找不到党员示范岗：" + id);
        }
        PostValues values = postValues(request, organisation);
        try {
            mapper.updatePost(id, values);
        } catch (DuplicateKeyException e) {
            throw duplicatePost(values);
        }
        record(
                user.userId(),
                "model-post-" + id,
                SiteBuildingOutcome.MODEL_POST_SAVED,
                "修改：" + values.personName() + "：" + values.postTitle());
        return mapper.findPost(id);
    }

    private PostValues postValues(ModelPostRequest r, Organisation organisation) {
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("postTitle", "请填写示范岗信息");
            problems.throwIfAny("党员示范岗");
        }
        String personId = trimmed(r.personId());
        String name = trimmed(r.personName());
        String employer = trimmed(r.employer());
        if (personId != null) {
            Optional<Person> person = organisation.person(personId).filter(Person::active);
            if (person.isEmpty()) {
                problems.add("personId", "人员不在组织架构中：" + personId);
            } else {
                name = person.get().name();
            }
        } else if (name == null) {
            problems.add("personName", "请选择组织中的人员或填写姓名");
        }
        problems.maxLength("personName", r.personName(), 100, "姓名");
        problems.maxLength("employer", r.employer(), 200, "工作单位");
        problems.required("postTitle", trimmed(r.postTitle()), "请填写示范岗名称");
        problems.maxLength("postTitle", r.postTitle(), 200, "示范岗名称");
        if (r.projectId() == null) {
            problems.add("projectId", "请选择项目");
        } else if (mapper.findProject(r.projectId()) == null) {
            problems.add("projectId", "项目不存在：" + r.projectId());
        }
        problems.required("fromDate", r.fromDate(), "请填写设岗起始日期");
        if (r.fromDate() != null && r.toDate() != null && r.toDate().isBefore(r.fromDate())) {
            problems.add("toDate", "设岗截止日期不能早于起始日期");
        }
        problems.throwIfAny("党员示范岗");
        String key = personId != null ? personId : name + "|" + (employer == null ? "" : employer);
        return new PostValues(
                r.projectId(), key, personId, name, employer, trimmed(r.postTitle()), r.fromDate(), r.toDate());
    }

    // ---- shared ---------------------------------------------------------------------------------

    Project project(long id) {
        Project project = mapper.findProject(id);
        if (project == null) {
            throw projectNotFound(id);
        }
        return project;
    }

    PartyOrg partyOrg(long id) {
        PartyOrg partyOrg = mapper.findOrg(id);
        if (partyOrg == null) {
            throw ApiException.notFound("site-party-org-not-found", "找不到项目党组织：" + id);
        }
        return partyOrg;
    }

    ServiceGroup group(long id) {
        SiteBuildingMapper.GroupRow row = mapper.findGroup(id);
        if (row == null) {
            throw ApiException.notFound("service-group-not-found", "找不到服务指导组：" + id);
        }
        return new ServiceGroup(
                row.id(),
                row.name(),
                row.leaderId(),
                row.leaderName(),
                mapper.findGroupMembers().stream()
                        .filter(l -> l.groupId() == id)
                        .map(SiteBuildingMapper.MemberLink::personId)
                        .toList(),
                mapper.findGroupProjects().stream()
                        .filter(l -> l.groupId() == id)
                        .map(SiteBuildingMapper.ProjectLink::projectId)
                        .toList());
    }

    private void record(String actor, String businessKey, SiteBuildingOutcome outcome, String opinion) {
        audit.record(new AuditEntry(actor, LEDGER_KEY, null, null, null, null, businessKey, outcome.code(), opinion));
    }

    private static ApiException projectNotFound(long id) {
        return ApiException.notFound("site-project-not-found", "找不到项目：" + id);
    }

    private static ApiException duplicateProject(String name) {
        return ApiException.conflict("site-project-duplicate", "已有同名项目“" + name + "”，未重复登记。");
    }

    private static ApiException duplicateOrgOrMember(String name) {
        return ApiException.conflict("site-party-org-duplicate", "已有同名项目党组织“" + name + "”，或名单中的党员已登记在本项目，未做更改。");
    }

    private static ApiException duplicateGroup(String name) {
        return ApiException.conflict("service-group-duplicate", "已有同名服务指导组“" + name + "”，未重复登记。");
    }

    private static ApiException duplicatePost(PostValues values) {
        return ApiException.conflict(
                "model-post-duplicate", values.personName() + "在该项目已有示范岗“" + values.postTitle() + "”，未重复登记。");
    }
}
