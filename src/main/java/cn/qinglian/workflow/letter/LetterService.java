package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.signature.HandSignatures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's responsibility letter: the draft and its approval, then each signing pair — the upper
 * party's personal duties, the lower party's signature or return — cascading down the organisation.
 * Each step writes its rows and audit entry in the transaction of the task that caused it.
 */
@Service
class LetterService {

    static final int MAX_PERSONAL_DUTIES = 2000;
    static final int MAX_TEXT = 2000;

    private final LetterMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final LetterProperties properties;
    private final TaskService taskService;
    private final Clock clock;
    private final Notices notices;
    private final HandSignatures handSignatures;

    LetterService(
            LetterMapper mapper,
            OrgService org,
            AuditService audit,
            RuntimeService runtime,
            SystemAuthentication system,
            LetterProperties properties,
            TaskService taskService,
            Clock clock,
            Notices notices,
            HandSignatures handSignatures) {
        this.taskService = taskService;
        this.handSignatures = handSignatures;
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.runtime = runtime;
        this.system = system;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
    }

    /** Drafts the year's letter from the request and the template, and starts its process: the secretary approves next. */
    @Transactional
    public Letter create(LetterRequest request, CurrentUser user) {
        Drafted drafted = draft(request, user.userId(), user.isAdmin());
        String instanceId = system.callFor(
                        user.userId(),
                        () -> runtime.startProcessInstanceByKey(
                                LetterProcess.PROCESS_KEY, drafted.letter().businessKey(), drafted.variables()))
                .getId();
        recordStart(drafted, user.userId(), instanceId);
        return drafted.letter();
    }

    /** The audit entry of a letter started from Tasklist. */
    @Transactional
    public void recordStart(Drafted drafted, String initiator, String processInstanceId) {
        audit.record(new TaskStep(
                        initiator,
                        processInstanceId,
                        "startEvent_drafted",
                        "拟定责任书",
                        null,
                        drafted.letter().businessKey())
                .audit(LetterProcess.PROCESS_KEY, LetterOutcome.DRAFTED, (String)
                        drafted.variables().get(LetterProcess.VAR_TITLE)));
    }

    /** The recorded draft and the variables its process starts with. */
    public record Drafted(Letter letter, Map<String, Object> variables) {}

    /**
     * Records the year's draft (the letter and its first version) for the 党组书记, the Party office or an
     * administrator; the process is started by the caller (REST) or is the one Tasklist's start form began.
     */
    @Transactional
    public Drafted draft(LetterRequest request, String userId, boolean admin) {
        Organisation organisation = org.organisation();
        boolean allowed = admin || organisation.holds(userId, Role.PARTY_OFFICE, Role.SECRETARY);
        if (!allowed) {
            throw ApiException.forbidden("只有党组书记、党务工作人员（办公室）或管理员可以拟定责任书。");
        }
        String secretary = LetterTree.of(organisation)
                .map(LetterTree::secretary)
                .orElseThrow(() -> ApiException.invalidField("secretary", "组织架构中没有党组书记，无法审定和签订责任书"));
        String businessKey = LetterProcess.BUSINESS_KEY_PREFIX + request.year();
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertLetter(request.year(), businessKey, userId, id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate", request.year() + " 年度的责任书已经存在，未重复创建。");
        }
        String title = blank(request.title())
                ? request.year() + "年度" + LetterTemplate.TITLE
                : request.title().trim();
        List<String> aspects = request.aspects() == null || request.aspects().isEmpty()
                ? LetterTemplate.ASPECTS
                : request.aspects().stream()
                        .filter(a -> !blank(a))
                        .map(String::trim)
                        .toList();
        mapper.insertVersion(
                id.getValue(),
                1,
                title,
                String.join("\n", aspects),
                orDefault(request.leadershipDuties(), LetterTemplate.LEADERSHIP_DUTIES),
                orDefault(request.headDuties(), LetterTemplate.HEAD_DUTIES),
                orDefault(request.cadreDuties(), LetterTemplate.CADRE_DUTIES),
                userId,
                clock.instant());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(LetterProcess.VAR_LETTER_ID, id.getValue())
                .putValue(LetterProcess.VAR_SECRETARY, secretary);
        variables.putAll(textVariables(mapper.findVersion(id.getValue(), 1)));
        return new Drafted(mapper.findLetter(id.getValue()), variables);
    }

