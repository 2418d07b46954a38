package cn.qinglian.workflow.regulation;

import static cn.qinglian.workflow.common.error.FieldProblems.trimmed;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblems;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.notice.NoticeKind;
import cn.qinglian.workflow.notice.NoticeRequest;
import cn.qinglian.workflow.notice.Notices;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.regulation.RegulationMapper.CompilationValues;
import cn.qinglian.workflow.regulation.RegulationMapper.ItemRow;
import cn.qinglian.workflow.regulation.RegulationMapper.StudyRequest;
import cn.qinglian.workflow.regulation.Requests.ChapterInput;
import cn.qinglian.workflow.regulation.Requests.CompilationRequest;
import cn.qinglian.workflow.regulation.Requests.PublishRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's compilations: picked and ordered into chapters while a draft, frozen once published. Publishing
 * may ask members (everyone, or the people of some units) to confirm that they have studied it; each is
 * sent a notice, and each confirms once.
 */
@Service
class CompilationService {

    private static final Logger log = LoggerFactory.getLogger(CompilationService.class);
    private static final int BATCH = 500;

    private final RegulationMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final Notices notices;
    private final Clock clock;

    CompilationService(RegulationMapper mapper, OrgService org, AuditService audit, Notices notices, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public Compilation.Detail create(CompilationRequest request, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        Checked checked = check(request);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertCompilation(checked.values(), user.userId(), id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(checked.values());
        }
        writeChapters(id.getValue(), checked.chapters());
        record(user.userId(), id.getValue(), RegulationOutcome.COMPILATION_SAVED, summary(checked));
        return detail(mapper.findCompilation(id.getValue()), null);
    }

    /** Replaces a draft's title, year and chapters; a published compilation is frozen (409). */
    @Transactional
    public Compilation.Detail update(long id, CompilationRequest request, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        Compilation compilation = lock(id);
        if (compilation.published()) {
            throw frozen(compilation);
        }
        Checked checked = check(request);
        try {
            mapper.updateCompilation(id, checked.values(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(checked.values());
        }
        mapper.deleteItems(id);
        mapper.deleteChapters(id);
        writeChapters(id, checked.chapters());
        record(user.userId(), id, RegulationOutcome.COMPILATION_SAVED, "修改：" + summary(checked));
        return detail(mapper.findCompilation(id), null);
    }

    /**
     * Publishes a draft: it is frozen from now on. Whoever it asks (everyone, or the people of the given
     * units and the units under them) is recorded and told, titles only.
     */
    @Transactional
    public Compilation.Detail publish(long id, PublishRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireKeeper(user, organisation);
        Compilation compilation = lock(id);
        FieldProblems problems = new FieldProblems();
        boolean everyone = request != null && Boolean.TRUE.equals(request.askEveryone());
        List<String> unitIds = request == null || request.unitIds() == null ? List.of() : request.unitIds();
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < unitIds.size(); i++) {
            String unitId = trimmed(unitIds.get(i));
            if (unitId == null || organisation.unit(unitId).isEmpty()) {
                problems.add("unitIds[" + i + "]", "单位不存在：" + unitId);
            } else {
                units.add(unitId);
            }
        }
        if (everyone && !unitIds.isEmpty()) {
            problems.add("unitIds", "已选择全体党员，无需再选择单位");
        }
        LocalDate due = request == null ? null : request.studyDue();
        if (due != null && due.isBefore(ChinaTime.today(clock))) {
            problems.add("studyDue", "学习确认截止日期不能早于今天");
        }
        if (due != null && !everyone && units.isEmpty() && problems.isEmpty()) {
            problems.add("studyDue", "未选择学习对象，无需填写截止日期");
        }
        problems.throwIfAny("发布制度汇编");
        if (compilation.published()) {
            throw frozen(compilation);
        }
        List<ItemRow> items = mapper.findItems(id).stream()
                .filter(i -> i.regulationId() != null)
                .toList();
        if (items.isEmpty()) {
            throw ApiException.invalidField("chapters", "汇编中还没有制度，不能发布");
        }
        List<String> superseded = items.stream()
                .filter(i -> i.status() != RegulationStatus.IN_FORCE)
                .map(i -> "“" + i.title() + "”" + i.status().label())
                .toList();
        if (!superseded.isEmpty()) {
            throw ApiException.invalidField("chapters", String.join("，", superseded) + "，请先从汇编中移除或换成现行制度再发布");
        }
        mapper.publish(id, user.userId(), due, clock.instant());
        List<StudyRequest> asked = scope(organisation, everyone, units);
        for (int from = 0; from < asked.size(); from += BATCH) {
            mapper.insertStudyRequests(id, asked.subList(from, Math.min(from + BATCH, asked.size())), clock.instant());
        }
        if (!asked.isEmpty()) {
            notices.send(NoticeRequest.about(
                            NoticeKind.TASK,
                            asked.stream().map(StudyRequest::personId).toList(),
                            "学习《" + compilation.title() + "》并确认已学习",
                            null)
                    .dueBy(due == null ? null : ChinaTime.endOf(due))
                    .from(user.userId()));
        }
        record(
                user.userId(),
                id,
                RegulationOutcome.COMPILATION_PUBLISHED,
                compilation.title() + (asked.isEmpty() ? "" : "，请 " + asked.size() + " 人确认学习"));
        log.info("Published regulation compilation {}; {} people asked to confirm their study", id, asked.size());
        return detail(mapper.findCompilation(id), null);
    }

    /** The member confirms they studied a published compilation; a second confirmation changes nothing. */
    @Transactional
    public Compilation.Detail studied(long id, CurrentUser user) {
        Organisation organisation = org.organisation();
        Person person = organisation
                .person(user.userId())
                .filter(Person::active)
                .orElseThrow(() -> ApiException.forbidden("您不在组织架构中，无需确认学习。"));
        // No lock on the compilation: hundreds confirm at once, and a published one stays published.
        Compilation compilation = compilation(id);
        if (!compilation.published()) {
            throw ApiException.conflict("regulation-compilation-draft", "“" + compilation.title() + "”尚未发布，不能确认学习。");
        }
        int changed = mapper.markStudied(id, person.id(), clock.instant());
        if (changed == 0 && mapper.countStudyRows(id, person.id()) == 0) {
            try {
                mapper.insertUnaskedStudy(id, person.id(), person.unitId(), clock.instant());
                changed = 1;
            } catch (DuplicateKeyException e) {
                // The same person's confirmation in a concurrent request: it counts once.
                changed = 0;
            }
        }
        if (changed > 0) {
            record(person.id(), id, RegulationOutcome.STUDIED, compilation.title());
        }
        return detail(compilation, true);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<Compilation> list(Integer year, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireReader(user, organisation);
        return mapper.findCompilations(
                year, RegulationAccess.keeps(user, organisation) ? null : CompilationStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public Compilation.Detail detail(long id, CurrentUser user) {
        Compilation compilation = compilation(id);
        RegulationAccess.requireReadable(user, org.organisation(), compilation);
        return detail(compilation, compilation.published() ? mapper.findStudiedAt(id, user.userId()) != null : null);
    }

    /** Who was asked and who confirmed, in total and per unit, and who has not yet: for the keepers. */
    @Transactional(readOnly = true)
    public StudyCoverage coverage(long id, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        return coverage(compilation(id));
    }

    StudyCoverage coverage(Compilation compilation) {
        Map<String, StudyCoverage.UnitCount> units = new LinkedHashMap<>();
        List<StudyCoverage.Pending> pending = new ArrayList<>();
        for (StudyCoverage.Row row : mapper.findStudyRows(compilation.id())) {
            if (!row.asked()) {
                continue;
            }
            StudyCoverage.Count one = new StudyCoverage.Count(1, row.studiedAt() == null ? 0 : 1);
            units.merge(
                    row.unitId(),
                    new StudyCoverage.UnitCount(row.unitId(), row.unitName(), one),
                    (a, b) -> new StudyCoverage.UnitCount(
                            a.unitId(), a.unitName(), a.counts().plus(b.counts())));
            if (row.studiedAt() == null) {
                pending.add(new StudyCoverage.Pending(row.personId(), row.personName(), row.unitId(), row.unitName()));
            }
        }
        StudyCoverage.Count total = units.values().stream()
                .map(StudyCoverage.UnitCount::counts)
                .reduce(StudyCoverage.Count.NONE, StudyCoverage.Count::plus);
        return new StudyCoverage(compilation.id(), compilation.title(), total, List.copyOf(units.values()), pending);
    }

    Compilation compilation(long id) {
        Compilation compilation = mapper.findCompilation(id);
        if (compilation == null) {
            throw notFound(id);
        }
        return compilation;
    }

    Compilation.Detail detail(Compilation compilation, Boolean studiedByMe) {
        return new Compilation.Detail(compilation, chapters(mapper.findItems(compilation.id())), studiedByMe);
    }

    static List<Compilation.Chapter> chapters(List<ItemRow> rows) {
        Map<Long, Compilation.Chapter> chapters = new LinkedHashMap<>();
        for (ItemRow row : rows) {
            Compilation.Chapter chapter = chapters.computeIfAbsent(
                    row.chapterId(),
                    k -> new Compilation.Chapter(row.chapterSeq(), row.chapterTitle(), new ArrayList<>()));
            if (row.regulationId() != null) {
                chapter.items()
                        .add(new Compilation.Item(
                                row.seq(),
                                row.regulationId(),
                                row.title(),
                                row.docNumber(),
                                row.issuer(),
                                row.status()));
            }
        }
        return chapters.values().stream()
                .map(c -> new Compilation.Chapter(c.seq(), c.title(), List.copyOf(c.items())))
                .toList();
    }

    // ---- checks ----

    private record Checked(CompilationValues values, List<CheckedChapter> chapters) {}

    private record CheckedChapter(String title, List<Long> regulationIds) {}

    private Checked check(CompilationRequest r) {
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("title", "请填写汇编信息");
            problems.throwIfAny("制度汇编");
        }
        if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
            problems.add("year", "请填写年度（2000–2100）");
        }
        problems.required("title", trimmed(r.title()), "请填写汇编名称，如“2027年度机关制度汇编”");
        problems.maxLength("title", r.title(), 200, "汇编名称");
        problems.required("issuer", trimmed(r.issuer()), "请填写编印单位");
        problems.maxLength("issuer", r.issuer(), 200, "编印单位");
        List<ChapterInput> chapters = r.chapters() == null ? List.of() : r.chapters();
        if (chapters.isEmpty()) {
            problems.add("chapters", "请至少编排一章");
        }
        if (chapters.size() > 50) {
            problems.add("chapters", "章不超过 50 个");
        }
        Set<Long> seen = new HashSet<>();
        List<CheckedChapter> checked = new ArrayList<>();
        for (int c = 0; c < chapters.size(); c++) {
            ChapterInput chapter = chapters.get(c);
            String prefix = "chapters[" + c + "].";
            String n = "第 " + (c + 1) + " 章";
            if (chapter == null) {
                problems.add(prefix + "title", n + "为空");
                continue;
            }
            problems.required(prefix + "title", trimmed(chapter.title()), "请填写" + n + "的标题");
            problems.maxLength(prefix + "title", chapter.title(), 200, n + "的标题");
            List<Long> ids = chapter.regulationIds() == null ? List.of() : chapter.regulationIds();
            if (ids.size() > 500) {
                problems.add(prefix + "regulationIds", n + "的制度不超过 500 项");
            }
            for (int i = 0; i < ids.size(); i++) {
                Long regulationId = ids.get(i);
                String field = prefix + "regulationIds[" + i + "]";
                Regulation regulation = regulationId == null ? null : mapper.findRegulation(regulationId);
                if (regulation == null) {
                    problems.add(field, n + "的制度不存在：" + regulationId);
                } else if (!regulation.inForce()) {
                    problems.add(field, "“" + regulation.title() + "”" + regulation.statusLabel() + "，只能编入现行制度");
                } else if (!seen.add(regulationId)) {
                    problems.add(field, "“" + regulation.title() + "”已编入本汇编，不能重复编入");
                }
            }
            checked.add(new CheckedChapter(trimmed(chapter.title()), ids));
        }
        problems.throwIfAny("制度汇编");
        return new Checked(new CompilationValues(r.year(), trimmed(r.title()), trimmed(r.issuer())), checked);
    }

    private void writeChapters(long compilationId, List<CheckedChapter> chapters) {
        for (int c = 0; c < chapters.size(); c++) {
            GeneratedId chapterId = new GeneratedId();
            mapper.insertChapter(compilationId, c + 1, chapters.get(c).title(), chapterId);
            List<Long> ids = chapters.get(c).regulationIds();
            for (int i = 0; i < ids.size(); i++) {
                mapper.insertItem(compilationId, chapterId.getValue(), i + 1, ids.get(i));
            }
        }
    }

    /** The active people of the organisation, or of the units and every unit under them, each once. */
    private static List<StudyRequest> scope(Organisation organisation, boolean everyone, Set<String> units) {
        if (everyone) {
            return organisation.people().stream()
                    .filter(Person::active)
                    .filter(p -> p.unitId() != null)
                    .sorted((a, b) -> a.id().compareTo(b.id()))
                    .map(p -> new StudyRequest(p.id(), p.unitId()))
                    .toList();
        }
        Set<String> all = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(units);
        while (!toVisit.isEmpty()) {
            String unit = toVisit.pop();
            if (all.add(unit)) {
                organisation.childrenOf(unit).stream().map(Unit::id).forEach(toVisit::push);
            }
        }
        Map<String, StudyRequest> asked = new LinkedHashMap<>();
        for (String unit : all) {
            organisation.membersOf(unit).stream()
                    .filter(Person::active)
                    .forEach(p -> asked.putIfAbsent(p.id(), new StudyRequest(p.id(), unit)));
        }
        return List.copyOf(asked.values());
    }

    private Compilation lock(long id) {
        if (mapper.lockCompilation(id) == null) {
            throw notFound(id);
        }
        return mapper.findCompilation(id);
    }

    private static String summary(Checked checked) {
        int items = checked.chapters().stream()
                .mapToInt(c -> c.regulationIds().size())
                .sum();
        return checked.values().title() + "（" + checked.chapters().size() + " 章，" + items + " 项制度）";
    }

    private void record(String actor, long compilationId, RegulationOutcome outcome, String opinion) {
        audit.record(new AuditEntry(
                actor,
                RegulationService.LEDGER_KEY,
                null,
                null,
                null,
                null,
                "regulation-compilation-" + compilationId,
                outcome.code(),
                opinion));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("regulation-compilation-not-found", "找不到制度汇编：" + id);
    }

    private static ApiException frozen(Compilation compilation) {
        return ApiException.conflict("regulation-compilation-published", "“" + compilation.title() + "”已发布，不能再修改。");
    }

    private static ApiException duplicate(CompilationValues values) {
        return ApiException.conflict(
                "regulation-compilation-duplicate", values.year() + " 年度已有“" + values.title() + "”，未重复创建。");
    }
}
