package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.selfreview.CampaignRequest.ChecklistEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查改剖 campaigns: launching one (its rows and its process), enrolling each unit's members when the
 * fan-out reaches the unit (one small transaction per unit), completing it, and closing it early.
 */
@Service
public class CampaignService {

    private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

    private final SelfReviewMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final Clock clock;

    CampaignService(
            SelfReviewMapper mapper,
            OrgService org,
            AuditService audit,
            RuntimeService runtime,
            SystemAuthentication system,
            Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.runtime = runtime;
        this.system = system;
        this.clock = clock;
    }

    /** Records the campaign and its checklist and starts its process, which fans out unit by unit. */
    @Transactional
    public Campaign launch(CampaignRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        requireOffice(user, organisation);
        List<String> units = unitsWithMembers(organisation, scope(request, organisation));
        validate(request, units);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertCampaign(
                    request,
                    request.businessKey(),
                    scopeText(request),
                    request.minAnalysisLengthOrDefault(),
                    request.spotCheckRateOrDefault(),
                    user.userId(),
                    id,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate", "已存在业务编号为 " + request.businessKey() + " 的查改剖活动，未重复发起。");
        }
        List<ChecklistEntry> checklist = request.checklistOrDefault();
        for (int i = 0; i < checklist.size(); i++) {
            mapper.insertItem(
                    id.getValue(),
                    i + 1,
                    checklist.get(i).title().trim(),
                    checklist.get(i).guidance());
        }
        Map<String, Object> variables = Variables.createVariables()
                .putValue(SelfReviewProcess.VAR_CAMPAIGN_ID, id.getValue())
                // The campaign's name, for 我发起的 and Cockpit; the campaign table keeps the name too.
                .putValue(SelfReviewProcess.VAR_CAMPAIGN_NAME, request.name())
                .putValue(SelfReviewProcess.VAR_UNIT_IDS, ProcessVariables.jsonList(units));
        ProcessInstance instance = system.callFor(
                user.userId(),
                () -> runtime.startProcessInstanceByKey(
                        SelfReviewProcess.CAMPAIGN_KEY, request.businessKey(), variables));
        audit.record(new TaskStep(
                        user.userId(), instance.getId(), "startEvent_launched", "发起自查活动", null, request.businessKey())
                .audit(
                        SelfReviewProcess.CAMPAIGN_KEY,
                        SelfReviewOutcome.LAUNCHED,
                        request.name() + "（" + units.size() + " 个单位）"));
        log.info("Launched self-review campaign {} over {} units", request.businessKey(), units.size());
        return mapper.findCampaign(id.getValue());
    }

    /** Enrols the unit's active members (the fan-out's step for one unit) and returns their ids. */
    @Transactional
    public List<String> enrolUnit(long campaignId, String unitId) {
        List<String> already = mapper.findEnrolledPeople(campaignId, unitId);
        if (!already.isEmpty()) {
            return already;
        }
        Organisation organisation = org.organisation();
        List<SelfReviewMapper.Enrolment> enrolments = new ArrayList<>();
        for (Person member : organisation.membersOf(unitId)) {
            if (!member.active()) {
                continue;
            }
            ReviewPeople people = ReviewPeople.of(organisation, member)
                    .orElseThrow(() -> new IllegalStateException(
                            "No branch secretary or Party office member can review " + member.id()));
            enrolments.add(new SelfReviewMapper.Enrolment(member.id(), unitId, people.reviewer(), people.inspector()));
        }
        if (!enrolments.isEmpty()) {
            mapper.insertReviews(campaignId, enrolments, clock.instant());
        }
        return enrolments.stream()
                .map(SelfReviewMapper.Enrolment::personId)
                .sorted()
                .toList();
    }

    /** Every review approved and every measure closed: the campaign is complete. */
    @Transactional
    public void complete(long campaignId, TaskStep step) {
        Campaign campaign = mapper.lockCampaign(campaignId);
        if (campaign.status() == CampaignStatus.OPEN) {
            mapper.finishCampaign(campaignId, CampaignStatus.COMPLETED, null, null, clock.instant());
            audit.record(step.audit(SelfReviewProcess.CAMPAIGN_KEY, StepOutcome.COMPLETED, campaign.name()));
        }
    }