    /** 党组书记审定: approved, the cascade starts with those who sign with the secretary (returned); or returned. */
    @Transactional
    public List<String> decideDraft(long letterId, TaskStep step, Boolean approved, String opinion) {
        Letter letter = mapper.lockLetter(letterId);
        if (approved == null) {
            throw ApiException.invalidField(LetterProcess.VAR_APPROVED, "请选择：审定或退回");
        }
        if (!approved && blank(opinion)) {
            throw ApiException.invalidField(LetterProcess.VAR_OPINION, "退回时须填写意见");
        }
        mapper.insertEvent(
                letterId,
                null,
                approved ? LetterEvent.APPROVED : LetterEvent.RETURNED,
                step.actorId(),
                trim(opinion),
                clock.instant());
        audit.record(step.audit(
                LetterProcess.PROCESS_KEY, approved ? StepOutcome.APPROVED : StepOutcome.RETURNED, trim(opinion)));
        if (!approved) {
            mapper.updateLetter(letterId, Letter.LetterStatus.RETURNED, letter.versionNo());
            return List.of();
        }
        mapper.approveLetter(letterId, step.actorId(), clock.instant());
        LetterTree tree = LetterTree.require(org.organisation());
        return tree.lowers(tree.secretary());
    }

    /** The office's revision after a return: a new version of the text. Returns the variables the forms show. */
    @Transactional
    public Map<String, Object> reviseDraft(
            long letterId,
            TaskStep step,
            String title,
            String aspects,
            String leadership,
            String head,
            String cadre,
            String note) {
        Letter letter = mapper.lockLetter(letterId);
        List<String> lines = aspects == null
                ? List.of()
                : aspects.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (blank(title)) {
            throw ApiException.invalidField(LetterProcess.VAR_TITLE, "请填写标题");
        }
        if (lines.isEmpty() || lines.size() > 30) {
            throw ApiException.invalidField(LetterProcess.VAR_ASPECTS, "责任内容应为 1–30 条，每行一条");
        }
        for (String[] duty : new String[][] {
            {LetterProcess.VAR_LEADERSHIP_DUTIES, leadership},
            {LetterProcess.VAR_HEAD_DUTIES, head},
            {LetterProcess.VAR_CADRE_DUTIES, cadre}
        }) {
            if (blank(duty[1]) || duty[1].length() > MAX_TEXT) {
                throw ApiException.invalidField(duty[0], "请填写该层级的责任（不超过 " + MAX_TEXT + " 字）");
            }
        }
        if (blank(note)) {
            throw ApiException.invalidField(LetterProcess.VAR_REVISION_NOTE, "请说明按审定意见作了哪些修改");
        }
        int version = letter.versionNo() + 1;
        mapper.insertVersion(
                letterId,
                version,
                title.trim(),
                String.join("\n", lines),
                leadership.trim(),
                head.trim(),
                cadre.trim(),
                step.actorId(),
                clock.instant());
        mapper.updateLetter(letterId, Letter.LetterStatus.PENDING_APPROVAL, version);
        mapper.insertEvent(letterId, null, LetterEvent.REVISED, step.actorId(), note.trim(), clock.instant());
        audit.record(step.audit(LetterProcess.PROCESS_KEY, StepOutcome.REVISED, "第 " + version + " 版：" + note.trim()));
        return textVariables(mapper.findVersion(letterId, version));
    }

