package cn.qinglian.workflow.education;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.Fingerprint;
import cn.qinglian.workflow.common.GeneratedId;
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
import cn.qinglian.workflow.org.Role;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Education sessions: set with who is expected (everyone told), signed in to from the session's link or
 * code while it runs (twice counts once), leave asked for and decided by the branch secretary, 补学
 * confirmed afterwards by those who were not there.
 */
@Service
class EducationService {

    private static final Logger log = LoggerFactory.getLogger(EducationService.class);
    /** The ledger's key in the audit trail: sessions are no process. */
    static final String AUDIT_KEY = "education";

    static final Duration LONGEST = Duration.ofHours(12);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final EducationMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final Notices notices;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final EducationProperties properties;
    private final Validator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EducationService(
            EducationMapper mapper,
            OrgService org,
            AuditService audit,
            Notices notices,
            RuntimeService runtime,
            SystemAuthentication system,
            EducationProperties properties,
            Validator validator,
            Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.notices = notices;
        this.runtime = runtime;
        this.system = system;
        this.properties = properties;
        this.validator = validator;
        this.clock = clock;
    }

    /** Records the session with everyone expected at it, and tells each of them. */
    @Transactional
    public Session create(SessionRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        String unitId = EducationAccess.requireOrganiser(user, organisation, request.unitId());
        Map<String, Person> expected = validate(request, user, organisation);
        Instant startsAt = request.startsAt().atZone(ChinaTime.ZONE).toInstant();
        Instant endsAt = request.endsAt().atZone(ChinaTime.ZONE).toInstant();
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertSession(
                    request,
                    request.startsAt().getYear(),
                    fingerprint(unitId, request),
                    unitId,
                    user.userId(),
                    startsAt,
                    endsAt,
                    String.format("%06d", random.nextInt(1_000_000)),
                    token(),
                    id,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("education-session-duplicate", "本单位已在同一时间安排了同一主题的学习，未重复登记。");
        }
        long sessionId = id.getValue();
        expected.values().forEach(p -> mapper.insertExpected(sessionId, p.id(), p.unitId()));
        Session session = mapper.findSession(sessionId);
        audit.record(new TaskStep(user.userId(), null, "session", "安排学习", null, businessKey(sessionId))
                .audit(
                        AUDIT_KEY,
                        EducationOutcome.SESSION_SET,
                        session.kind().label() + "：" + session.topic() + "，应参加 " + expected.size() + " 人"));
        notices.send(NoticeRequest.about(
                        NoticeKind.EDUCATION,
                        expected.keySet(),
                        session.kind().label() + "：" + session.topic() + " · " + WHEN.format(request.startsAt())
                                + (request.place() == null || request.place().isBlank() ? "" : " · " + request.place()),
                        null)
                .forUnit(session.unitName())
                .from(user.userId())
                .opening("/m/sessions/" + sessionId));
        log.info("Education session {} set by {} for {} people", sessionId, user.userId(), expected.size());
        return session;
    }

    /**
     * Signs the user in with the session's link token or its code, while it runs (from {@code early-minutes}
     * before the start to the end). A second sign-in changes nothing; answers the person's attendance.
     */
    @Transactional
    public Attendance signIn(long sessionId, String token, String code, CurrentUser user) {
        Session session = session(sessionId);
        Attendance own = expectedOf(session, user);
        boolean byLink = token != null && !token.isBlank();
        boolean matches = byLink
                ? MessageDigest.isEqual(
                        token.strip().getBytes(StandardCharsets.UTF_8),
                        session.signInToken().getBytes(StandardCharsets.UTF_8))
                : code != null && session.signInCode().equals(code.strip());
        if (!matches) {
            throw ApiException.invalidField(byLink ? "token" : "code", byLink ? "签到链接无效，请重新扫码" : "签到码不正确");
        }
        Instant now = clock.instant();
        Instant opens = session.startsAt().minus(Duration.ofMinutes(properties.earlyMinutes()));
        if (now.isBefore(opens) || now.isAfter(session.endsAt())) {
            throw ApiException.conflict(
                    "education-sign-in-closed",
                    "现在不在签到时间内：开始前 " + properties.earlyMinutes() + " 分钟至结束（"
                            + WHEN.format(session.startsAt().atZone(ChinaTime.ZONE)) + "–"
                            + WHEN.format(session.endsAt().atZone(ChinaTime.ZONE)) + "）可以签到。");
        }
        if (own.signedInAt() == null) {
            mapper.signIn(sessionId, user.userId(), byLink ? "LINK" : "CODE", now);
        }
        return mapper.findOne(sessionId, user.userId());
    }