    /**
     * The office closes the campaign before everyone is done: the open reviews are listed in the
     * note, marked cancelled, and their processes end with the campaign's.
     */
    @Transactional
    public Coverage.Closing close(long campaignId, String note, CurrentUser user) {
        Organisation organisation = org.organisation();
        requireOffice(user, organisation);
        Campaign campaign = mapper.lockCampaign(campaignId);
        if (campaign == null) {
            throw ApiException.notFound("campaign-not-found", "查改剖活动不存在：" + campaignId);
        }
        if (campaign.status() != CampaignStatus.OPEN) {
            throw ApiException.conflict("campaign-finished", "该活动已结束，无法关闭。");
        }
        List<Coverage.Pending> open = mapper.findProgress(campaignId, ChinaTime.today(clock)).stream()
                .filter(p -> p.status() != ReviewStatus.COMPLETED)
                .map(Coverage.Pending::of)
                .toList();
        String listed = open.isEmpty()
                ? "无未完成事项"
                : "未完成 " + open.size() + " 人："
                        + String.join(
                                "、",
                                open.stream()
                                        .map(p -> p.personName() + "（" + p.unitName() + "，"
                                                + p.stage().label() + "）")
                                        .toList());
        String fullNote = (note == null || note.isBlank() ? "" : note.trim() + "\n") + listed;
        Instant now = clock.instant();
        mapper.finishCampaign(campaignId, CampaignStatus.CLOSED, user.userId(), fullNote, now);
        mapper.cancelOpenReviews(campaignId, now);
        ProcessInstance instance = system.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(SelfReviewProcess.CAMPAIGN_KEY)
                .processInstanceBusinessKey(campaign.businessKey())
                .singleResult());
        if (instance != null) {
            system.run(() -> runtime.createMessageCorrelation(SelfReviewProcess.MESSAGE_CLOSE)
                    .processInstanceId(instance.getId())
                    .correlate());
        }
        audit.record(new TaskStep(
                        user.userId(),
                        instance == null ? null : instance.getId(),
                        SelfReviewProcess.END_CLOSED,
                        "办公室关闭活动",
                        null,
                        campaign.businessKey())
                .audit(SelfReviewProcess.CAMPAIGN_KEY, StepOutcome.CLOSED, fullNote));
        return new Coverage.Closing(mapper.findCampaign(campaignId), open);
    }

    @Transactional(readOnly = true)
    public Campaign campaign(long id) {
        Campaign campaign = mapper.findCampaign(id);
        if (campaign == null) {
            throw ApiException.notFound("campaign-not-found", "查改剖活动不存在：" + id);
        }
        return campaign;
    }

    /** The ids of the year's campaigns, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> campaignsOf(int year) {
        return mapper.findCampaignIds(year);
    }

    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(long campaignId) {
        return mapper.findItems(campaignId);
    }

    static void requireOffice(CurrentUser user, Organisation organisation) {
        boolean allowed = user.isAdmin() || organisation.holds(user.userId(), Role.PARTY_OFFICE);
        if (!allowed) {
            throw ApiException.forbidden("只有机关党委（党务工作人员）或管理员可以发起或关闭查改剖活动。");
        }
    }

    /** The units asked for with all units below them, and those asked for alone; everything when none are asked for. */
    private static List<Unit> scope(CampaignRequest request, Organisation organisation) {
        List<String> withSubtrees = request.unitIdsOrNone();
        List<String> alone = request.ownUnitIdsOrNone();
        if (withSubtrees.isEmpty() && alone.isEmpty()) {
            return List.copyOf(organisation.units());
        }
        List<FieldProblem> unknown = new ArrayList<>();
        Set<Unit> scope = new LinkedHashSet<>();
        for (int i = 0; i < withSubtrees.size(); i++) {
            Optional<Unit> unit = unit(organisation, withSubtrees.get(i), "unitIds[" + i + "]", unknown);
            unit.ifPresent(u -> addWithDescendants(organisation, u, scope));
        }
        for (int i = 0; i < alone.size(); i++) {
            unit(organisation, alone.get(i), "ownUnitIds[" + i + "]", unknown).ifPresent(scope::add);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("validation", "活动范围中有不存在的单位。", unknown);
        }
        return List.copyOf(scope);
    }

    private static Optional<Unit> unit(Organisation organisation, String id, String field, List<FieldProblem> unknown) {
        Optional<Unit> unit = id == null ? Optional.empty() : organisation.unit(id);
        if (unit.isEmpty()) {
            unknown.add(FieldProblem.of(field, "单位不存在：" + id));
        }
        return unit;
    }

    /** As the campaign record keeps its scope: the units asked for, those without their subtree marked （仅本级）. */
    private static String scopeText(CampaignRequest request) {
        List<String> parts = new ArrayList<>(request.unitIdsOrNone());
        request.ownUnitIdsOrNone().forEach(id -> parts.add(id + "（仅本级）"));
        return String.join(",", parts);
    }

    private static void addWithDescendants(Organisation organisation, Unit unit, Set<Unit> scope) {
        if (scope.add(unit)) {
            organisation.childrenOf(unit.id()).forEach(child -> addWithDescendants(organisation, child, scope));
        }
    }

    private static List<String> unitsWithMembers(Organisation organisation, List<Unit> units) {
        return units.stream()
                .filter(u -> organisation.membersOf(u.id()).stream().anyMatch(Person::active))
                .sorted((a, b) -> a.sortOrder() != b.sortOrder()
                        ? Integer.compare(a.sortOrder(), b.sortOrder())
                        : a.id().compareTo(b.id()))
                .map(Unit::id)
                .toList();
    }

    private static void validate(CampaignRequest request, List<String> units) {
        List<FieldProblem> problems = new ArrayList<>();
        if (units.isEmpty()) {
            problems.add(FieldProblem.of("unitIds", "所选范围内没有党员"));
        }
        if (request.correctDue().isBefore(request.checkDue())) {
            problems.add(FieldProblem.of("correctDue", "“改”的截止日期不能早于“查”的截止日期"));
        }
        if (request.analyseDue().isBefore(request.correctDue())) {
            problems.add(FieldProblem.of("analyseDue", "“剖”的截止日期不能早于“改”的截止日期"));
        }
        if (request.reviewDue().isBefore(request.analyseDue())) {
            problems.add(FieldProblem.of("reviewDue", "审核截止日期不能早于“剖”的截止日期"));
        }
        Set<String> titles = new LinkedHashSet<>();
        List<ChecklistEntry> checklist = request.checklistOrDefault();
        for (int i = 0; i < checklist.size(); i++) {
            if (!titles.add(checklist.get(i).title().trim())) {
                problems.add(FieldProblem.of(
                        "checklist[" + i + "].title",
                        "检查项重复：" + checklist.get(i).title()));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "活动设置有误，请修改后重新提交。", problems);
        }
    }
}