    /** A signing pair begins (in its own job): the lower party's signature row and what both forms show. */
    @Transactional
    public Map<String, Object> startPair(long letterId, String signerId, String processInstanceId) {
        Organisation organisation = org.organisation();
        LetterTree tree = LetterTree.require(organisation);
        Person signer = organisation
                .person(signerId)
                .orElseThrow(() -> new IllegalStateException("Unknown signer " + signerId));
        String counterpart =
                tree.upper(signerId).orElseThrow(() -> new IllegalStateException("No upper party for " + signerId));
        if (mapper.findSignature(letterId, signerId) == null) {
            mapper.insertSignature(
                    letterId,
                    signerId,
                    counterpart,
                    tree.level(signerId),
                    signer.unitId(),
                    processInstanceId,
                    clock.instant());
        }
        Letter letter = mapper.findLetter(letterId);
        LetterVersion version = mapper.findVersion(letterId, letter.versionNo());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(LetterProcess.VAR_SIGNER, signerId)
                .putValue(
                        LetterProcess.VAR_SIGNER_NAME,
                        signer.name() + "（"
                                + organisation
                                        .unit(signer.unitId())
                                        .map(u -> u.name())
                                        .orElse("") + "）")
                .putValue(LetterProcess.VAR_COUNTERPART, counterpart)
                .putValue(
                        LetterProcess.VAR_COUNTERPART_NAME,
                        organisation.person(counterpart).map(Person::name).orElse(counterpart))
                .putValue(
                        LetterProcess.VAR_LEVEL_DUTIES,
                        signer.has(Role.LEADERSHIP_MEMBER)
                                ? version.leadershipDuties()
                                : signer.has(Role.UNIT_HEAD) ? version.headDuties() : version.cadreDuties())
                .putValue(LetterProcess.VAR_SIGN_DUE, ChinaTime.endOf(due(letter, tree.level(signerId))))
                .putValue(
                        LetterProcess.VAR_SIGN_REMINDER_AT,
                        ChinaTime.startOf(due(letter, tree.level(signerId)).minusDays(properties.reminderDays())))
                .putValue(LetterProcess.VAR_PERSONAL_DUTIES, null)
                .putValue(LetterProcess.VAR_SIGNED, null)
                .putValue(LetterProcess.VAR_RETURN_REASON, null)
                // the 拟定/签订 forms show the title, the aspects and the signer's own level's duties only
                .putValue(LetterProcess.VAR_TITLE, version.title())
                .putValue(LetterProcess.VAR_ASPECT_LIST, aspectList(version));
        return variables;
    }

    /** The upper party's personal duties for the lower one (optional, at most 2,000 characters). */
    @Transactional
    public void prepare(long letterId, String signerId, TaskStep step, String personalDuties) {
        Signature signature = mapper.lockSignature(letterId, signerId);
        if (personalDuties != null && personalDuties.length() > MAX_PERSONAL_DUTIES) {
            throw ApiException.invalidField(
                    LetterProcess.VAR_PERSONAL_DUTIES,
                    "个性化责任条款不超过 " + MAX_PERSONAL_DUTIES + " 字（现为 " + personalDuties.length() + " 字）");
        }
        boolean revision = signature.status() == Signature.SignatureStatus.RETURNED;
        mapper.prepareSignature(signature.id(), trim(personalDuties), clock.instant());
        mapper.insertEvent(
                letterId,
                signature.id(),
                revision ? LetterEvent.DUTIES_REVISED : LetterEvent.SENT,
                step.actorId(),
                trim(personalDuties),
                clock.instant());
        audit.record(step.audit(
                LetterProcess.PAIR_KEY,
                revision ? StepOutcome.REVISED : LetterOutcome.SENT,
                signerId,
                trim(personalDuties)));
    }

    /** Lower parties in groups of at most {@code pairsPerGroup}, each as comma-separated ids (ids have no commas). */
    List<String> groups(List<String> lowers) {
        List<String> groups = new ArrayList<>();
        for (int from = 0; from < lowers.size(); from += properties.pairsPerGroup()) {
            groups.add(String.join(
                    ",", lowers.subList(from, Math.min(lowers.size(), from + properties.pairsPerGroup()))));
        }
        return groups;
    }

    static List<String> members(String group) {
        return group == null || group.isBlank() ? List.of() : List.of(group.split(","));
    }

