package cn.qinglian.workflow.sitebuilding;

import static cn.qinglian.workflow.common.error.FieldProblems.trimmed;

import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblems;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import cn.qinglian.workflow.sitebuilding.Requests.AgreementRequest;
import cn.qinglian.workflow.sitebuilding.SiteBuildingMapper.AgreementValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联建 agreements: proposed (starting {@code jointBuilding}), signed or returned by the agency side and
 * then by the project Party organisation, revised or withdrawn by the proposer; joint activities are
 * recorded against a signed one ({@link ActivityService}). Every step writes its row and its audit entry
 * in the task's transaction.
 */
@Service
class AgreementService {

    private static final Logger log = LoggerFactory.getLogger(AgreementService.class);

    private final SiteBuildingMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final Clock clock;

    AgreementService(
            SiteBuildingMapper mapper,
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

    /** Records the proposed agreement and starts its signing; the same pair and period is proposed once. */
    @Transactional
    public Agreement propose(AgreementRequest r, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireProposer(user, organisation);
        FieldProblems problems = new FieldProblems();
        if (r == null) {
            problems.add("partyOrgId", "请填写联建协议");
            problems.throwIfAny("联建协议");
        }
        String unitId = trimmed(r.agencyUnitId());
        String agencySigner = null;
        String agencyCode = null;
        if ((unitId == null) == (r.serviceGroupId() == null)) {
            problems.add("agencyUnitId", "机关方须为一个机关支部或一个服务指导组（二选一）");
        } else if (unitId != null) {
            Optional<Unit> unit = organisation.unit(unitId);
            if (unit.isEmpty() || unit.get().unitType() != UnitType.AGENCY_BRANCH) {
                problems.add("agencyUnitId", "机关方须为机关支部：" + unitId);
            } else {
                agencySigner = organisation.membersOf(unitId).stream()
                        .filter(p -> p.has(Role.BRANCH_SECRETARY))
                        .map(Person::id)
                        .findFirst()
                        .orElse(null);
                if (agencySigner == null) {
                    problems.add("agencyUnitId", unit.get().name() + "没有支部书记，无法签署");
                }
                agencyCode = unitId;
            }
        } else {
            SiteBuildingMapper.GroupRow group = mapper.findGroup(r.serviceGroupId());
            if (group == null) {
                problems.add("serviceGroupId", "服务指导组不存在：" + r.serviceGroupId());
            } else {
                agencySigner = group.leaderId();
                agencyCode = "g" + group.id();
            }
        }
        String projectSigner = null;
        if (r.partyOrgId() == null) {
            problems.add("partyOrgId", "请选择项目党组织");
        } else {
            PartyOrg partyOrg = mapper.findOrg(r.partyOrgId());
            if (partyOrg == null) {
                problems.add("partyOrgId", "项目党组织不存在：" + r.partyOrgId());
            } else if (partyOrg.status() != PartyOrgStatus.ACTIVE) {
                problems.add("partyOrgId", partyOrg.name() + "已撤销");
            } else if (partyOrg.secretaryId() == null
                    || organisation
                            .person(partyOrg.secretaryId())
                            .filter(Person::active)
                            .isEmpty()) {
                problems.add("partyOrgId", partyOrg.name() + "的书记不在组织架构中，无法在线签署，请先登记书记");
            } else {
                projectSigner = partyOrg.secretaryId();
            }
        }
        checkTerms(r.content(), r.periodFrom(), r.periodTo(), problems);
        problems.throwIfAny("联建协议");
        if (!SiteAccess.keepsAll(user, organisation)
                && !SiteAccess.isBranchSecretary(user.userId(), organisation, unitId)) {
            throw ApiException.forbidden("机关支部书记只能以本支部的名义提出联建协议。");
        }
        String businessKey =
                JointBuildingProcess.BUSINESS_KEY_PREFIX + agencyCode + "-" + r.partyOrgId() + "-" + r.periodFrom();
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertAgreement(
                    new AgreementValues(
                            businessKey,
                            unitId,
                            unitId == null ? r.serviceGroupId() : null,
                            r.partyOrgId(),
                            r.content().strip(),
                            r.periodFrom(),
                            r.periodTo(),
                            user.userId(),
                            agencySigner,
                            projectSigner),
                    id,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("joint-building-duplicate", "这两方同一期的联建协议已经提出（" + businessKey + "），未重复发起。");
        }
        Map<String, Object> variables = Variables.createVariables()
                .putValue(JointBuildingProcess.VAR_AGREEMENT_ID, id.getValue())
                .putValue(JointBuildingProcess.VAR_PROPOSER, user.userId())
                .putValue(JointBuildingProcess.VAR_AGENCY_SIGNER, agencySigner)
                .putValue(JointBuildingProcess.VAR_PROJECT_SIGNER, projectSigner);
        String instanceId = system.callFor(
                user.userId(),
                () -> runtime.startProcessInstanceByKey(JointBuildingProcess.PROCESS_KEY, businessKey, variables)
                        .getId());
        audit.record(new AuditEntry(
                user.userId(),
                JointBuildingProcess.PROCESS_KEY,
                instanceId,
                JointBuildingProcess.START_PROPOSED,
                "提出联建协议",
                null,
                businessKey,
                StepOutcome.STARTED.code(),
                r.content().strip()));
        log.info("Proposed joint-building agreement {} ({})", id.getValue(), businessKey);
        return mapper.findAgreement(id.getValue());
    }

    /** 机关方签署: signed moves it to the project side; returned (with a reason) goes back to the proposer. */
    @Transactional
    public void agencyDecision(long agreementId, TaskStep step, boolean signed, String comment) {
        Agreement agreement = locked(agreementId, AgreementStatus.AGENCY_SIGNING);
        if (signed) {
            mapper.agencySigned(agreementId, clock.instant());
            record(step, SiteBuildingOutcome.AGENCY_SIGNED, comment);
        } else {
            sendBack(agreement, step, comment);
        }
    }

    /** 项目党组织签署: signed makes the agreement 已签订; returned goes back to the proposer. */
    @Transactional
    public void projectDecision(long agreementId, TaskStep step, boolean signed, String comment) {
        Agreement agreement = locked(agreementId, AgreementStatus.PROJECT_SIGNING);
        if (signed) {
            mapper.projectSigned(agreementId, clock.instant());
            record(step, SiteBuildingOutcome.PROJECT_SIGNED, comment);
        } else {
            sendBack(agreement, step, comment);
        }
    }

    /** The proposer revises a returned agreement (both sides sign again) or withdraws it. */
    @Transactional
    public void revise(
            long agreementId, TaskStep step, boolean withdraw, String content, LocalDate from, LocalDate to) {
        Agreement agreement = locked(agreementId, AgreementStatus.RETURNED);
        if (withdraw) {
            mapper.withdrawAgreement(agreementId, clock.instant());
            record(step, StepOutcome.WITHDRAWN, null);
            return;
        }
        String text = trimmed(content) == null ? agreement.content() : content.strip();
        LocalDate periodFrom = from == null ? agreement.periodFrom() : from;
        LocalDate periodTo = to == null ? agreement.periodTo() : to;
        FieldProblems problems = new FieldProblems();
        checkTerms(text, periodFrom, periodTo, problems);
        problems.throwIfAny("联建协议");
        mapper.reviseAgreement(agreementId, text, periodFrom, periodTo, clock.instant());
        record(step, StepOutcome.REVISED, text);
    }

    Agreement agreement(long id) {
        Agreement agreement = mapper.findAgreement(id);
        if (agreement == null) {
            throw ApiException.notFound("joint-building-not-found", "找不到联建协议：" + id);
        }
        return agreement;
    }

    private Agreement locked(long id, AgreementStatus expected) {
        mapper.lockAgreement(id);
        Agreement agreement = agreement(id);
        if (agreement.status() != expected) {
            throw ApiException.conflict("joint-building-state", "联建协议当前为“" + agreement.statusLabel() + "”，不在这一步。");
        }
        return agreement;
    }

    private void sendBack(Agreement agreement, TaskStep step, String comment) {
        if (trimmed(comment) == null) {
            throw ApiException.invalidField(JointBuildingProcess.VAR_COMMENT, "退回时必须写明理由");
        }
        if (comment.length() > 4000) {
            throw ApiException.invalidField(JointBuildingProcess.VAR_COMMENT, "退回理由不超过 4000 字");
        }
        mapper.returnAgreement(agreement.id(), comment.strip(), clock.instant());
        record(step, StepOutcome.RETURNED, comment.strip());
    }

    private void record(TaskStep step, AuditOutcome outcome, String opinion) {
        audit.record(step.audit(JointBuildingProcess.PROCESS_KEY, outcome, opinion));
    }

    private static void checkTerms(String content, LocalDate from, LocalDate to, FieldProblems problems) {
        problems.required("content", trimmed(content), "请填写联建内容");
        problems.maxLength("content", content, 4000, "联建内容");
        problems.required("periodFrom", from, "请填写联建期限的起始日期");
        problems.required("periodTo", to, "请填写联建期限的截止日期");
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("periodTo", "联建期限的截止日期不能早于起始日期");
        }
    }
}
