package cn.qinglian.workflow.integritytalk;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the 廉政谈话 ledger with its access rules: lists and figures without content for those who keep
 * the ledger, a person's own talks, and a talk's detail with its content only for those who may read it.
 */
@Service
public class TalkQueries {

    private final TalkMapper mapper;
    private final OrgService org;

    TalkQueries(TalkMapper mapper, OrgService org) {
        this.mapper = mapper;
        this.org = org;
    }

    @Transactional(readOnly = true)
    public List<TalkItem> list(Integer year, String kind, String status, String unitId, CurrentUser user) {
        TalkAccess.requireKeeper(user, org.organisation());
        return items(mapper.findTalks(filter(year, kind, status, unitId)));
    }

    /** A plan reaches the person once approved: before that, or when it was dropped, it is not theirs to see. */
    private static final List<TalkStatus> NOT_YET_THEIRS =
            List.of(TalkStatus.PLANNED, TalkStatus.RETURNED, TalkStatus.REJECTED, TalkStatus.WITHDRAWN);

    /** The talks the user was talked to in (or inquired of), once approved. */
    @Transactional(readOnly = true)
    public List<TalkItem> mine(CurrentUser user) {
        return items(mapper.findTalks(new TalkMapper.Filter(null, null, null, null, user.userId())).stream()
                .filter(t -> !NOT_YET_THEIRS.contains(t.status()))
                .toList());
    }

    TalkMapper.Filter filter(Integer year, String kind, String status, String unitId) {
        Organisation organisation = org.organisation();
        TalkKind k = kind == null || kind.isBlank()
                ? null
                : TalkKind.parse(kind).orElseThrow(() -> ApiException.invalidField("kind", "谈话类型不存在：" + kind));
        TalkStatus s = status == null || status.isBlank()
                ? null
                : Arrays.stream(TalkStatus.values())
                        .filter(v -> v.name().equalsIgnoreCase(status.strip())
                                || v.label().equals(status.strip()))
                        .findFirst()
                        .orElseThrow(() -> ApiException.invalidField("status", "状态不存在：" + status));
        if (unitId != null && organisation.unit(unitId).isEmpty()) {
            throw ApiException.invalidField("unit", "单位不存在：" + unitId);
        }
        return new TalkMapper.Filter(year, k, s, unitId, null);
    }

    private List<TalkItem> items(List<Talk> talks) {
        if (talks.isEmpty()) {
            return List.of();
        }
        return talks.stream()
                .map(t -> TalkItem.of(t, mapper.findPeople(t.id()).size()))
                .toList();
    }

    /** A talk for those who keep the ledger and those it involves; its content only for those who read it. */
    @Transactional(readOnly = true)
    public TalkDetail detail(long id, CurrentUser user) {
        Talk talk = mapper.findTalk(id);
        if (talk == null) {
            throw TalkService.notFound(id);
        }
        Organisation organisation = org.organisation();
        List<TalkPerson> people = mapper.findPeople(id);
        boolean content = TalkAccess.readsContent(user, organisation, talk, people);
        boolean involved = TalkAccess.involved(user, talk);
        if (!content && !involved && !TalkAccess.keepsLedger(user, organisation)) {
            throw ApiException.forbidden("廉政谈话内容保密：只有谈话人、记录人、谈话对象、纪检委员和管理员可以查看。");
        }
        boolean names = content || involved;
        boolean allStatements = content
                && (TalkAccess.inspects(user, organisation)
                        || user.userId().equals(talk.talkerId())
                        || user.userId().equals(talk.recorderId()));
        List<TalkDetail.PersonView> views = names
                ? people.stream()
                        .map(p -> new TalkDetail.PersonView(
                                p.personId(),
                                p.name(),
                                p.unitName(),
                                p.confirmedAt(),
                                allStatements || (content && p.personId().equals(user.userId()))
                                        ? p.statement()
                                        : null))
                        .toList()
                : null;
        return new TalkDetail(
                TalkItem.of(talk, people.size()),
                content,
                names ? name(organisation, talk.plannerId()) : null,
                names ? name(organisation, talk.approverId()) : null,
                names ? name(organisation, talk.talkerId()) : null,
                names ? name(organisation, talk.recorderId()) : null,
                views,
                names ? talk.decisionComment() : null,
                content ? talk.reason() : null,
                content ? talk.place() : null,
                content ? talk.recordText() : null,
                talk.replyDue(),
                content ? talk.replyText() : null,
                talk.repliedAt(),
                content && talk.assessment() != null ? talk.assessment().label() : null,
                content ? talk.assessmentText() : null,
                talk.followUpDue(),
                content && talk.followUpResult() != null ? talk.followUpResult().label() : null,
                content ? talk.followUpText() : null,
                content ? talk.archiveNo() : null);
    }

    /** A talk the process holds; a missing one is the engine's inconsistency, not the caller's. */
    @Transactional(readOnly = true)
    Talk talk(long id) {
        Talk talk = mapper.findTalk(id);
        if (talk == null) {
            throw new IllegalStateException("No integrity talk " + id);
        }
        return talk;
    }

    @Transactional(readOnly = true)
    List<TalkPerson> people(long id) {
        return mapper.findPeople(id);
    }

    /**
     * The year's figures for the report card, for the commission and unit by unit: counts only. Rejected
     * and withdrawn plans are not talks; a talk is confirmed once every person has confirmed its record.
     */
    @Transactional(readOnly = true)
    public TalkFigures figures(int year) {
        List<TalkMapper.UnitKindCount> rows = mapper.countByUnit(year).stream()
                .filter(r -> r.status() != TalkStatus.REJECTED && r.status() != TalkStatus.WITHDRAWN)
                .toList();
        Map<String, List<TalkMapper.UnitKindCount>> byUnit = rows.stream()
                .collect(Collectors.groupingBy(
                        TalkMapper.UnitKindCount::unitId, LinkedHashMap::new, Collectors.toList()));
        List<TalkFigures.UnitCounts> units = byUnit.values().stream()
                .map(unitRows -> new TalkFigures.UnitCounts(
                        unitRows.get(0).unitId(), unitRows.get(0).unitName(), counts(unitRows)))
                .toList();
        return new TalkFigures(year, counts(rows), units);
    }

    /** The figures for a reader who keeps the ledger. */
    @Transactional(readOnly = true)
    public TalkFigures figures(int year, CurrentUser user) {
        TalkAccess.requireKeeper(user, org.organisation());
        return figures(year);
    }

    private static TalkFigures.Counts counts(List<TalkMapper.UnitKindCount> rows) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Arrays.stream(TalkKind.values()).forEach(k -> byKind.put(k.label(), 0));
        rows.forEach(r -> byKind.merge(r.kind().label(), r.talks(), Integer::sum));
        int total = rows.stream().mapToInt(TalkMapper.UnitKindCount::talks).sum();
        int confirmed = rows.stream()
                .filter(r -> r.status().confirmed())
                .mapToInt(TalkMapper.UnitKindCount::talks)
                .sum();
        return new TalkFigures.Counts(total, byKind, confirmed);
    }

    private static String name(Organisation organisation, String personId) {
        return personId == null
                ? null
                : organisation.person(personId).map(Person::name).orElse(personId);
    }
}
