package cn.qinglian.workflow.regulation;

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
import cn.qinglian.workflow.regulation.RegulationMapper.ReviewValues;
import cn.qinglian.workflow.regulation.Requests.DoneRequest;
import cn.qinglian.workflow.regulation.Requests.ReviewRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly 立改废 review: the keepers decide for a regulation 保留, 修订 or 废止 with a due date and an
 * owner; the owner marks it done; what is open past its date is overdue. Every change is audited.
 */
@Service
class RegulationReviewService {

    private final RegulationMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final Clock clock;

    RegulationReviewService(RegulationMapper mapper, OrgService org, AuditService audit, Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReviewItem create(ReviewRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireKeeper(user, organisation);
        ReviewValues values = values(request, organisation);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertReview(values, user.userId(), id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        ReviewItem item = item(id.getValue());
        record(user.userId(), item, RegulationOutcome.REVIEW_SAVED, describe(item));
        return item;
    }

    @Transactional
    public ReviewItem update(long id, ReviewRequest request, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireKeeper(user, organisation);
        ReviewItem existing = lock(id);
        ReviewValues values = values(request, organisation);
        if (existing.status() == ReviewStatus.DONE) {
            throw ApiException.conflict(
                    "regulation-review-done", "“" + existing.regulationTitle() + "”的立改废事项已办结，不能再修改。");
        }
        try {
            mapper.updateReview(id, values, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(values);
        }
        ReviewItem item = item(id);
        record(user.userId(), item, RegulationOutcome.REVIEW_SAVED, "修改：" + describe(item));
        return item;
    }

    /** The owner marks their item done (an administrator may too); done twice is a 409. */
    @Transactional
    public ReviewItem done(long id, DoneRequest request, CurrentUser user) {
        ReviewItem item = lock(id);
        if (!user.isAdmin() && !item.ownerId().equals(user.userId())) {
            throw ApiException.forbidden("只有责任人" + item.ownerName() + "可以办结该立改废事项。");
        }
        String note = request == null ? null : trimmed(request.note());
        FieldProblems problems = new FieldProblems();
        problems.maxLength("note", note, 1000, "办理情况");
        problems.throwIfAny("办结立改废事项");
        if (item.status() == ReviewStatus.DONE) {
            throw ApiException.conflict("regulation-review-done", "“" + item.regulationTitle() + "”的立改废事项已办结。");
        }
        mapper.markReviewDone(id, note, clock.instant());
        ReviewItem done = item(id);
        record(user.userId(), done, RegulationOutcome.REVIEW_DONE, describe(done) + (note == null ? "" : "：" + note));
        return done;
    }

    /** Keepers read every item; anyone else the items they own. */
    @Transactional(readOnly = true)
    public List<ReviewItem> list(Integer year, boolean overdueOnly, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireReader(user, organisation);
        if (year != null && (year < 2000 || year > 2100)) {
            throw ApiException.invalidField("year", "年度无效：" + year);
        }
        String owner = RegulationAccess.keeps(user, organisation) ? null : user.userId();
        return mapper.findReviews(year, owner, overdueOnly, ChinaTime.today(clock));
    }

    @Transactional(readOnly = true)
    public ReviewItem read(long id, CurrentUser user) {
        Organisation organisation = org.organisation();
        RegulationAccess.requireReader(user, organisation);
        ReviewItem item = item(id);
        if (!RegulationAccess.keeps(user, organisation) && !item.ownerId().equals(user.userId())) {
            throw ApiException.forbidden("只能查看由您负责的立改废事项。");
        }
        return item;
    }

    private ReviewValues values(ReviewRequest r, Organisation organisation) {
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("regulationId", "请填写立改废事项");
            problems.throwIfAny("立改废事项");
        }
        if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
            problems.add("year", "请填写年度（2000–2100）");
        }
        if (r.regulationId() == null) {
            problems.add("regulationId", "请选择制度");
        } else if (mapper.findRegulation(r.regulationId()) == null) {
            problems.add("regulationId", "制度不存在：" + r.regulationId());
        }
        Optional<ReviewAction> action = Labelled.parse(ReviewAction.values(), r.action());
        if (action.isEmpty()) {
            problems.add("action", "处理意见应为 " + Labelled.of(ReviewAction.values()));
        }
        problems.required("dueDate", r.dueDate(), "请填写完成期限");
        String owner = trimmed(r.ownerId());
        if (owner == null) {
            problems.add("ownerId", "请选择责任人");
        } else if (organisation.person(owner).filter(Person::active).isEmpty()) {
            problems.add("ownerId", "责任人不在组织架构中：" + owner);
        }
        String note = trimmed(r.note());
        problems.maxLength("note", note, 1000, "说明");
        problems.throwIfAny("立改废事项");
        return new ReviewValues(r.year(), r.regulationId(), action.orElseThrow(), r.dueDate(), owner, note);
    }

    private ReviewItem item(long id) {
        ReviewItem item = mapper.findReview(id, ChinaTime.today(clock));
        if (item == null) {
            throw notFound(id);
        }
        return item;
    }

    private ReviewItem lock(long id) {
        if (mapper.lockReview(id) == null) {
            throw notFound(id);
        }
        return item(id);
    }

    private static String describe(ReviewItem item) {
        return item.reviewYear() + " 年度 " + item.actionLabel() + "：" + item.docNumber() + " " + item.regulationTitle()
                + "，责任人 " + item.ownerName() + "，期限 " + item.dueDate();
    }

    private void record(String actor, ReviewItem item, RegulationOutcome outcome, String opinion) {
        audit.record(new AuditEntry(
                actor,
                RegulationService.LEDGER_KEY,
                null,
                null,
                null,
                null,
                "regulation-" + item.regulationId(),
                outcome.code(),
                opinion));
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("regulation-review-not-found", "找不到立改废事项：" + id);
    }

    private static ApiException duplicate(ReviewValues values) {
        return ApiException.conflict("regulation-review-duplicate", values.year() + " 年度已为该制度确定立改废事项，请修改原事项。");
    }
}
