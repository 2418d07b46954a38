package cn.qinglian.workflow.sitebuilding;

import static cn.qinglian.workflow.common.error.FieldProblems.trimmed;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblems;
import cn.qinglian.workflow.common.files.EvidenceFile;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.sitebuilding.Requests.ActivityRequest;
import cn.qinglian.workflow.sitebuilding.SiteBuildingMapper.ActivityRow;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Joint activities (联学、联建、联做…) recorded against a signed 联建 agreement. */
@Service
class ActivityService {

    private final SiteBuildingMapper mapper;
    private final SiteBuildingService ledger;
    private final AgreementService agreements;
    private final OrgService org;
    private final AuditService audit;
    private final Clock clock;

    ActivityService(
            SiteBuildingMapper mapper,
            SiteBuildingService ledger,
            AgreementService agreements,
            OrgService org,
            AuditService audit,
            Clock clock) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.agreements = agreements;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    static final int MAX_FILES = 10;
    static final List<String> FILE_TYPES = List.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx");
    static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(5);

    /** A joint activity under a signed agreement, recorded by the office or either side's secretary. */
    @Transactional
    public Activity recordActivity(long agreementId, ActivityRequest r, CurrentUser user) {
        Organisation organisation = org.organisation();
        Agreement agreement = agreements.agreement(agreementId);
        requireRecorder(agreement, user);
        if (agreement.status() != AgreementStatus.SIGNED) {
            throw ApiException.conflict(
                    "joint-building-not-signed", "联建协议尚未签订（" + agreement.statusLabel() + "），不能记录活动。");
        }
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("activityDate", "请填写活动信息");
            problems.throwIfAny("联建活动");
        }
        if (r.activityDate() == null) {
            problems.add("activityDate", "请填写活动日期");
        } else if (r.activityDate().isAfter(ChinaTime.today(clock))) {
            problems.add("activityDate", "活动日期不能晚于今天");
        }
        Optional<ActivityKind> kind = ActivityKind.parse(r.kind());
        if (kind.isEmpty()) {
            problems.add("kind", "活动形式应为 " + Labelled.of(ActivityKind.values()));
        }
        Set<String> participants = new LinkedHashSet<>();
        List<String> ids = r.participantIds() == null ? List.of() : r.participantIds();
        for (int i = 0; i < ids.size(); i++) {
            String id = trimmed(ids.get(i));
            if (id == null || organisation.person(id).isEmpty()) {
                problems.add("participantIds[" + i + "]", "参加人员不在组织架构中：" + id);
            } else {
                participants.add(id);
            }
        }
        if (r.participantCount() != null && (r.participantCount() < 0 || r.participantCount() > 100_000)) {
            problems.add("participantCount", "参加人数应为 0–100000");
        } else if (r.participantCount() != null && r.participantCount() < participants.size()) {
            problems.add("participantCount", "参加人数不能少于所列人员（" + participants.size() + " 人）");
        }
        if (ids.isEmpty() && (r.participantCount() == null || r.participantCount() == 0)) {
            problems.add("participantCount", "请填写参加人员或参加人数");
        }
        problems.maxLength("note", r.note(), 4000, "活动情况");
        problems.throwIfAny("联建活动");
        int count = r.participantCount() == null ? participants.size() : r.participantCount();
        GeneratedId id = new GeneratedId();
        mapper.insertActivity(
                new ActivityRow(0, agreementId, r.activityDate(), kind.get(), count, trimmed(r.note()), user.userId()),
                id,
                clock.instant());
        participants.forEach(p -> mapper.insertParticipant(id.getValue(), p));
        audit.record(new AuditEntry(
                user.userId(),
                SiteBuildingService.LEDGER_KEY,
                null,
                null,
                null,
                null,
                agreement.businessKey(),
                SiteBuildingOutcome.ACTIVITY_RECORDED.code(),
                r.activityDate() + " " + kind.get().label() + "，" + count + " 人"));
        return new Activity(
                id.getValue(),
                agreementId,
                r.activityDate(),
                kind.get(),
                count,
                trimmed(r.note()),
                user.userId(),
                List.copyOf(participants),
                List.of());
    }

    /** A file of an activity (a photo, the minutes): by whoever may record the agreement's activities. */
    @Transactional
    public Activity attachFile(
            long agreementId, long activityId, String fileName, String contentType, byte[] data, CurrentUser user) {
        Agreement agreement = agreements.agreement(agreementId);
        requireRecorder(agreement, user);
        SiteBuildingMapper.ActivityRow activity = mapper.findActivity(activityId);
        if (activity == null || activity.agreementId() != agreementId) {
            throw ApiException.notFound("joint-activity-not-found", "找不到联建活动：" + activityId);
        }
        if (mapper.findActivityFileNames(activityId).size() >= MAX_FILES) {
            throw ApiException.invalidField("file", "每次联建活动最多附 " + MAX_FILES + " 个文件");
        }
        EvidenceFile file = EvidenceFile.checked(fileName, contentType, data, FILE_TYPES, MAX_FILE_SIZE);
        mapper.insertActivityFile(
                activityId, file.name(), file.contentType(), data.length, data, user.userId(), clock.instant());
        return new Activity(
                activity.id(),
                agreementId,
                activity.activityDate(),
                activity.kind(),
                activity.participantCount(),
                activity.note(),
                activity.createdBy(),
                mapper.findParticipants(activityId),
                mapper.findActivityFileNames(activityId));
    }

    private void requireRecorder(Agreement agreement, CurrentUser user) {
        Organisation organisation = org.organisation();
        PartyOrg partyOrg = ledger.partyOrg(agreement.partyOrgId());
        if (!SiteAccess.keepsAll(user, organisation)
                && !SiteAccess.isSecretaryOf(user, organisation, partyOrg)
                && !user.userId().equals(agreement.agencySignerId())) {
            throw ApiException.forbidden("联建活动由机关党委（党务）或协议双方的书记记录。");
        }
    }
}
