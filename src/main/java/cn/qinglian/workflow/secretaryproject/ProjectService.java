package cn.qinglian.workflow.secretaryproject;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.Fingerprint;
import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditOutcome;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.files.EvidenceFile;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Decision;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.Judge;
import cn.qinglian.workflow.secretaryproject.ProjectRecords.MilestoneRow;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a secretary-led project: 领题 and its revisions, the office's check and the 党组's approval,
 * progress reports, 结题 (self-assessment, panel, scores, grade). Each writes its rows and its audit entry
 * in the transaction of the task that caused it.
 */
@Service
class ProjectService {

    private static final Logger log = LoggerFactory.getLogger(ProjectService.class);
    static final int MAX_PENDING_EVIDENCE = 10;
    static final int MIN_JUDGES = 2;

    private final ProjectMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final ProjectProperties properties;
    private final Validator validator;
    private final Clock clock;

    ProjectService(
            ProjectMapper mapper,
            OrgService org,
            AuditService audit,
            RuntimeService runtime,
            SystemAuthentication system,
            ProjectProperties properties,
            Validator validator,
            Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.runtime = runtime;
        this.system = system;
        this.properties = properties;
        this.validator = validator;
        this.clock = clock;
    }

    /** A recorded proposal: its id, business key and the variables its process starts with. */
    record Proposed(long id, String businessKey, Map<String, Object> variables) {}

    /** Records a proposal and starts its process, which waits at the office's check. */
    @Transactional
    public Project propose(ProjectProposal proposal, CurrentUser user) {
        Proposed proposed = record(proposal, user.userId());
        // The caller's right to propose was checked; the engine starts the process on their behalf.
        String instanceId = system.callFor(
                user.userId(),
                () -> runtime.startProcessInstanceByKey(
                                ProjectProcess.PROCESS_KEY, proposed.businessKey(), proposed.variables())
                        .getId());
        audit.record(new TaskStep(
                        user.userId(), instanceId, ProjectProcess.START_PROPOSED, "领题", null, proposed.businessKey())
                .audit(ProjectProcess.PROCESS_KEY, ProjectOutcome.PROPOSED, proposal.title()));
        return mapper.findProject(proposed.id());
    }

    /** The proposal of a process started from Tasklist's start form (领题), in that process's instance. */
    @Transactional
    public Proposed proposeFromStartForm(ProjectProposal proposal, String initiator, String processInstanceId) {
        Proposed proposed = record(proposal, initiator);
        audit.record(new TaskStep(
                        initiator, processInstanceId, ProjectProcess.START_PROPOSED, "领题", null, proposed.businessKey())
                .audit(ProjectProcess.PROCESS_KEY, ProjectOutcome.PROPOSED, proposal.title()));
        return proposed;
    }

