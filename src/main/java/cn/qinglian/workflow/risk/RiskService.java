package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.Fingerprint;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integrity risk register and every step of a risk point's cycle: registration, grading
 * (DMN {@code riskLevel}), measures, approvals, reports, verification, re-review, reminders.
 * Each step writes its rows and its audit entry in the transaction of the task that caused it.
 */
@Service
class RiskService {

    private static final Logger log = LoggerFactory.getLogger(RiskService.class);

    private final RiskMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RiskGrading grading;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final RiskProperties properties;
    private final Clock clock;
    private final Notices notices;
    private final IdentityService identity;
    private final Validator validator;
    private final RiskQueries queries;

    RiskService(
            RiskMapper mapper,
            OrgService org,
            AuditService audit,
            RiskGrading grading,
            RuntimeService runtime,
            SystemAuthentication system,
            RiskProperties properties,
            Clock clock,
            IdentityService identity,
            Validator validator,
            Notices notices,
            RiskQueries queries) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.grading = grading;
        this.runtime = runtime;
        this.system = system;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
        this.identity = identity;
        this.validator = validator;
        this.queries = queries;
    }

    /** The grade the DMN gave and whether the supervising leadership member must approve. */
    public record GradeResult(RiskGrade grade, boolean supervisorApproval) {}

    /** A recorded risk point: its id, business key and the variables its process needs. */
    public record Registered(long id, String businessKey, Map<String, Object> variables) {}

    /** Registers a risk point and starts its process, which grades it at once. */
    @Transactional
    public RiskPoint register(RiskRegistration registration, CurrentUser user) {
        Registered registered = record(registration, user);
        // The caller's right to register was checked; the engine starts the process on their behalf.
        system.callFor(
                user.userId(),
                () -> runtime.startProcessInstanceByKey(
                        RiskProcess.PROCESS_KEY, registered.businessKey(), registered.variables()));
        return mapper.findPoint(registered.id());
    }

    /**
     * {@link #register}, then the point as the register shows it, read in the same transaction: the
     * answer to {@code POST /api/risk-points} costs no second connection or commit per list it shows.
     */
    @Transactional
    public RiskPointDetail registerAndShow(RiskRegistration registration, CurrentUser user) {
        return queries.describe(register(registration, user));
    }

    /**
     * Registers the risk point of a process started from Tasklist's start form (登记风险点). A blank
     * unit means the initiator's own unit.
     */
    @Transactional
    public Registered registerFromStartForm(RiskRegistration registration, String initiator) {
        CurrentUser user = new CurrentUser(
                initiator,
                identity.createGroupQuery().groupMember(initiator).list().stream()
                        .map(Group::getId)
                        .toList());
        RiskRegistration withUnit = registration;
        if (registration.unitId() == null || registration.unitId().isBlank()) {
            String own = org.organisation()
                    .person(initiator)
                    .map(Person::unitId)
                    .orElseThrow(() -> ApiException.invalidField("unitId", "请填写单位编号"));
            withUnit = new RiskRegistration(
                    own,
                    registration.post(),
                    registration.category(),
                    registration.description(),
                    registration.manifestation(),
                    registration.likelihood(),
                    registration.impact(),
                    registration.engineering(),
                    registration.funds(),
                    registration.procurement(),
                    registration.majorMatters(),
                    registration.year());
        }
        return record(withUnit, user);
    }

    private Registered record(RiskRegistration registration, CurrentUser user) {
        validate(registration);
        Organisation organisation = org.organisation();
        if (organisation.unit(registration.unitId()).isEmpty()) {
            throw ApiException.invalidField("unitId", "单位不存在：" + registration.unitId());
        }
        RiskAccess.requireUnit(user, organisation, registration.unitId());
        Set<String> posts = postsOf(organisation, registration.unitId());
        if (!posts.contains(registration.post().trim())) {
            throw ApiException.invalidField(
                    RiskProcess.VAR_POST, "该单位没有岗位“" + registration.post() + "”，可选：" + String.join("、", posts));
        }
        RiskPeople people = RiskPeople.of(organisation, registration.unitId());
        if (people.unitHead() == null || people.inspector() == null) {
            throw ApiException.invalidField("unitId", "该单位没有负责人或纪检委员，无法安排审批与核查，请先完善组织架构。");
        }
        int year = registration.year() != null
                ? registration.year()
                : ChinaTime.today(clock).getYear();
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertPoint(registration, year, fingerprint(registration, year), user.userId(), id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("risk-point-duplicate", "本单位本年度已登记相同岗位、类别和描述的风险点，未重复登记。");
        }
        String businessKey = RiskProcess.BUSINESS_KEY_PREFIX + id.getValue();
        mapper.setBusinessKey(id.getValue(), businessKey);
        log.info("Registered risk point {} for unit {}", businessKey, registration.unitId());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(RiskProcess.VAR_RISK_POINT_ID, id.getValue())
                .putValue(RiskProcess.VAR_REGISTRANT, user.userId())
                .putValue(RiskProcess.VAR_UNIT_HEAD, people.unitHead())
                .putValue(RiskProcess.VAR_SUPERVISOR, people.supervisor())
                .putValue(RiskProcess.VAR_INSPECTOR, people.inspector())
                .putValue(RiskProcess.VAR_REVIEW_INTERVAL, properties.reviewInterval())
                .putValue(RiskProcess.VAR_DUE_CHECK_CYCLE, properties.dueCheckCycle());
        return new Registered(id.getValue(), businessKey, variables);
    }

    private void validate(RiskRegistration registration) {
        List<FieldProblem> problems = validator.validate(registration).stream()
                .map(v -> FieldProblem.of(v.getPropertyPath().toString(), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "登记内容有误：" + problems.get(0).message(), problems);
        }
    }

    /** Grades the point with the DMN decision and records the grade (at registration and after a change). */
    @Transactional
    public GradeResult grade(long riskPointId, TaskStep step) {
        RiskPoint point = mapper.lockPoint(riskPointId);
        RiskGrading.Outcome outcome = grading.grade(point.likelihood(), point.impact(), point.sensitive());
        RiskGrade grade = outcome.grade();
        mapper.updateGrade(riskPointId, grade, point.likelihood(), point.impact(), clock.instant());
        String reason = "可能性 " + point.likelihood() + " × 影响 " + point.impact() + " = "
                + point.likelihood() * point.impact() + (point.sensitive() ? "，涉及敏感事项" : "");
        mapper.insertGrade(new RiskGradeRecord(
                null,
                riskPointId,
                point.likelihood(),
                point.impact(),
                point.sensitive(),
                grade,
                reason,
                clock.instant()));
        audit.record(
                step.audit(RiskProcess.PROCESS_KEY, RiskOutcome.graded(grade), "定级为" + grade.label() + "：" + reason));
        return new GradeResult(grade, outcome.supervisorApproval());
    }

    /** The unit's measures for the current round (the owners' tasks are made from them: {@link #openMeasureIds}). */
    @Transactional
    public void setMeasures(long riskPointId, TaskStep step, List<MeasureInput> measures) {
        RiskPoint point = mapper.lockPoint(riskPointId);
        Organisation organisation = org.organisation();
        validateMeasures(measures, organisation);
        mapper.supersedeOpenMeasures(riskPointId);
        for (MeasureInput measure : measures) {
            mapper.insertMeasure(riskPointId, point.roundNo(), measure, clock.instant());
        }
        mapper.updateStatus(riskPointId, RiskStatus.PENDING_APPROVAL, clock.instant());
        audit.record(step.audit(RiskProcess.PROCESS_KEY, RiskOutcome.MEASURES_SET, measures.size() + " 项防控措施"));
    }

    /** An approval of the measures; a return needs a comment. {@code last} moves the point on to rectification. */
    @Transactional
    public void approve(
            long riskPointId, TaskStep step, RiskDecision.Kind kind, boolean approved, String comment, boolean last) {
        if (!approved && isBlank(comment)) {
            throw ApiException.invalidField(RiskProcess.VAR_COMMENT, "退回时必须填写审批意见");
        }
        RiskPoint point = mapper.lockPoint(riskPointId);
        decide(point, kind, step, approved ? StepOutcome.APPROVED : StepOutcome.RETURNED, comment);
        if (!approved) {
            mapper.updateStatus(riskPointId, RiskStatus.SETTING_MEASURES, clock.instant());
        } else if (last) {
            mapper.updateStatus(riskPointId, RiskStatus.IN_RECTIFICATION, clock.instant());
        }
    }

    /** The current round's measures not yet reported: one 落实措施并报告 task each. */
    @Transactional(readOnly = true)
    public List<Long> openMeasureIds(long riskPointId) {
        return mapper.findOpenMeasureIds(riskPointId);
    }

    /** The owner of a measure, for assigning its task. */
    @Transactional(readOnly = true)
    public RiskMeasure measure(long measureId) {
        RiskMeasure measure = mapper.findMeasure(measureId);
        if (measure == null) {
            throw ApiException.notFound("risk-measure-not-found", "找不到防控措施：" + measureId);
        }
        return measure;
    }

    /** The owner reports a measure carried out; once all of the round are, the point awaits verification. */
    @Transactional
    public void report(long measureId, TaskStep step, String text) {
        if (isBlank(text)) {
            throw ApiException.invalidField(RiskProcess.VAR_REPORT, "请填写措施落实情况");
        }
        if (text.length() > 4000) {
            throw ApiException.invalidField(RiskProcess.VAR_REPORT, "落实情况不超过 4000 字");
        }
        RiskMeasure measure = measure(measureId);
        RiskPoint point = mapper.lockPoint(measure.riskPointId());
        mapper.reportMeasure(measureId, text, clock.instant());
        boolean allReported = mapper.findMeasures(point.id()).stream()
                .filter(m -> m.roundNo() == point.roundNo())
                .noneMatch(m -> m.status() == RiskMeasure.MeasureStatus.OPEN);
        if (allReported) {
            mapper.updateStatus(point.id(), RiskStatus.PENDING_VERIFICATION, clock.instant());
        }
        audit.record(step.audit(RiskProcess.PROCESS_KEY, StepOutcome.MEASURE_REPORTED, text));
    }

    /** Verification: effective controls the point (销号); not effective, with a finding, opens a new round. */
    @Transactional
    public void verify(long riskPointId, TaskStep step, boolean effective, String finding) {
        if (!effective && isBlank(finding)) {
            throw ApiException.invalidField(RiskProcess.VAR_FINDING, "核查认定“未见成效”时必须写明核查发现");
        }
        RiskPoint point = mapper.lockPoint(riskPointId);
        decide(
                point,
                RiskDecision.Kind.VERIFICATION,
                step,
                effective ? RiskOutcome.EFFECTIVE : RiskOutcome.NOT_EFFECTIVE,
                finding);
        mapper.markRoundVerified(
                riskPointId,
                point.roundNo(),
                effective ? RiskMeasure.MeasureStatus.EFFECTIVE : RiskMeasure.MeasureStatus.INEFFECTIVE);
        if (effective) {
            mapper.updateStatus(riskPointId, RiskStatus.CONTROLLED, clock.instant());
        } else {
            mapper.startNewRound(riskPointId, clock.instant());
        }
    }

    @Transactional
    public void startReReview(long riskPointId) {
        mapper.updateStatus(riskPointId, RiskStatus.UNDER_REVIEW, clock.instant());
    }

    /** The periodic re-review: confirm, change the grade (the cycle runs again) or retire with a reason. */
    @Transactional
    public void reReview(
            long riskPointId, TaskStep step, String outcome, Integer likelihood, Integer impact, String comment) {
        RiskPoint point = mapper.lockPoint(riskPointId);
        RiskOutcome decided = switch (outcome == null ? "" : outcome) {
            case RiskProcess.REVIEW_CONFIRM -> {
                mapper.updateStatus(riskPointId, RiskStatus.CONTROLLED, clock.instant());
                yield RiskOutcome.CONFIRM;
            }
            case RiskProcess.REVIEW_CHANGE -> {
                List<FieldProblem> problems = new ArrayList<>();
                checkScale(RiskProcess.VAR_LIKELIHOOD, "发生可能性", likelihood, problems);
                checkScale(RiskProcess.VAR_IMPACT, "影响程度", impact, problems);
                if (!problems.isEmpty()) {
                    throw ApiException.invalid("validation", "调整等级须重新填写可能性和影响程度（1–5）", problems);
                }
                mapper.updateGrade(riskPointId, point.grade(), likelihood, impact, clock.instant());
                mapper.startNewRound(riskPointId, clock.instant());
                yield RiskOutcome.CHANGE;
            }
            case RiskProcess.REVIEW_RETIRE -> {
                if (isBlank(comment)) {
                    throw ApiException.invalidField(RiskProcess.VAR_COMMENT, "退出风险点台账须写明理由");
                }
                mapper.retire(riskPointId, comment, clock.instant());
                yield RiskOutcome.RETIRE;
            }
            default -> throw ApiException.invalidField(RiskProcess.VAR_REVIEW_OUTCOME, "请选择复核结论：维持、调整等级或退出");
        };
        decide(point, RiskDecision.Kind.RE_REVIEW, step, decided, comment);
    }

    /**
     * Reminds owners of open measures due within the reminder window and escalates overdue ones to
     * the unit head, each once. Returns how many notices were sent.
     */
    @Transactional
    public int remindAndEscalate(long riskPointId, TaskStep step) {
        RiskPoint point = mapper.lockPoint(riskPointId);
        LocalDate today = ChinaTime.today(clock);
        int sent = 0;
        for (RiskMeasure m : mapper.findOpenMeasuresDue(
                riskPointId, today.plusDays(properties.reminderDays()), RiskNotice.Kind.REMINDER)) {
            notice(point, m, RiskNotice.Kind.REMINDER, m.ownerId(), step, "措施将于 " + m.dueDate() + " 到期：" + m.content());
            notices.send(NoticeRequest.about(
                            NoticeKind.REMINDER,
                            m.ownerId(),
                            "防控措施将于 " + m.dueDate() + " 到期 · " + point.unitName() + "（" + point.businessKey() + "）",
                            RiskProcess.PROCESS_KEY)
                    .inInstance(step.processInstanceId())
                    .forUnit(point.unitName()));
            sent++;
        }
        String head = RiskPeople.of(org.organisation(), point.unitId()).unitHead();
        for (RiskMeasure m : mapper.findOpenMeasuresDue(riskPointId, today.minusDays(1), RiskNotice.Kind.ESCALATION)) {
            notice(
                    point,
                    m,
                    RiskNotice.Kind.ESCALATION,
                    head,
                    step,
                    "措施已逾期（" + m.dueDate() + "，负责人 " + m.ownerName() + "）：" + m.content());
            notices.send(NoticeRequest.about(
                            NoticeKind.ESCALATION,
                            head,
                            "防控措施已逾期（" + m.dueDate() + "，负责人 " + m.ownerName() + "）· " + point.businessKey(),
                            RiskProcess.PROCESS_KEY)
                    .forUnit(point.unitName()));
            sent++;
        }
        return sent;
    }

    private void notice(
            RiskPoint point, RiskMeasure measure, RiskNotice.Kind kind, String recipient, TaskStep step, String text) {
        mapper.insertNotice(new RiskNotice(null, point.id(), measure.id(), kind, recipient, clock.instant()));
        audit.record(step.bySystem().audit(RiskProcess.PROCESS_KEY, kind.outcome(), recipient, text));
    }

    private void decide(RiskPoint point, RiskDecision.Kind kind, TaskStep step, AuditOutcome outcome, String comment) {
        mapper.insertDecision(new RiskDecision(
                null,
                point.id(),
                point.roundNo(),
                kind,
                step.actorId(),
                null,
                outcome.code(),
                comment,
                clock.instant()));
        audit.record(step.audit(RiskProcess.PROCESS_KEY, outcome, comment));
    }

    private void validateMeasures(List<MeasureInput> measures, Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (measures.isEmpty()) {
            problems.add(FieldProblem.of(RiskProcess.VAR_MEASURES, "至少填写一项防控措施"));
        }
        LocalDate today = ChinaTime.today(clock);
        for (int i = 0; i < measures.size(); i++) {
            MeasureInput m = measures.get(i);
            String prefix = RiskProcess.VAR_MEASURES + "[" + i + "].";
            if (isBlank(m.content())) {
                problems.add(FieldProblem.of(prefix + "content", "第 " + (i + 1) + " 项措施内容不能为空"));
            } else if (m.content().length() > 2000) {
                problems.add(FieldProblem.of(prefix + "content", "第 " + (i + 1) + " 项措施内容不超过 2000 字"));
            }
            if (isBlank(m.ownerId())) {
                problems.add(FieldProblem.of(prefix + "ownerId", "第 " + (i + 1) + " 项措施须指定责任人"));
            } else if (organisation.person(m.ownerId()).filter(Person::active).isEmpty()) {
                problems.add(FieldProblem.of(prefix + "ownerId", "第 " + (i + 1) + " 项措施的责任人不存在：" + m.ownerId()));
            }
            if (m.dueDate() == null) {
                problems.add(FieldProblem.of(prefix + "dueDate", "第 " + (i + 1) + " 项措施须填写完成时限"));
            } else if (m.dueDate().isBefore(today)) {
                problems.add(FieldProblem.of(prefix + "dueDate", "第 " + (i + 1) + " 项措施的完成时限不能早于今天"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "防控措施填写有误：" + problems.get(0).message(), problems);
        }
    }

    static Set<String> postsOf(Organisation organisation, String unitId) {
        Set<String> posts = new TreeSet<>();
        organisation.membersOf(unitId).forEach(p -> {
            if (p.post() != null) {
                posts.add(p.post().trim());
            }
        });
        return posts;
    }

    private static void checkScale(String field, String label, Integer value, List<FieldProblem> problems) {
        if (value == null || value < 1 || value > 5) {
            problems.add(FieldProblem.of(field, label + "应为 1–5"));
        }
    }

    private static String fingerprint(RiskRegistration r, int year) {
        return Fingerprint.of(
                r.unitId(),
                String.valueOf(year),
                r.post().trim(),
                r.category().name(),
                r.description().trim().replaceAll("\\s+", " "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