    /** The lower party signs (确认签订, optional opinion) — returning their own lowers — or returns it with a reason. */
    @Transactional
    public List<String> sign(
            long letterId, String signerId, TaskStep step, Boolean signed, String opinion, String reason) {
        Signature signature = mapper.lockSignature(letterId, signerId);
        if (signature.status() == Signature.SignatureStatus.SIGNED) {
            throw ApiException.conflict("already-signed", "已签订，不能重复签订。");
        }
        if (signed == null) {
            throw ApiException.invalidField(LetterProcess.VAR_SIGNED, "请选择：确认签订或退回");
        }
        if (!signed) {
            if (blank(reason)) {
                throw ApiException.invalidField(LetterProcess.VAR_RETURN_REASON, "退回时须说明理由");
            }
            mapper.returnSignature(signature.id(), clock.instant());
            mapper.insertEvent(
                    letterId,
                    signature.id(),
                    LetterEvent.SIGNATURE_RETURNED,
                    step.actorId(),
                    reason.trim(),
                    clock.instant());
            audit.record(step.audit(LetterProcess.PAIR_KEY, StepOutcome.RETURNED, reason.trim()));
            return List.of();
        }
        if (opinion != null && opinion.length() > MAX_TEXT) {
            throw ApiException.invalidField("opinion", "意见不超过 " + MAX_TEXT + " 字");
        }
        Letter letter = mapper.findLetter(letterId);
        mapper.signSignature(signature.id(), letter.versionNo(), trim(opinion), clock.instant());
        handSignatures.forTask(step.taskId()).ifPresent(drawn -> mapper.attachHandSignature(signature.id(), drawn));
        mapper.insertEvent(
                letterId, signature.id(), LetterEvent.SIGNED, step.actorId(), trim(opinion), clock.instant());
        audit.record(step.audit(
                LetterProcess.PAIR_KEY,
                StepOutcome.SIGNED,
                "与" + signature.counterpartName() + "签订（第 " + letter.versionNo() + " 版）"));
        return LetterTree.require(org.organisation()).lowers(signerId);
    }

    /** Before the level's deadline the signer is reminded; after it, the upper party is told. */
    @Transactional
    public void deadline(long letterId, String signerId, boolean escalate, TaskStep step) {
        Signature signature = mapper.lockSignature(letterId, signerId);
        if (signature.status() == Signature.SignatureStatus.SIGNED) {
            return;
        }
        LetterEvent kind = escalate ? LetterEvent.ESCALATED : LetterEvent.REMINDED;
        String note = escalate
                ? signature.personName() + " 逾期未签订责任书，请督促（通知 " + signature.counterpartName() + "）"
                : "请 " + signature.personName() + " 在截止日期前签订责任书";
        mapper.insertEvent(letterId, signature.id(), kind, null, note, clock.instant());
        audit.record(step.audit(
                LetterProcess.PAIR_KEY,
                escalate ? LetterOutcome.ESCALATED : LetterOutcome.REMINDED,
                escalate ? signature.counterpartId() : signerId,
                note));
        notices.send(
                escalate
                        ? NoticeRequest.about(
                                NoticeKind.ESCALATION,
                                signature.counterpartId(),
                                signature.personName() + " 逾期未签订责任书",
                                LetterProcess.PROCESS_KEY)
                        : NoticeRequest.about(
                                        NoticeKind.REMINDER,
                                        signerId,
                                        "与 " + signature.counterpartName() + " 签订责任书",
                                        LetterProcess.PROCESS_KEY)
                                .inInstance(step.processInstanceId()));
    }

    /**
     * 催办: the upper party (or the office) urges someone who has not signed; at most once an hour.
     * Returns the channels the urge went out on.
     */
    @Transactional
    public List<String> urge(int year, String personId, CurrentUser user) {
        Letter letter = letterOfYear(year);
        Signature signature = mapper.lockSignature(letter.id(), personId);
        if (signature == null) {
            throw ApiException.notFound("signature-not-found", personId + " 尚未开始签订，无法催办");
        }
        boolean office = user.isAdmin() || org.organisation().holds(user.userId(), Role.PARTY_OFFICE);
        if (!office && !user.userId().equals(signature.counterpartId())) {
            throw ApiException.forbidden("只有签订的上级（或办公室）可以催办。");
        }
        if (signature.status() == Signature.SignatureStatus.SIGNED
                || signature.status() == Signature.SignatureStatus.CANCELLED) {
            throw ApiException.conflict("already-signed", "该签订已完成或已取消，无需催办。");
        }
        if (mapper.countEventsSince(
                        signature.id(), LetterEvent.URGED, clock.instant().minusSeconds(3600))
                > 0) {
            throw ApiException.conflict("urged-recently", "一小时内已催办过，请稍后再试。");
        }
        mapper.insertEvent(
                letter.id(),
                signature.id(),
                LetterEvent.URGED,
                user.userId(),
                "催办：" + signature.personName(),
                clock.instant());
        audit.record(
                new TaskStep(user.userId(), signature.processInstanceId(), "urge", "催办", null, letter.businessKey())
                        .audit(LetterProcess.PAIR_KEY, StepOutcome.URGED, personId, null));
        return notices.sendAndTell(NoticeRequest.about(
                        NoticeKind.URGED,
                        personId,
                        "与 " + signature.counterpartName() + " 签订责任书",
                        LetterProcess.PROCESS_KEY)
                .inInstance(signature.processInstanceId())
                .from(user.userId()));
    }

