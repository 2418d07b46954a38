package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.Fingerprint;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a 廉政谈话: the plan and its approval (谁批准谁实施), the talk and its record, each person's
 * confirmation, filing, the 诫勉 follow-up, a 函询's reply and assessment. Each writes its rows and its
 * audit entry in the transaction of the task that caused it; the audit entries carry no content.
 */
@Service
class TalkService {

    private static final Logger log = LoggerFactory.getLogger(TalkService.class);
    static final int MAX_REASON = 2000;
    static final int MAX_RECORD = 8000;
    static final int MAX_TEXT = 4000;

    private final TalkMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final TalkProperties properties;
    private final Clock clock;

    TalkService(
            TalkMapper mapper,
            OrgService org,
            AuditService audit,
            RuntimeService runtime,
            SystemAuthentication system,
            TalkProperties properties,
            Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.runtime = runtime;
        this.system = system;
        this.properties = properties;
        this.clock = clock;
    }

    /** A recorded plan: its id, business key and the variables its process starts with (ids and people only). */
    record Planned(long id, String businessKey, Map<String, Object> variables) {}

    /** What the approver decided, for the process to route with. */
    record Decided(String decision, String talkerId, boolean inquiry, Date replyDue) {}

    /** Records a plan and starts its process, which waits at the approver's decision. */
    @Transactional
    public Talk plan(TalkPlan plan, CurrentUser user) {
        Planned planned = record(plan, user.userId(), null);
        startProcess(planned, user.userId());
        return mapper.findTalk(planned.id());
    }

    /** The plan of a process started from Tasklist's start form, in that process's instance. */
    @Transactional
    public Planned planFromStartForm(TalkPlan plan, String plannerId, String processInstanceId) {
        Planned planned = record(plan, plannerId, null);
        audit.record(new TaskStep(
                        plannerId, processInstanceId, TalkProcess.START_PLANNED, "拟定谈话计划", null, planned.businessKey())
                .audit(TalkProcess.PROCESS_KEY, TalkOutcome.PLANNED, planOpinion(planned.id())));
        return planned;
    }

    private void startProcess(Planned planned, String plannerId) {
        // The planner's right was checked; the engine starts the process on their behalf.
        String instanceId = system.callFor(
                plannerId,
                () -> runtime.startProcessInstanceByKey(
                                TalkProcess.PROCESS_KEY, planned.businessKey(), planned.variables())
                        .getId());
        audit.record(
                new TaskStep(plannerId, instanceId, TalkProcess.START_PLANNED, "拟定谈话计划", null, planned.businessKey())
                        .audit(TalkProcess.PROCESS_KEY, TalkOutcome.PLANNED, planOpinion(planned.id())));
    }

    /** The kind and how many people: what the office may read anyway. */
    private String planOpinion(long talkId) {
        Talk talk = mapper.findTalk(talkId);
        return talk.kind().label() + "（" + mapper.findPeople(talkId).size() + " 人）";
    }