    /** Asks for leave before the session ends; the branch secretary decides in Tasklist or on a phone. */
    @Transactional
    public Leave requestLeave(long sessionId, String reason, CurrentUser user) {
        Session session = session(sessionId);
        Attendance own = expectedOf(session, user);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalidField("reason", "请写明请假事由");
        }
        if (reason.length() > 1000) {
            throw ApiException.invalidField("reason", "请假事由不超过 1000 字");
        }
        if (own.signedInAt() != null) {
            throw ApiException.conflict("education-already-signed-in", "您已签到，无需请假。");
        }
        if (!clock.instant().isBefore(session.endsAt())) {
            throw ApiException.conflict("education-session-over", "学习已结束，不能再请假；请在会后补学并确认。");
        }
        Organisation organisation = org.organisation();
        String approver = approverOf(organisation, user.userId(), session);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertLeave(sessionId, user.userId(), reason.strip(), approver, id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("education-leave-duplicate", "您已为本次学习请过假，未重复提交。");
        }
        long leaveId = id.getValue();
        // The caller's right to ask was checked; the engine starts the approval on their behalf.
        system.callFor(
                user.userId(),
                () -> runtime.startProcessInstanceByKey(
                        LeaveProcess.PROCESS_KEY,
                        LeaveProcess.BUSINESS_KEY_PREFIX + leaveId,
                        Variables.createVariables()
                                .putValue(LeaveProcess.VAR_LEAVE_ID, leaveId)
                                .putValue(LeaveProcess.VAR_APPROVER, approver)
                                .putValue(LeaveProcess.VAR_TITLE, "请假：" + session.topic())));
        return mapper.findLeave(leaveId);
    }

    /** The branch secretary's decision; a refusal needs a reason. An approved leave excuses the person. */
    @Transactional
    public void decideLeave(long leaveId, TaskStep step, boolean approved, String comment) {
        if (!approved && (comment == null || comment.isBlank())) {
            throw ApiException.invalidField(LeaveProcess.VAR_COMMENT, "不同意请假时须写明理由");
        }
        if (comment != null && comment.length() > 1000) {
            throw ApiException.invalidField(LeaveProcess.VAR_COMMENT, "意见不超过 1000 字");
        }
        Leave leave = mapper.lockLeave(leaveId);
        mapper.decideLeave(leaveId, approved ? Leave.Status.APPROVED : Leave.Status.REJECTED, comment, clock.instant());
        if (approved) {
            mapper.excuse(leave.sessionId(), leave.personId());
        }
        audit.record(step.audit(
                LeaveProcess.PROCESS_KEY, approved ? StepOutcome.APPROVED : EducationOutcome.LEAVE_REFUSED, comment));
    }

    /** 补学: after the session, one who did not sign in confirms they have studied it; once. */
    @Transactional
    public Attendance makeUp(long sessionId, String note, CurrentUser user) {
        Session session = session(sessionId);
        Attendance own = expectedOf(session, user);
        if (own.signedInAt() != null) {
            throw ApiException.conflict("education-already-signed-in", "您已参加本次学习，无需补学。");
        }
        if (clock.instant().isBefore(session.endsAt())) {
            throw ApiException.conflict("education-session-not-over", "学习结束后才能确认补学。");
        }
        if (note == null || note.strip().length() < 5) {
            throw ApiException.invalidField("note", "请写几句补学的内容和体会（至少 5 个字）");
        }
        if (note.length() > 1000) {
            throw ApiException.invalidField("note", "补学体会不超过 1000 字");
        }
        if (mapper.makeUp(sessionId, user.userId(), note.strip(), clock.instant()) == 1) {
            audit.record(new TaskStep(user.userId(), null, "makeUp", "补学", null, businessKey(sessionId))
                    .audit(AUDIT_KEY, EducationOutcome.MADE_UP, session.topic()));
        }
        return mapper.findOne(sessionId, user.userId());
    }

    Session session(long sessionId) {
        Session session = mapper.findSession(sessionId);
        if (session == null) {
            throw ApiException.notFound("education-session-not-found", "找不到学习活动：" + sessionId);
        }
        return session;
    }

    private Attendance expectedOf(Session session, CurrentUser user) {
        Attendance own = mapper.findOne(session.id(), user.userId());
        if (own == null) {
            throw ApiException.forbidden("您不在本次学习的应参加人员中。");
        }
        return own;
    }

    /** The person's nearest branch secretary other than themselves, else whoever set the session. */
    private static String approverOf(Organisation organisation, String personId, Session session) {
        String unitId = organisation.person(personId).map(Person::unitId).orElse(session.unitId());
        return organisation.pathToRoot(unitId).stream()
                .flatMap(u -> organisation.membersOf(u.id()).stream())
                .filter(p -> p.active() && p.has(Role.BRANCH_SECRETARY) && !p.id().equals(personId))
                .map(Person::id)
                .findFirst()
                .orElse(session.organiserId());
    }

    /** Every bad field at once; the expected people, each once, by id. */
    private Map<String, Person> validate(SessionRequest request, CurrentUser user, Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>(validator.validate(request).stream()
                .map(v -> FieldProblem.of(v.getPropertyPath().toString(), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
        if (request.startsAt() != null && request.endsAt() != null) {
            if (!request.endsAt().isAfter(request.startsAt())) {
                problems.add(FieldProblem.of("endsAt", "结束时间须晚于开始时间"));
            } else if (Duration.between(request.startsAt(), request.endsAt()).compareTo(LONGEST) > 0) {
                problems.add(FieldProblem.of("endsAt", "一次学习不超过 12 小时"));
            }
            if (request.startsAt().getYear() < 2000 || request.startsAt().getYear() > 2100) {
                problems.add(FieldProblem.of("startsAt", "开始时间的年度无效"));
            }
        }
        Map<String, Person> expected = new LinkedHashMap<>();
        for (int i = 0; i < request.expectedUnits().size(); i++) {
            String unit = request.expectedUnits().get(i);
            if (unit == null || organisation.unit(unit).isEmpty()) {
                problems.add(FieldProblem.of("expectedUnits[" + i + "]", "单位不存在：" + unit));
            } else {
                EducationAccess.requireWithin(user, organisation, unit);
                subtree(organisation, unit).forEach(p -> expected.putIfAbsent(p.id(), p));
            }
        }
        for (int i = 0; i < request.expectedRoles().size(); i++) {
            String role = request.expectedRoles().get(i);
            Role parsed = role == null ? null : Role.parse(role).orElse(null);
            if (parsed == null) {
                problems.add(FieldProblem.of("expectedRoles[" + i + "]", "角色不存在：" + role));
            } else {
                organisation.withRole(parsed).stream()
                        .filter(Person::active)
                        .filter(p -> EducationAccess.within(user, organisation, p.unitId()))
                        .forEach(p -> expected.putIfAbsent(p.id(), p));
            }
        }
        for (int i = 0; i < request.expectedPeople().size(); i++) {
            String id = request.expectedPeople().get(i);
            Person person = id == null
                    ? null
                    : organisation.person(id).filter(Person::active).orElse(null);
            if (person == null) {
                problems.add(FieldProblem.of("expectedPeople[" + i + "]", "人员不存在：" + id));
            } else {
                EducationAccess.requireWithin(user, organisation, person.unitId());
                expected.putIfAbsent(person.id(), person);
            }
        }
        if (problems.isEmpty() && expected.isEmpty()) {
            problems.add(FieldProblem.of("expectedUnits", "请选择应参加的单位、角色或人员"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "学习安排有误：" + problems.get(0).message(), problems);
        }
        return expected;
    }

    /** The active people of a unit and of every unit under it. */
    static List<Person> subtree(Organisation organisation, String unitId) {
        List<Person> people = new ArrayList<>();
        List<String> units = new ArrayList<>(List.of(unitId));
        for (int i = 0; i < units.size(); i++) {
            organisation.childrenOf(units.get(i)).forEach(u -> units.add(u.id()));
            organisation.membersOf(units.get(i)).stream().filter(Person::active).forEach(people::add);
        }
        return people;
    }

    /** What a session's sign-in link carries: 128 random bits. */
    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String businessKey(long sessionId) {
        return "edu-session-" + sessionId;
    }

    private static String fingerprint(String unitId, SessionRequest request) {
        return Fingerprint.of(
                unitId,
                request.kind().name(),
                request.topic().strip().replaceAll("\\s+", " "),
                request.startsAt().toString());
    }
}