    /**
     * 确认签订 over REST, by the signer themself: completes their open signing task. Signing twice is a
     * 409, as is signing before the upper party has sent the letter.
     */
    @Transactional
    public Signature signOverRest(int year, String personId, String opinion, CurrentUser user) {
        Letter letter = letterOfYear(year);
        Signature signature = mapper.findSignature(letter.id(), personId);
        if (signature == null) {
            throw ApiException.notFound("signature-not-found", personId + " 没有待签订的责任书");
        }
        if (!user.userId().equals(personId)) {
            throw ApiException.forbidden("只能签订本人的责任书。");
        }
        if (signature.status() == Signature.SignatureStatus.SIGNED) {
            throw ApiException.conflict("already-signed", "已签订，不能重复签订。");
        }
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(signature.processInstanceId())
                .taskDefinitionKey(LetterProcess.TASK_SIGN)
                .singleResult();
        if (task == null) {
            throw ApiException.conflict("not-ready", "上级尚未发出责任书，暂不能签订。");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(LetterProcess.VAR_SIGNED, true);
        variables.put(LetterProcess.VAR_OPINION, opinion);
        taskService.complete(task.getId(), variables);
        return mapper.findSignature(letter.id(), personId);
    }

    @Transactional(readOnly = true)
    public Letter letterOfYear(int year) {
        Letter letter = mapper.findLetterByYear(year);
        if (letter == null) {
            throw ApiException.notFound("letter-not-found", year + " 年度没有责任书");
        }
        return letter;
    }

    /** The level's deadline: days-per-level after approval for each level, or from today for a late signing. */
    private LocalDate due(Letter letter, int level) {
        LocalDate today = ChinaTime.today(clock);
        LocalDate approved =
                letter.approvedAt() == null ? today : LocalDate.ofInstant(letter.approvedAt(), ChinaTime.ZONE);
        LocalDate due = approved.plusDays((long) properties.daysPerLevel() * Math.max(1, level));
        return due.isBefore(today) ? today.plusDays(properties.daysPerLevel()) : due;
    }

    /** Everyone has signed. */
    @Transactional
    public void complete(long letterId, TaskStep step) {
        Letter letter = mapper.lockLetter(letterId);
        mapper.updateLetter(letterId, Letter.LetterStatus.COMPLETED, letter.versionNo());
        audit.record(step.audit(LetterProcess.PROCESS_KEY, StepOutcome.COMPLETED, null));
    }

    private static Map<String, Object> textVariables(LetterVersion version) {
        return Variables.createVariables()
                .putValue(LetterProcess.VAR_TITLE, version.title())
                .putValue(LetterProcess.VAR_ASPECTS, version.aspects())
                .putValue(LetterProcess.VAR_ASPECT_LIST, aspectList(version))
                .putValue(LetterProcess.VAR_LEADERSHIP_DUTIES, version.leadershipDuties())
                .putValue(LetterProcess.VAR_HEAD_DUTIES, version.headDuties())
                .putValue(LetterProcess.VAR_CADRE_DUTIES, version.cadreDuties());
    }

    /** The aspects numbered one per line, as the forms show them. */
    private static String aspectList(LetterVersion version) {
        List<String> aspects = version.aspectList();
        return IntStream.range(0, aspects.size())
                .mapToObj(i -> (i + 1) + ". " + aspects.get(i))
                .collect(Collectors.joining("\n"));
    }

    private static String orDefault(String text, String fallback) {
        return blank(text) ? fallback : text.trim();
    }

    private static String trim(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
