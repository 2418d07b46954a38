package cn.qinglian.workflow.regulation;

import static cn.qinglian.workflow.common.error.FieldProblems.trimmed;

import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblems;
import cn.qinglian.workflow.common.files.EvidenceFile;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.regulation.RegulationMapper.RegulationValues;
import cn.qinglian.workflow.regulation.RegulationMapper.StoredFile;
import cn.qinglian.workflow.regulation.Requests.RegulationRequest;
import cn.qinglian.workflow.regulation.Requests.StatusRequest;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of rules: recording and changing a regulation (every field checked first, nothing written
 * when one is wrong), its original file, its status with what replaced it (audited), and reading it.
 */
@Service
class RegulationService {

    /** The audit trail's process key for 制度汇编 entries (no process makes them). */
    static final String LEDGER_KEY = "regulations";

    static final int MAX_TEXT = 200_000;

    private final RegulationMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final Clock clock;

    RegulationService(RegulationMapper mapper, OrgService org, AuditService audit, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Regulation create(RegulationRequest request, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        RegulationValues values = values(request);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertRegulation(values, user.userId(), id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        record(user.userId(), id.getValue(), RegulationOutcome.SAVED, values.docNumber() + " " + values.title());
        return mapper.findRegulation(id.getValue());
    }

    @Transactional
    public Regulation update(long id, RegulationRequest request, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        lock(id);
        RegulationValues values = values(request);
        try {
            mapper.updateRegulation(id, values, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        record(user.userId(), id, RegulationOutcome.SAVED, "修改：" + values.docNumber() + " " + values.title());
        return mapper.findRegulation(id);
    }

    /**
     * Marks a regulation 已修订 (naming the regulation that revised it), 已废止 (optionally naming what
     * replaced it) or 现行 again; audited with what replaced it.
     */
    @Transactional
    public Regulation changeStatus(long id, StatusRequest request, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        Regulation regulation = lock(id);
        FieldProblems problems = new FieldProblems();
        Optional<RegulationStatus> status =
                Labelled.parse(RegulationStatus.values(), request == null ? null : request.status());
        if (status.isEmpty()) {
            problems.add("status", "状态应为 " + Labelled.of(RegulationStatus.values()));
        }
        Long replacedBy = request == null ? null : request.replacedBy();
        Regulation replacement = null;
        if (replacedBy != null) {
            replacement = mapper.findRegulation(replacedBy);
            if (replacement == null) {
                problems.add("replacedBy", "替代的制度不存在：" + replacedBy);
            } else if (replacedBy == id) {
                problems.add("replacedBy", "制度不能由自身替代");
            } else if (!replacement.inForce()) {
                problems.add("replacedBy", "替代的制度须为现行制度，“" + replacement.title() + "”" + replacement.statusLabel());
            }
        }
        if (status.isPresent() && status.get() == RegulationStatus.REVISED && replacedBy == null) {
            problems.add("replacedBy", "标记为已修订时，请选择修订后的制度");
        }
        if (status.isPresent() && status.get() == RegulationStatus.IN_FORCE && replacedBy != null) {
            problems.add("replacedBy", "现行制度没有替代制度");
        }
        String note = request == null ? null : trimmed(request.note());
        problems.maxLength("note", note, 500, "说明");
        problems.throwIfAny("制度状态");
        if (status.get() == regulation.status()) {
            throw ApiException.conflict(
                    "regulation-status-unchanged",
                    "“" + regulation.title() + "”已是" + regulation.statusLabel() + "，未作更改。");
        }
        mapper.setStatus(id, status.get(), replacedBy, note, clock.instant());
        String opinion = regulation.docNumber() + " " + regulation.title() + "："
                + status.get().label()
                + (replacement == null ? "" : "，由" + replacement.docNumber() + "“" + replacement.title() + "”替代")
                + (note == null ? "" : "。" + note);
        record(user.userId(), id, RegulationOutcome.of(status.get()), opinion);
        return mapper.findRegulation(id);
    }

    @Transactional
    public Regulation attachFile(long id, EvidenceFile file, CurrentUser user) {
        RegulationAccess.requireKeeper(user, org.organisation());
        lock(id);
        mapper.deleteFile(id);
        mapper.insertFile(
                id, file.name(), file.contentType(), file.data().length, file.data(), user.userId(), clock.instant());
        record(user.userId(), id, RegulationOutcome.FILE_ATTACHED, file.name());
        return mapper.findRegulation(id);
    }

    // ---- reading ----

    /** Every signed-in member reads the regulations in force; keepers may ask for any status. */
    @Transactional(readOnly = true)
    public List<Regulation> list(String status, String category, String level, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireReader(user, organisation);
        FieldProblems problems = new FieldProblems();
        RegulationStatus wanted = RegulationStatus.IN_FORCE;
        if (trimmed(status) != null) {
            Optional<RegulationStatus> parsed = Labelled.parse(RegulationStatus.values(), status);
            if (parsed.isEmpty()) {
                problems.add("status", "状态应为 " + Labelled.of(RegulationStatus.values()));
            }
            wanted = parsed.orElse(null);
        } else if (RegulationAccess.keeps(user, organisation)) {
            wanted = null;
        }
        Optional<RegulationCategory> cat = Labelled.parse(RegulationCategory.values(), category);
        if (trimmed(category) != null && cat.isEmpty()) {
            problems.add("category", "类别应为 " + Labelled.of(RegulationCategory.values()));
        }
        Optional<RegulationLevel> lvl = Labelled.parse(RegulationLevel.values(), level);
        if (trimmed(level) != null && lvl.isEmpty()) {
            problems.add("level", "层级应为 " + Labelled.of(RegulationLevel.values()));
        }
        problems.throwIfAny("查询条件");
        if (wanted != null && wanted != RegulationStatus.IN_FORCE) {
            RegulationAccess.requireKeeper(user, organisation);
        }
        return mapper.findRegulations(wanted).stream()
                .filter(r -> cat.isEmpty() || r.category() == cat.get())
                .filter(r -> lvl.isEmpty() || r.level() == lvl.get())
                .sorted(Comparator.comparing(Regulation::category)
                        .thenComparing(Regulation::level)
                        .thenComparing(Regulation::issuedOn, Comparator.reverseOrder()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RegulationDetail detail(long id, CurrentUser user) {
        Regulation regulation = regulation(id);
        RegulationAccess.requireReadable(user, org.organisation(), regulation);
        return new RegulationDetail(regulation, mapper.findText(id));
    }

    @Transactional(readOnly = true)
    public StoredFile file(long id, CurrentUser user) {
        Regulation regulation = regulation(id);
        RegulationAccess.requireReadable(user, org.organisation(), regulation);
        StoredFile file = mapper.findFile(id);
        if (file == null) {
            throw ApiException.notFound("regulation-file-not-found", "“" + regulation.title() + "”没有上传原件。");
        }
        return file;
    }

    Regulation regulation(long id) {
        Regulation regulation = mapper.findRegulation(id);
        if (regulation == null) {
            throw notFound(id);
        }
        return regulation;
    }

    private Regulation lock(long id) {
        if (mapper.lockRegulation(id) == null) {
            throw notFound(id);
        }
        return mapper.findRegulation(id);
    }

    private RegulationValues values(RegulationRequest r) {
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("title", "请填写制度信息");
            problems.throwIfAny("制度信息");
        }
        problems.required("title", trimmed(r.title()), "请填写制度名称");
        problems.maxLength("title", r.title(), 200, "制度名称");
        problems.required("docNumber", trimmed(r.docNumber()), "请填写文号");
        problems.maxLength("docNumber", r.docNumber(), 100, "文号");
        problems.required("issuer", trimmed(r.issuer()), "请填写发文机关");
        problems.maxLength("issuer", r.issuer(), 200, "发文机关");
        Optional<RegulationLevel> level = Labelled.parse(RegulationLevel.values(), r.level());
        if (level.isEmpty()) {
            problems.add("level", "层级应为 " + Labelled.of(RegulationLevel.values()));
        }
        Optional<RegulationCategory> category = Labelled.parse(RegulationCategory.values(), r.category());
        if (category.isEmpty()) {
            problems.add("category", "类别应为 " + Labelled.of(RegulationCategory.values()));
        }
        problems.required("issuedOn", r.issuedOn(), "请填写印发日期");
        if (r.issuedOn() != null
                && r.effectiveFrom() != null
                && r.effectiveFrom().isBefore(r.issuedOn())) {
            problems.add("effectiveFrom", "施行日期不能早于印发日期");
        }
        if (r.effectiveUntil() != null) {
            var from = r.effectiveFrom() != null ? r.effectiveFrom() : r.issuedOn();
            if (from != null && r.effectiveUntil().isBefore(from)) {
                problems.add("effectiveUntil", "有效期至不能早于施行日期");
            }
        }
        if (r.text() != null && r.text().length() > MAX_TEXT) {
            problems.add("text", "制度全文不超过 " + MAX_TEXT + " 字，更长的请上传原件");
        }
        problems.throwIfAny("制度信息");
        return new RegulationValues(
                trimmed(r.title()),
                trimmed(r.docNumber()),
                trimmed(r.issuer()),
                level.orElseThrow(),
                category.orElseThrow(),
                r.issuedOn(),
                r.effectiveFrom(),
                r.effectiveUntil(),
                r.text() == null || r.text().isBlank() ? null : r.text().strip());
    }

    void record(String actor, long regulationId, AuditOutcome outcome, String opinion) {
        audit.record(new AuditEntry(
                actor, LEDGER_KEY, null, null, null, null, "regulation-" + regulationId, outcome.code(), opinion));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("regulation-not-found", "找不到制度：" + id);
    }

    private static ApiException duplicate(RegulationValues values) {
        return ApiException.conflict("regulation-duplicate", values.issuer() + "的" + values.docNumber() + "已登记，未重复登记。");
    }
}