    private Proposed record(ProjectProposal proposal, String proposerId) {
        Organisation organisation = org.organisation();
        Person proposer = ProjectAccess.requireProposer(new CurrentUser(proposerId, List.of()), organisation);
        int year = proposal.year() != null ? proposal.year() : yearOf(proposal);
        validate(proposal, year, organisation);
        String approver = ProjectPeople.approver(organisation, proposer.unitId(), proposerId)
                .orElseThrow(() -> ApiException.invalidField("unitId", "找不到审批该项目的党组成员，请先完善组织架构。"));
        GeneratedId id = new GeneratedId();
        try {
            mapper.insertProject(
                    proposal,
                    year,
                    fingerprint(proposer.unitId(), year, proposal.title()),
                    proposer.unitId(),
                    proposerId,
                    approver,
                    id,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        long projectId = id.getValue();
        String businessKey = ProjectProcess.BUSINESS_KEY_PREFIX + projectId;
        mapper.setBusinessKey(projectId, businessKey);
        writeParts(projectId, proposal);
        log.info("Secretary project {} proposed by {} for unit {}", businessKey, proposerId, proposer.unitId());
        Map<String, Object> variables = Variables.createVariables()
                .putValue(ProjectProcess.VAR_PROJECT_ID, projectId)
                .putValue(ProjectProcess.VAR_TITLE, proposal.title().strip())
                .putValue(ProjectProcess.VAR_PROPOSER, proposerId)
                .putValue(ProjectProcess.VAR_APPROVER, approver)
                .putValue(ProjectProcess.VAR_REPORT_CHECK_CYCLE, properties.reportCheckCycle())
                .putValue(ProjectProcess.VAR_CONCLUDE_BY, concludeBy(year));
        return new Proposed(projectId, businessKey, variables);
    }

    /** 结题 begins by itself on {@code concludeFrom} of the project's year, 09:00 China time. */
    private Date concludeBy(int year) {
        LocalDate day = properties.concludeDay().atYear(year);
        return Date.from(ZonedDateTime.of(day.atTime(9, 0), ChinaTime.ZONE).toInstant());
    }

    /** The office or the 党组 decides; a return needs a comment and sends the project back to the proposer. */
    @Transactional
    public void review(long projectId, TaskStep step, Decision.Kind kind, boolean approved, String comment) {
        if (!approved && isBlank(comment)) {
            throw ApiException.invalidField(ProjectProcess.VAR_COMMENT, "退回时必须填写意见");
        }
        checkLength(ProjectProcess.VAR_COMMENT, "意见", comment, 4000);
        Project project = mapper.lockProject(projectId);
        decide(project, kind, step, approved ? StepOutcome.APPROVED : StepOutcome.RETURNED, comment);
        if (approved && kind == Decision.Kind.PARTY_GROUP_APPROVAL) {
            mapper.markApproved(projectId, clock.instant());
        }
    }

    @Transactional
    public void markReturned(long projectId) {
        mapper.updateStatus(projectId, ProjectStatus.RETURNED, clock.instant());
    }

    /** The proposer sends the revised proposal again, or withdraws the project. */
    @Transactional
    public void revise(long projectId, TaskStep step, ProjectProposal proposal, boolean withdrawn) {
        Project project = mapper.lockProject(projectId);
        if (withdrawn) {
            mapper.updateStatus(projectId, ProjectStatus.WITHDRAWN, clock.instant());
            audit.record(step.audit(ProjectProcess.PROCESS_KEY, StepOutcome.WITHDRAWN, "不再领办：" + project.title()));
            return;
        }
        ProjectProposal withYear = new ProjectProposal(
                proposal.title(),
                proposal.problem(),
                proposal.businessWork(),
                proposal.goals(),
                proposal.measures(),
                proposal.expectedResults(),
                proposal.milestones(),
                proposal.team(),
                project.projectYear());
        validate(withYear, project.projectYear(), org.organisation());
        try {
            mapper.updateProposal(
                    projectId,
                    withYear,
                    fingerprint(project.unitId(), project.projectYear(), withYear.title()),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        mapper.deleteMilestones(projectId);
        mapper.deleteTeam(projectId);
        writeParts(projectId, withYear);
        audit.record(step.audit(ProjectProcess.PROCESS_KEY, StepOutcome.REVISED, withYear.title()));
    }

    /** A progress report (解题): text and percentage, for a milestone if named; the files uploaded join it. */
    @Transactional
    public void report(long projectId, TaskStep step, ProgressReport report) {
        Project project = mapper.lockProject(projectId);
        List<MilestoneRow> milestones = mapper.findMilestones(projectId);
        List<FieldProblem> problems = report.problems(milestones.size());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "validation", "进展报告填写有误：" + problems.get(0).message(), problems);
        }
        MilestoneRow milestone = report.milestone() == null ? null : milestones.get(report.milestone() - 1);
        GeneratedId id = new GeneratedId();
        mapper.insertReport(
                projectId,
                milestone == null ? null : milestone.id(),
                quarterOf(ChinaTime.today(clock)),
                report.percent(),
                report.text().strip(),
                step.actorId(),
                id,
                clock.instant());
        mapper.attachPendingEvidence(projectId, id.getValue());
        if (milestone != null && report.milestoneDone()) {
            mapper.markMilestoneDone(milestone.id(), clock.instant());
        }
        mapper.updateProgress(projectId, report.percent(), clock.instant());
        String about = (milestone == null ? "" : "里程碑" + milestone.seq() + "（" + milestone.title() + "）")
                + (milestone != null && report.milestoneDone() ? "已完成，" : milestone == null ? "" : "，")
                + "进度 " + report.percent() + "%：";
        audit.record(step.audit(
                ProjectProcess.PROCESS_KEY,
                ProjectOutcome.REPORTED,
                about + report.text().strip()));
        log.debug("Project {} reported at {}%", project.businessKey(), report.percent());
    }

    /** The proposer's self-assessment at 结题; the project goes to the panel. */
    @Transactional
    public void selfAssess(long projectId, TaskStep step, String text) {
        if (isBlank(text)) {
            throw ApiException.invalidField(ProjectProcess.VAR_SELF_ASSESSMENT, "请填写结题自评");
        }
        checkLength(ProjectProcess.VAR_SELF_ASSESSMENT, "结题自评", text, 4000);
        mapper.lockProject(projectId);
        mapper.saveSelfAssessment(projectId, text.strip(), clock.instant());
        audit.record(step.audit(ProjectProcess.PROCESS_KEY, ProjectOutcome.SELF_ASSESSED, text.strip()));
    }

    /**
     * The office names the panel: two to five active people of the organisation, neither the proposer nor
     * the project's team. Returns the judges, in order, for the scoring step's instances.
     */
    @Transactional
    public List<String> namePanel(long projectId, TaskStep step, List<String> named) {
        Project project = mapper.lockProject(projectId);
        Organisation organisation = org.organisation();
        Set<String> team = new LinkedHashSet<>();
        mapper.findTeam(projectId).forEach(t -> team.add(t.personId()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> judges = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            String judge = named.get(i);
            String field = ProjectProcess.judgeSlot(i + 1);
            if (judge == null) {
                continue;
            }
            if (organisation.person(judge).filter(Person::active).isEmpty()) {
                problems.add(FieldProblem.of(field, "评审人不存在：" + judge));
            } else if (judge.equals(project.proposerId()) || team.contains(judge)) {
                problems.add(FieldProblem.of(field, "项目领办人和项目组成员不能担任评审人"));
            } else if (!judges.add(judge)) {
                problems.add(FieldProblem.of(field, "评审人重复：" + judge));
            }
        }
        if (problems.isEmpty() && judges.size() < MIN_JUDGES) {
            problems.add(FieldProblem.of(ProjectProcess.judgeSlot(1), "评审组至少 " + MIN_JUDGES + " 人"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "评审组有误：" + problems.get(0).message(), problems);
        }
        judges.forEach(judge -> mapper.insertJudge(projectId, judge, step.actorId(), clock.instant()));
        audit.record(step.audit(
                ProjectProcess.PROCESS_KEY,
                ProjectOutcome.PANEL_NAMED,
                judges.stream()
                        .map(j -> organisation.person(j).map(Person::name).orElse(j))
                        .reduce((a, b) -> a + "、" + b)
                        .orElse("")));
        return List.copyOf(judges);
    }

    /** A named judge scores the project, once. */
    @Transactional
    public void score(long projectId, TaskStep step, String judgeId, ScoreSheet scores) {
        List<FieldProblem> problems = scores.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "评分有误：" + problems.get(0).message(), problems);
        }
        mapper.lockProject(projectId);
        Judge judge = mapper.findJudges(projectId).stream()
                .filter(j -> j.judgeId().equals(judgeId))
                .findFirst()
                .orElseThrow(() -> ApiException.forbidden("只有评审组成员可以为该项目打分。"));
        if (judge.scoredAt() != null) {
            throw ApiException.conflict("project-already-scored", "您已为该项目打过分，不能重复打分。");
        }
        mapper.saveScore(projectId, judgeId, scores, clock.instant());
        audit.record(step.audit(
                ProjectProcess.PROCESS_KEY,
                ProjectOutcome.SCORED,
                "选题 " + scores.topic() + "，举措 " + scores.measures() + "，成效 " + scores.results() + "，示范 "
                        + scores.demonstration() + "，合计 " + scores.total() + " 分"
                        + (isBlank(scores.comment())
                                ? ""
                                : "。" + scores.comment().strip())));
    }

    /** The mean of the panel's totals, two decimals; null until every judge has scored. */
    static BigDecimal mean(List<Judge> judges) {
        if (judges.isEmpty() || judges.stream().anyMatch(j -> j.total() == null)) {
            return null;
        }
        int sum = judges.stream().mapToInt(Judge::total).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(judges.size()), 2, RoundingMode.HALF_UP);
    }

    /** The office confirms the grade the mean gives; an 优秀 project may be made a 示范项目. */
    @Transactional
    public ProjectGrade confirmGrade(long projectId, TaskStep step, boolean demonstration) {
        Project project = mapper.lockProject(projectId);
        BigDecimal mean = mean(mapper.findJudges(projectId));
        if (mean == null) {
            throw ApiException.conflict("project-not-scored", "评审组尚未全部打分，不能确定等次。");
        }
        ProjectGrade grade = ProjectGrade.of(mean);
        if (demonstration && grade != ProjectGrade.EXCELLENT) {
            throw ApiException.invalidField(ProjectProcess.VAR_DEMONSTRATION, "只有等次为优秀的项目可以评为示范项目");
        }
        mapper.saveGrade(projectId, mean, grade, demonstration, clock.instant());
        String text = "平均 " + mean.stripTrailingZeros().toPlainString() + " 分，" + grade.label()
                + (demonstration ? "，评为示范项目" : "");
        decide(project, Decision.Kind.GRADE, step, ProjectOutcome.GRADED, text);
        return grade;
    }

    /**
     * A file for the report being written: only its proposer, only while the project is being reported on;
     * who may upload is settled before what is uploaded is looked at.
     */
    @Transactional
    public void attachEvidence(long projectId, String fileName, String contentType, byte[] data, CurrentUser user) {
        Project project = mapper.lockProject(projectId);
        if (project == null) {
            throw notFound(projectId);
        }
        if (!project.proposerId().equals(user.userId())) {
            throw ApiException.forbidden("只有项目领办人可以上传佐证材料。");
        }
        if (project.status() != ProjectStatus.IN_PROGRESS) {
            throw ApiException.conflict("project-not-in-progress", "项目不在推进阶段，不能上传进展佐证材料。");
        }
        long pending = mapper.findEvidence(projectId).stream()
                .filter(e -> e.reportId() == null)
                .count();
        if (pending >= MAX_PENDING_EVIDENCE) {
            throw ApiException.invalidField("file", "一次进展报告最多附 " + MAX_PENDING_EVIDENCE + " 个佐证材料");
        }
        EvidenceFile file = EvidenceFile.checked(
                fileName, contentType, data, properties.evidenceTypes(), properties.evidenceMaxSize());
        mapper.insertEvidence(
                projectId,
                file.name(),
                file.contentType(),
                file.data().length,
                file.data(),
                user.userId(),
                clock.instant());
    }

    static ApiException notFound(long projectId) {
        return ApiException.notFound("secretary-project-not-found", "找不到书记领办项目：" + projectId);
    }

    private void decide(Project project, Decision.Kind kind, TaskStep step, AuditOutcome outcome, String comment) {
        mapper.insertDecision(
                new Decision(null, project.id(), kind, step.actorId(), null, outcome.code(), comment, clock.instant()));
        audit.record(step.audit(ProjectProcess.PROCESS_KEY, outcome, comment));
    }

    private void writeParts(long projectId, ProjectProposal proposal) {
        for (int i = 0; i < proposal.milestones().size(); i++) {
            mapper.insertMilestone(projectId, i + 1, proposal.milestones().get(i));
        }
        new LinkedHashSet<>(proposal.team()).forEach(person -> mapper.insertTeamMember(projectId, person));
    }

    private void validate(ProjectProposal proposal, int year, Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>(validator.validate(proposal).stream()
                .map(v -> FieldProblem.of(v.getPropertyPath().toString(), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
        LocalDate today = ChinaTime.today(clock);
        for (int i = 0; i < proposal.milestones().size(); i++) {
            ProjectProposal.Milestone m = proposal.milestones().get(i);
            LocalDate due = m == null ? null : m.dueDate();
            if (due != null && (due.isBefore(today) || due.getYear() != year)) {
                problems.add(FieldProblem.of(
                        "milestones[" + i + "].dueDate", "里程碑" + (i + 1) + "的完成日期须在今天之后、" + year + " 年内"));
            }
        }
        for (int i = 0; i < proposal.team().size(); i++) {
            String person = proposal.team().get(i);
            if (person != null
                    && !person.isBlank()
                    && organisation.person(person).filter(Person::active).isEmpty()) {
                problems.add(FieldProblem.of("team[" + i + "]", "项目组成员不存在：" + person));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("validation", "项目填写有误：" + problems.get(0).message(), problems);
        }
    }

    /**
     * A proposal without a year is for the year of its first milestone when that is this year or the next
     * (领题 in December is for the coming year), else for this year.
     */
    private int yearOf(ProjectProposal proposal) {
        int thisYear = ChinaTime.today(clock).getYear();
        return proposal.milestones().stream()
                .filter(m -> m != null && m.dueDate() != null)
                .map(m -> m.dueDate().getYear())
                .findFirst()
                .filter(y -> y == thisYear || y == thisYear + 1)
                .orElse(thisYear);
    }

    static String quarterOf(LocalDate day) {
        return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static void checkLength(String field, String label, String text, int max) {
        if (text != null && text.length() > max) {
            throw ApiException.invalidField(field, label + "不超过 " + max + " 字");
        }
    }

    private static ApiException duplicate() {
        return ApiException.conflict("secretary-project-duplicate", "本单位本年度已有同名的书记领办项目，未重复登记。");
    }

    private static String fingerprint(String unitId, int year, String title) {
        return Fingerprint.of(unitId, String.valueOf(year), title.strip().replaceAll("\\s+", " "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