    private Planned record(TalkPlan plan, String plannerId, Long sourceTalkId) {
        Organisation organisation = org.organisation();
        TalkAccess.requirePlanner(plannerId, organisation);
        List<FieldProblem> problems = new ArrayList<>();
        TalkKind kind = TalkKind.parse(plan.talkKind()).orElse(null);
        if (kind == null) {
            problems.add(FieldProblem.of(TalkProcess.VAR_KIND, "请选择谈话类型：任前廉政谈话、提醒谈话、诫勉谈话、集体廉政谈话或函询"));
        }
        List<String> people = plan.personIds() == null ? List.of() : plan.personIds();
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : people) {
            if (id == null || id.isBlank()) {
                continue;
            }
            String personId = id.strip();
            if (organisation.person(personId).filter(Person::active).isEmpty()) {
                problems.add(FieldProblem.of("personIds", "谈话对象不存在或已不在岗：" + personId));
            } else if (personId.equals(plannerId)) {
                problems.add(FieldProblem.of("personIds", "不能为自己拟定廉政谈话"));
            } else if (!distinct.add(personId)) {
                problems.add(FieldProblem.of("personIds", "谈话对象重复：" + personId));
            }
        }
        if (distinct.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("personIds"))) {
            problems.add(FieldProblem.of("personIds", "请选择谈话对象"));
        } else if (kind != null && kind.collective() && distinct.size() < 2) {
            problems.add(FieldProblem.of("personIds", "集体廉政谈话至少 2 人"));
        } else if (kind != null && !kind.collective() && distinct.size() > 1) {
            problems.add(FieldProblem.of("personIds", kind.label() + "只能选择 1 名谈话对象，多人请选择集体廉政谈话"));
        }
        if (plan.reason() == null || plan.reason().isBlank()) {
            problems.add(FieldProblem.of(TalkProcess.VAR_REASON, kind == TalkKind.INQUIRY ? "请填写函询事项" : "请填写谈话事由"));
        } else if (plan.reason().strip().length() > MAX_REASON) {
            problems.add(FieldProblem.of(TalkProcess.VAR_REASON, "谈话事由不能超过 " + MAX_REASON + " 字"));
        }
        String talker =
                plan.proposedTalker() == null ? null : plan.proposedTalker().strip();
        talkerProblem(TalkProcess.VAR_PROPOSED_TALKER, talker, distinct).ifPresent(problems::add);
        Integer replyDays = plan.replyDays();
        if (replyDays != null && (replyDays < 1 || replyDays > TalkProperties.MAX_REPLY_DAYS)) {
            problems.add(
                    FieldProblem.of(TalkProcess.VAR_REPLY_DAYS, "回复期限应为 1 至 " + TalkProperties.MAX_REPLY_DAYS + " 天"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "谈话计划填写有误：" + problems.get(0).message(), problems);
        }
        List<String> talkedTo = List.copyOf(distinct);
        String unitId = organisation.person(talkedTo.get(0)).orElseThrow().unitId();
        String approver = TalkPeople.approver(organisation, unitId, talkedTo)
                .orElseThrow(() -> ApiException.invalidField("personIds", "找不到审批该谈话的党组成员，请先完善组织架构。"));
        int year = ChinaTime.today(clock).getYear();
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertTalk(
                    new TalkPlan(kind.name(), talkedTo, plan.reason().strip(), talker, replyDays),
                    kind,
                    year,
                    fingerprint(kind, talkedTo),
                    unitId,
                    plannerId,
                    approver,
                    talker,
                    kind == TalkKind.INQUIRY ? (replyDays == null ? properties.replyDays() : replyDays) : null,
                    sourceTalkId,
                    id,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate", "已有同一类型、同一谈话对象的廉政谈话正在办理，不能重复拟定。");
        }
        long talkId = id.getValue();
        String businessKey = TalkProcess.BUSINESS_KEY_PREFIX + talkId;
        mapper.setBusinessKey(talkId, businessKey);
        for (int i = 0; i < talkedTo.size(); i++) {
            String personId = talkedTo.get(i);
            mapper.insertPerson(
                    talkId,
                    personId,
                    i + 1,
                    organisation.person(personId).orElseThrow().unitId());
        }
        log.info("Integrity talk {} ({}) planned by {} for unit {}", businessKey, kind, plannerId, unitId);
        Map<String, Object> variables = Variables.createVariables()
                .putValue(TalkProcess.VAR_TALK_ID, talkId)
                .putValue(TalkProcess.VAR_PLANNER, plannerId)
                .putValue(TalkProcess.VAR_APPROVER, approver)
                .putValue(TalkProcess.VAR_TALKER, talker)
                .putValue(TalkProcess.VAR_PERSONS, ProcessVariables.jsonList(talkedTo))
                .putValue(TalkProcess.VAR_INQUIRY, kind == TalkKind.INQUIRY)
                .putValue(TalkProcess.VAR_ADMONISHMENT, kind == TalkKind.ADMONISHMENT);
        return new Planned(talkId, businessKey, variables);
    }

    private Optional<FieldProblem> talkerProblem(String field, String talkerId, Set<String> talkedTo) {
        if (talkerId == null || talkerId.isBlank()) {
            return Optional.of(FieldProblem.of(field, "请选择谈话人"));
        }
        if (org.organisation().person(talkerId).filter(Person::active).isEmpty()) {
            return Optional.of(FieldProblem.of(field, "谈话人不存在或已不在岗：" + talkerId));
        }
        if (talkedTo.contains(talkerId)) {
            return Optional.of(FieldProblem.of(field, "谈话人不能是谈话对象本人"));
        }
        return Optional.empty();
    }

    /** 审批: approve (naming the talker, who may differ from the proposed one), return to the planner, or reject. */
    @Transactional
    public Decided decide(long talkId, TaskStep step, String decision, String talkerChosen, String comment) {
        Talk talk = mapper.lockTalk(talkId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!List.of(TalkProcess.APPROVE, TalkProcess.RETURN, TalkProcess.REJECT)
                .contains(decision)) {
            problems.add(FieldProblem.of(TalkProcess.VAR_APPROVAL, "请选择审批结论：同意、退回修改或不予谈话"));
        }
        if (!TalkProcess.APPROVE.equals(decision) && isBlank(comment) && decision != null) {
            problems.add(FieldProblem.of(TalkProcess.VAR_COMMENT, "退回或不予谈话时必须填写意见"));
        }
        if (comment != null && comment.strip().length() > MAX_REASON) {
            problems.add(FieldProblem.of(TalkProcess.VAR_COMMENT, "意见不能超过 " + MAX_REASON + " 字"));
        }
        String talker = isBlank(talkerChosen) ? talk.talkerId() : talkerChosen.strip();
        if (TalkProcess.APPROVE.equals(decision)) {
            talkerProblem(TalkProcess.VAR_TALKER_CHOSEN, talker, personIds(talkId))
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "审批填写有误：" + problems.get(0).message(), problems);
        }
        boolean inquiry = talk.kind() == TalkKind.INQUIRY;
        Date replyDue = null;
        TalkStatus status;
        TalkOutcome outcome;
        String opinion = null;
        switch (decision) {
            case TalkProcess.APPROVE -> {
                status = inquiry ? TalkStatus.INQUIRING : TalkStatus.APPROVED;
                outcome = TalkOutcome.APPROVED;
                opinion = (inquiry ? "函询人：" : "谈话人：") + name(talker);
                if (inquiry) {
                    replyDue = ChinaTime.endOf(ChinaTime.today(clock).plusDays(talk.replyDays()));
                }
            }
            case TalkProcess.RETURN -> {
                status = TalkStatus.RETURNED;
                outcome = TalkOutcome.RETURNED;
                opinion = "请按审批意见修改谈话计划";
            }
            default -> {
                status = TalkStatus.REJECTED;
                outcome = TalkOutcome.REJECTED;
            }
        }
        mapper.decide(
                talkId,
                status,
                status.ended(),
                talker,
                isBlank(comment) ? null : comment.strip(),
                replyDue == null ? null : replyDue.toInstant(),
                clock.instant());
        audit.record(step.audit(TalkProcess.PROCESS_KEY, outcome, opinion));
        return new Decided(decision, talker, inquiry, replyDue);
    }

    /** 修改谈话计划: a new reason (blank keeps it) and proposed talker, or the plan is withdrawn. */
    @Transactional
    public String revise(long talkId, TaskStep step, String reason, String talkerChosen, boolean withdrawn) {
        Talk talk = mapper.lockTalk(talkId);
        if (withdrawn) {
            mapper.updateStatus(talkId, TalkStatus.WITHDRAWN, true, clock.instant());
            audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.WITHDRAWN, null));
            return talk.talkerId();
        }
        List<FieldProblem> problems = new ArrayList<>();
        String newReason = isBlank(reason) ? talk.reason() : reason.strip();
        if (newReason.length() > MAX_REASON) {
            problems.add(FieldProblem.of(TalkProcess.VAR_REASON, "谈话事由不能超过 " + MAX_REASON + " 字"));
        }
        String talker = isBlank(talkerChosen) ? talk.talkerId() : talkerChosen.strip();
        talkerProblem(TalkProcess.VAR_TALKER_CHOSEN, talker, personIds(talkId)).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "谈话计划填写有误：" + problems.get(0).message(), problems);
        }
        mapper.revisePlan(talkId, newReason, talker, clock.instant());
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.REVISED, null));
        return talker;
    }

    /** 谈话: the talker records when and where it was held, who recorded it, and the record itself. */
    @Transactional
    public void hold(long talkId, TaskStep step, String talkDate, String place, String recorderChosen, String record) {
        mapper.lockTalk(talkId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = ProcessVariables.date(talkDate);
        if (day == null) {
            problems.add(FieldProblem.of(TalkProcess.VAR_TALK_DATE, "请填写谈话日期（yyyy-MM-dd）"));
        } else if (day.isAfter(ChinaTime.today(clock))) {
            problems.add(FieldProblem.of(TalkProcess.VAR_TALK_DATE, "谈话日期不能晚于今天"));
        }
        if (isBlank(place)) {
            problems.add(FieldProblem.of(TalkProcess.VAR_PLACE, "请填写谈话地点"));
        } else if (place.strip().length() > 200) {
            problems.add(FieldProblem.of(TalkProcess.VAR_PLACE, "谈话地点不能超过 200 字"));
        }
        Set<String> talkedTo = personIds(talkId);
        if (isBlank(recorderChosen)) {
            problems.add(FieldProblem.of(TalkProcess.VAR_RECORDER, "请选择记录人"));
        } else if (org.organisation()
                .person(recorderChosen.strip())
                .filter(Person::active)
                .isEmpty()) {
            problems.add(FieldProblem.of(TalkProcess.VAR_RECORDER, "记录人不存在或已不在岗：" + recorderChosen.strip()));
        } else if (talkedTo.contains(recorderChosen.strip())) {
            problems.add(FieldProblem.of(TalkProcess.VAR_RECORDER, "记录人不能是谈话对象本人"));
        }
        if (isBlank(record)) {
            problems.add(FieldProblem.of(TalkProcess.VAR_RECORD, "请填写谈话记录"));
        } else if (record.strip().length() > MAX_RECORD) {
            problems.add(FieldProblem.of(TalkProcess.VAR_RECORD, "谈话记录不能超过 " + MAX_RECORD + " 字"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "谈话记录填写有误：" + problems.get(0).message(), problems);
        }
        mapper.hold(talkId, day, place.strip(), recorderChosen.strip(), record.strip(), clock.instant());
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.HELD, null));
    }

    /** 确认谈话记录: a person talked to confirms, with their own statement if they wish; once. */
    @Transactional
    public void confirm(long talkId, TaskStep step, String personId, boolean confirmed, String statement) {
        mapper.lockTalk(talkId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!confirmed) {
            problems.add(FieldProblem.of(TalkProcess.VAR_CONFIRMED, "请阅读谈话记录后勾选“已阅读并确认”"));
        }
        if (statement != null && statement.strip().length() > MAX_TEXT) {
            problems.add(FieldProblem.of(TalkProcess.VAR_STATEMENT, "本人说明不能超过 " + MAX_TEXT + " 字"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "确认有误：" + problems.get(0).message(), problems);
        }
        List<TalkPerson> people = mapper.findPeople(talkId);
        TalkPerson person = people.stream()
                .filter(p -> p.personId().equals(personId))
                .findFirst()
                .orElseThrow(() -> ApiException.forbidden("只有谈话对象本人可以确认谈话记录。"));
        if (person.confirmedAt() != null) {
            throw ApiException.conflict("talk-already-confirmed", "您已确认过该谈话记录。");
        }
        mapper.confirm(talkId, personId, isBlank(statement) ? null : statement.strip(), clock.instant());
        if (people.stream().filter(p -> p.confirmedAt() == null).count() == 1) {
            mapper.updateStatus(talkId, TalkStatus.CONFIRMED, false, clock.instant());
        }
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.CONFIRMED, null));
    }

    /** 归档 by the inspection group; a 诫勉谈话 then waits for its follow-up, whose time is returned. */
    @Transactional
    public Optional<Date> file(long talkId, TaskStep step, String archiveNo) {
        Talk talk = mapper.lockTalk(talkId);
        if (archiveNo != null && archiveNo.strip().length() > 64) {
            throw ApiException.invalidField(TalkProcess.VAR_ARCHIVE_NO, "档案编号不能超过 64 字");
        }
        boolean followUp = talk.kind() == TalkKind.ADMONISHMENT;
        Date followUpAt = followUp ? followUpTime() : null;
        mapper.file(
                talkId,
                followUp ? TalkStatus.AWAITING_FOLLOW_UP : TalkStatus.FILED,
                !followUp,
                isBlank(archiveNo) ? null : archiveNo.strip(),
                step.actorId(),
                followUpAt == null ? null : followUpAt.toInstant(),
                clock.instant());
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.FILED, null));
        return Optional.ofNullable(followUpAt);
    }

    /** The follow-up is due the configured period after filing, at 09:00 China time. */
    private Date followUpTime() {
        LocalDate day = ChinaTime.today(clock).plus(properties.followUpAfter());
        return Date.from(ZonedDateTime.of(day.atTime(9, 0), ChinaTime.ZONE).toInstant());
    }

    /** 回访复查 after a 诫勉谈话: 已改正 or 仍需关注, with a note. */
    @Transactional
    public void followUp(long talkId, TaskStep step, String result, String note) {
        mapper.lockTalk(talkId);
        List<FieldProblem> problems = new ArrayList<>();
        Talk.FollowUpResult parsed = parse(Talk.FollowUpResult.class, result);
        if (parsed == null) {
            problems.add(FieldProblem.of(TalkProcess.VAR_FOLLOW_UP_RESULT, "请选择回访结论：已改正或仍需关注"));
        }
        if (note != null && note.strip().length() > MAX_TEXT) {
            problems.add(FieldProblem.of(TalkProcess.VAR_FOLLOW_UP_NOTE, "回访情况不能超过 " + MAX_TEXT + " 字"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "回访复查填写有误：" + problems.get(0).message(), problems);
        }
        mapper.followUp(talkId, parsed, isBlank(note) ? null : note.strip(), clock.instant());
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.FOLLOWED_UP, null));
    }

    /** 函询回复: the person's written reply; after the deadline it is recorded as late. */
    @Transactional
    public void reply(long talkId, TaskStep step, String text) {
        Talk talk = mapper.lockTalk(talkId);
        if (isBlank(text)) {
            throw ApiException.invalidField(TalkProcess.VAR_REPLY, "请填写函询回复");
        }
        if (text.strip().length() > MAX_RECORD) {
            throw ApiException.invalidField(TalkProcess.VAR_REPLY, "函询回复不能超过 " + MAX_RECORD + " 字");
        }
        Instant now = clock.instant();
        boolean late = talk.replyLate() || (talk.replyDue() != null && now.isAfter(talk.replyDue()));
        mapper.reply(talkId, text.strip(), late, now);
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.REPLIED, late ? "逾期回复" : null));
    }

    /** The deadline passed without a reply: marked late; returns the talk for the notice. */
    @Transactional
    public Talk markLate(long talkId, TaskStep step) {
        Talk talk = mapper.lockTalk(talkId);
        mapper.markLate(talkId, clock.instant());
        audit.record(step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.REPLY_LATE, null));
        return talk;
    }

    /**
     * 函询核实: 属实, 部分属实 or 不属实 with the reasons; 属实 and 部分属实 may lead to a 提醒谈话 or 诫勉谈话 of
     * the same person, planned by the assessor and started at once, linked to the 函询. Returns its id.
     */
    @Transactional
    public Optional<Long> assess(long talkId, TaskStep step, String assessment, String text, String nextKind) {
        Talk talk = mapper.lockTalk(talkId);
        List<FieldProblem> problems = new ArrayList<>();
        Talk.Assessment parsed = parse(Talk.Assessment.class, assessment);
        if (parsed == null) {
            problems.add(FieldProblem.of(TalkProcess.VAR_ASSESSMENT, "请选择核实结论：属实、部分属实或不属实"));
        }
        if (isBlank(text)) {
            problems.add(FieldProblem.of(TalkProcess.VAR_ASSESSMENT_TEXT, "请填写核实情况"));
        } else if (text.strip().length() > MAX_TEXT) {
            problems.add(FieldProblem.of(TalkProcess.VAR_ASSESSMENT_TEXT, "核实情况不能超过 " + MAX_TEXT + " 字"));
        }
        TalkKind next = isBlank(nextKind) || "NONE".equalsIgnoreCase(nextKind.strip())
                ? null
                : TalkKind.parse(nextKind).orElse(TalkKind.INQUIRY);
        if (next != null && next != TalkKind.REMINDER && next != TalkKind.ADMONISHMENT) {
            problems.add(FieldProblem.of(TalkProcess.VAR_NEXT_KIND, "函询后只能转为提醒谈话或诫勉谈话"));
        } else if (next != null && parsed == Talk.Assessment.NOT_TRUE) {
            problems.add(FieldProblem.of(TalkProcess.VAR_NEXT_KIND, "核实不属实的，不转为谈话"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "函询核实填写有误：" + problems.get(0).message(), problems);
        }
        mapper.assess(talkId, parsed, text.strip(), clock.instant());
        audit.record(
                step.audit(TalkProcess.PROCESS_KEY, TalkOutcome.ASSESSED, next == null ? null : "转" + next.label()));
        if (next == null) {
            return Optional.empty();
        }
        String reason = "函询（" + talk.businessKey() + "）核实" + parsed.label() + "：" + text.strip();
        TalkPlan plan = new TalkPlan(
                next.name(),
                List.copyOf(personIds(talkId)),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason,
                talk.talkerId(),
                null);
        Planned planned = record(plan, step.actorId(), talkId);
        startProcess(planned, step.actorId());
        return Optional.of(planned.id());
    }

    private Set<String> personIds(long talkId) {
        Set<String> ids = new TreeSet<>();
        mapper.findPeople(talkId).forEach(p -> ids.add(p.personId()));
        return ids;
    }

    private String name(String personId) {
        return org.organisation().person(personId).map(Person::name).orElse(personId);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (isBlank(text)) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        return null;
    }

    /** Kind and people, sorted: one open talk of a kind for the same people at a time. */
    private static String fingerprint(TalkKind kind, List<String> people) {
        return Fingerprint.of(kind.name(), String.join(",", new TreeSet<>(people)));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("talk-not-found", "廉政谈话不存在：" + id);
    }
}
