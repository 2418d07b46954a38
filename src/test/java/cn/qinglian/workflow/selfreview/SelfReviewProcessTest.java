package cn.qinglian.workflow.selfreview;

import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.MIN_ANALYSIS;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.OFFICE;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.analysis;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.approve;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.check;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.measure;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.request;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.returnTo;
import static cn.qinglian.workflow.selfreview.SelfReviewFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.Refusals;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.selfreview.ReviewMeasure.MeasureStatus;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/self-review.bpmn: the campaign's fan-out and each member's 查改剖. */
class SelfReviewProcessTest extends IntegrationTest {

    private static final CurrentUser ADMIN = new CurrentUser("demo", List.of("camunda-admin"));

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReviewService reviews;

    @Autowired
    CoverageQueries coverage;

    @Autowired
    AuditService audit;

    @Test
    void memberChecksCorrectsAnalysesIsApprovedAndTheBranchSecretaryClosesTheMeasure() {
        Campaign campaign = launch("x02", 0);
        ProcessInstance member = memberProcess(campaign, "head-x02");
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_CHECK).task().isAssignedTo("head-x02");
        assertThat(task(member).getDueDate()).isNotNull();
        assertThat(member.getBusinessKey())
                .as("Cockpit tells one member's review from the others")
                .isEqualTo(campaign.businessKey() + ":head-x02");

        complete(task(member), check("对分管工作中的政治要求传达不及时", null, null));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_CORRECT);
        complete(task(member), measure(1, "每月专题传达学习", today().plusDays(10)));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_ANALYSE);
        assertThat(review(campaign, "head-x02").stage()).isEqualTo(ReviewStage.ANALYSE);
        complete(task(member), analysis(MIN_ANALYSIS));

        assertThat(member)
                .isWaitingAt(SelfReviewProcess.TASK_BRANCH_REVIEW)
                .task()
                .isAssignedTo("bs-x02");
        assertThat(review(campaign, "head-x02").status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(unitCoverage(campaign, "x02").submitted()).isEqualTo(1);
        complete(task(member), approve());

        assertThat(member)
                .isWaitingAt(SelfReviewProcess.TASK_REPORT_MEASURE)
                .task()
                .isAssignedTo("head-x02");
        assertThat(unitCoverage(campaign, "x02").approved()).isEqualTo(1);
        assertThat(unitCoverage(campaign, "x02").measuresOpen()).isEqualTo(1);
        complete(task(member), Map.of(SelfReviewProcess.VAR_REPORT, "已建立月度传达学习台账"));
        assertThat(member)
                .isWaitingAt(SelfReviewProcess.TASK_CONFIRM_MEASURE)
                .task()
                .isAssignedTo("bs-x02");
        complete(
                task(member),
                Map.of(SelfReviewProcess.VAR_CONFIRMED, false, SelfReviewProcess.VAR_CONFIRM_COMMENT, "请补充学习记录"));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_REPORT_MEASURE);
        complete(task(member), Map.of(SelfReviewProcess.VAR_REPORT, "已补充三次学习记录"));
        complete(task(member), Map.of(SelfReviewProcess.VAR_CONFIRMED, true));

        assertThat(member).isEnded().hasPassed(SelfReviewProcess.END_DONE);
        ReviewDetail detail = reviews.detail(review(campaign, "head-x02").id(), ADMIN);
        assertThat(detail.review().status()).isEqualTo(ReviewStatus.COMPLETED);
        assertThat(detail.findings()).extracting(Finding::found).containsExactly(true, false, false);
        assertThat(detail.measures()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MeasureStatus.CLOSED);
            assertThat(m.closedBy()).isEqualTo("bs-x02");
            assertThat(m.reportText()).isEqualTo("已补充三次学习记录");
        });
        assertThat(detail.decisions())
                .extracting(ReviewDecision::kind)
                .containsExactly(
                        ReviewDecision.Kind.BRANCH_REVIEW,
                        ReviewDecision.Kind.MEASURE_CONFIRM,
                        ReviewDecision.Kind.MEASURE_CONFIRM);
        assertThat(audit.forBusinessKey(campaign.businessKey()))
                .extracting(r -> r.outcome())
                .contains(
                        "launched",
                        "checked",
                        "corrected",
                        "submitted",
                        "approved",
                        "measure-reopened",
                        "measure-closed",
                        "completed");
        assertThat(audit.forBusinessKey(member.getBusinessKey()))
                .as("one member's trail alone")
                .extracting(r -> r.outcome())
                .doesNotContain("launched")
                .contains("checked", "measure-closed");
        assertThat(unitCoverage(campaign, "x02").completed()).isEqualTo(1);
    }

    @Test
    void nothingFoundGoesStraightToAnalysisAndAnImmediateMeasureNeedsNoFollowUp() {
        Campaign campaign = launch("x03", 0);
        ProcessInstance clean = memberProcess(campaign, "head-x03");
        complete(task(clean), check());
        assertThat(clean).isWaitingAt(SelfReviewProcess.TASK_ANALYSE);
        complete(task(clean), analysis(MIN_ANALYSIS));
        complete(task(clean), approve());
        assertThat(clean).isEnded();
        assertThat(review(campaign, "head-x03").status()).isEqualTo(ReviewStatus.COMPLETED);

        ProcessInstance immediate = memberProcess(campaign, "bs-x03");
        complete(task(immediate), check(null, "接受过服务对象赠送的购物卡一张", null));
        complete(task(immediate), measure(2, "已将购物卡上交机关纪委", null));
        complete(task(immediate), analysis(MIN_ANALYSIS));
        assertThat(immediate)
                .isWaitingAt(SelfReviewProcess.TASK_BRANCH_REVIEW)
                .task()
                .isAssignedTo("office1");
        complete(task(immediate), approve());
        assertThat(immediate).isEnded();
        assertThat(reviews.detail(review(campaign, "bs-x03").id(), ADMIN).measures())
                .singleElement()
                .satisfies(m -> assertThat(m.immediate()).isTrue())
                .satisfies(m -> assertThat(m.status()).isEqualTo(MeasureStatus.CLOSED));
    }

    @Test
    void theBranchSecretaryReturnsToEachStageAgainAndAgain() {
        Campaign campaign = launch("x04", 0);
        ProcessInstance member = memberProcess(campaign, "head-x04");
        complete(task(member), check("调研次数偏少", null, "会议多、落实少"));
        complete(
                task(member),
                SelfReviewFixtures.merge(
                        measure(1, "每季度下基层调研两次", today().plusDays(30)),
                        measure(3, "精简会议，会后跟踪落实", today().plusDays(30))));
        complete(task(member), analysis(MIN_ANALYSIS));

        complete(task(member), returnTo("ANALYSE", "剖析不够深入，请联系思想实际"));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_ANALYSE);
        assertThat(review(campaign, "head-x04").status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(unitCoverage(campaign, "x04").returned()).isEqualTo(1);
        complete(task(member), analysis(MIN_ANALYSIS + "补充：对照初心使命查找差距。"));

        complete(task(member), returnTo("CORRECT", "整改措施要可检查"));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_CORRECT);
        complete(
                task(member),
                SelfReviewFixtures.merge(
                        measure(1, "每季度下基层调研两次并形成报告", today().plusDays(30)),
                        measure(3, "会议数量压减三成", today().plusDays(30))));
        complete(task(member), analysis(MIN_ANALYSIS));

        complete(task(member), returnTo("CHECK", "查摆不全面，请对照廉洁纪律再查"));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_CHECK);
        complete(task(member), check("调研次数偏少", null, null));
        complete(task(member), measure(1, "每季度下基层调研两次并形成报告", today().plusDays(30)));
        complete(task(member), analysis(MIN_ANALYSIS));
        assertThat(review(campaign, "head-x04").returnCount()).isEqualTo(3);
        assertThat(review(campaign, "head-x04").status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(reviews.detail(review(campaign, "head-x04").id(), ADMIN).measures())
                .as("the re-check dropped the third problem and its measure")
                .hasSize(1);

        Task decision = task(member);
        assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), returnTo("CHECK", " ")))
                .isInstanceOf(ProcessEngineException.class)
                .satisfies(Refusals.namingField("comment"));
        assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(), returnTo("审核", "退回")))
                .satisfies(Refusals.namingField("returnStage"));
        assertThat(review(campaign, "head-x04").returnCount())
                .as("refused returns change nothing")
                .isEqualTo(3);
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_BRANCH_REVIEW);
        complete(decision, approve());
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_REPORT_MEASURE);
    }

    @Test
    void aSpotCheckSendsAnApprovedReviewBackAndChecksItAgain() {
        Campaign campaign = launch("a02", 1.0);
        ProcessInstance member = memberProcess(campaign, "head-a02");
        complete(task(member), check());
        complete(task(member), analysis(MIN_ANALYSIS));
        complete(task(member), approve());
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_SPOT_CHECK).task().isAssignedTo("ins-a02");
        assertThat(review(campaign, "head-a02").stage()).isEqualTo(ReviewStage.SPOT_CHECK);

        complete(
                task(member),
                Map.of(
                        SelfReviewProcess.VAR_SPOT_CHECK_PASSED,
                        false,
                        SelfReviewProcess.VAR_RETURN_STAGE,
                        "CHECK",
                        SelfReviewProcess.VAR_COMMENT,
                        "“未发现问题”不实，请如实查摆"));
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_CHECK);
        assertThat(review(campaign, "head-a02").status()).isEqualTo(ReviewStatus.RETURNED);
        complete(task(member), check("公务接待超标准一次", null, null));
        complete(task(member), measure(1, "退还超标部分费用", null));
        complete(task(member), analysis(MIN_ANALYSIS));
        complete(task(member), approve());
        assertThat(member)
                .as("a review sent back by a spot check is checked again")
                .isWaitingAt(SelfReviewProcess.TASK_SPOT_CHECK);
        complete(task(member), Map.of(SelfReviewProcess.VAR_SPOT_CHECK_PASSED, true));
        assertThat(member).isEnded();
        assertThat(reviews.detail(review(campaign, "head-a02").id(), ADMIN).decisions())
                .extracting(ReviewDecision::kind, ReviewDecision::approved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewDecision.Kind.BRANCH_REVIEW, true),
                        org.assertj.core.groups.Tuple.tuple(ReviewDecision.Kind.SPOT_CHECK, false),
                        org.assertj.core.groups.Tuple.tuple(ReviewDecision.Kind.BRANCH_REVIEW, true),
                        org.assertj.core.groups.Tuple.tuple(ReviewDecision.Kind.SPOT_CHECK, true));
    }

    @Test
    void anOverdueMeasureRemindsTheMemberOnceADay() {
        Campaign campaign = launch("x05", 0);
        ProcessInstance member = memberProcess(campaign, "head-x05");
        complete(task(member), check(null, null, "文件办理拖沓"));
        complete(task(member), measure(3, "建立办文时限台账", today().plusDays(2)));
        complete(task(member), analysis(MIN_ANALYSIS));
        complete(task(member), approve());
        long reviewId = review(campaign, "head-x05").id();

        engine.getManagementService().executeJob(dueCheck(member).getId());
        assertThat(notices(reviewId)).as("not due yet").isZero();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(4 * 24 * 3600)));
        engine.getManagementService().executeJob(dueCheck(member).getId());
        engine.getManagementService().executeJob(dueCheck(member).getId());
        assertThat(notices(reviewId)).as("one reminder a day").isEqualTo(1);
        assertThat(unitCoverage(campaign, "x05").measuresOverdue()).isEqualTo(1);
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_REPORT_MEASURE);
    }

    @Test
    void refusedFormsNameTheFieldAndChangeNothing() {
        Campaign campaign = launch("n01", 0);
        ProcessInstance member = memberProcess(campaign, "head-n01");
        Task checkTask = task(member);
        Map<String, Object> noDescription = check("x", null, null);
        noDescription.put("finding1", " ");
        assertThatThrownBy(() -> engine.getTaskService().complete(checkTask.getId(), noDescription))
                .hasMessageContaining("请描述具体问题")
                .satisfies(Refusals.namingField("finding1"));
        assertThat(reviews.detail(review(campaign, "head-n01").id(), ADMIN).findings())
                .isEmpty();
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_CHECK);

        complete(checkTask, check("党费交纳不及时", null, null));
        Task correctTask = task(member);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(correctTask.getId(), Map.of("measure1", "按月交纳", "immediate1", false)))
                .hasMessageContaining("整改时限")
                .satisfies(Refusals.namingField("due1"));
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(correctTask.getId(), measure(1, "按月交纳", today().minusDays(1))))
                .hasMessageContaining("整改时限不能早于今天")
                .satisfies(Refusals.namingField("due1"));
        assertThat(reviews.detail(review(campaign, "head-n01").id(), ADMIN).measures())
                .isEmpty();
        complete(correctTask, measure(1, "按月交纳", today().plusDays(3)));

        Task analyseTask = task(member);
        assertThatThrownBy(() -> engine.getTaskService().complete(analyseTask.getId(), analysis("认识不足。")))
                .hasMessageContaining("剖析不少于 30 字")
                .satisfies(Refusals.namingField("analysis"));
        assertThat(review(campaign, "head-n01").submittedAt()).isNull();
        assertThat(member).isWaitingAt(SelfReviewProcess.TASK_ANALYSE);
    }

    @Test
    void theCampaignCompletesWhenEveryReviewIsApprovedAndClosed() {
        Campaign campaign = launch("n02", 0);
        ProcessInstance process = campaignProcess(campaign);
        for (Review review : unitReviews(campaign, "n02")) {
            ProcessInstance member = memberProcess(campaign, review.personId());
            complete(task(member), check());
            complete(task(member), analysis(MIN_ANALYSIS));
            complete(task(member), approve());
            assertThat(member).isEnded();
        }
        SelfReviewFixtures.fanOut(engine, campaign.businessKey());
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(process).isEnded().hasPassed(SelfReviewProcess.END_COMPLETED);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(SelfReviewProcess.UNIT_KEY)
                        .processInstanceBusinessKey(campaign.businessKey())
                        .finished()
                        .count())
                .as("the unit ran as its own instance and ended with its members")
                .isEqualTo(1);
        Coverage.UnitCoverage total = coverage.coverage(campaign.id(), OFFICE).total();
        assertThat(total.completed()).isEqualTo(total.members()).isPositive();
    }

    @Test
    void theOfficeClosesACampaignEarlyAndTheOpenReviewsAreListed() {
        Campaign campaign = launch("n03", 0);
        ProcessInstance done = memberProcess(campaign, "head-n03");
        complete(task(done), check());
        complete(task(done), analysis(MIN_ANALYSIS));
        complete(task(done), approve());
        int members = unitCoverage(campaign, "n03").members();
        ProcessInstance process = campaignProcess(campaign);

        Coverage.Closing closing = campaigns.close(campaign.id(), "年度工作调整，提前结束", OFFICE);
        assertThat(closing.open())
                .hasSize(members - 1)
                .extracting(Coverage.Pending::personId)
                .doesNotContain("head-n03");
        assertThat(closing.campaign().status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closing.campaign().closeNote()).contains("年度工作调整", "未完成 " + (members - 1) + " 人");
        assertThat(process).isEnded().hasPassed(SelfReviewProcess.END_CLOSED);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKeyLike(
                                SelfReviewProcess.memberBusinessKey(campaign.businessKey(), "%"))
                        .count())
                .as("open member reviews end with the campaign")
                .isZero();
        assertThat(review(campaign, "head-n03").status()).isEqualTo(ReviewStatus.COMPLETED);
        assertThat(closing.open())
                .allSatisfy(
                        p -> assertThat(review(campaign, p.personId()).status()).isEqualTo(ReviewStatus.CANCELLED));
        assertThatThrownBy(() -> campaigns.close(campaign.id(), null, OFFICE)).hasMessageContaining("已结束");
    }

    @Test
    void theChecklistCopiedForTheFormIsNotWrittenToEngineHistoryWhileTheMembersAnswersAre() {
        Campaign campaign = launch("x03", 0);
        ProcessInstance member = memberProcess(campaign, "head-x03");
        Map<String, Object> runtime = engine.getRuntimeService().getVariables(member.getId());
        assertThat(runtime)
                .containsKeys(
                        SelfReviewProcess.VAR_CHECK_ITEM + 1,
                        SelfReviewProcess.VAR_CHECK_GUIDE + 1,
                        SelfReviewProcess.VAR_MEMBER_NAME,
                        SelfReviewProcess.VAR_CAMPAIGN_NAME,
                        SelfReviewProcess.VAR_REVIEW_ID);
        complete(task(member), check("对分管工作中的政治要求传达不及时", null, null));

        List<String> history = engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(member.getId())
                .list()
                .stream()
                .map(v -> v.getName())
                .toList();
        assertThat(history)
                .contains(
                        SelfReviewProcess.VAR_REVIEW_ID,
                        SelfReviewProcess.VAR_MEMBER,
                        SelfReviewProcess.VAR_FINDING + 1,
                        SelfReviewProcess.VAR_PROBLEMS_FOUND);
        assertThat(history)
                .noneMatch(name -> name.startsWith(SelfReviewProcess.VAR_CHECK_ITEM)
                        || name.startsWith(SelfReviewProcess.VAR_CHECK_GUIDE)
                        || name.equals(SelfReviewProcess.VAR_MEMBER_NAME)
                        || name.equals(SelfReviewProcess.VAR_CAMPAIGN_NAME));
    }

    @Test
    void theReportCardsFiguresCountedInTheDatabaseAreThoseCountedPersonByPerson() {
        Campaign campaign = launch("n02", 0);
        List<Review> unit = unitReviews(campaign, "n02");
        assertThat(unit).hasSizeGreaterThanOrEqualTo(3);
        ProcessInstance submitted = memberProcess(campaign, unit.get(0).personId());
        complete(task(submitted), check("对分管工作中的政治要求传达不及时", null, null));
        complete(task(submitted), measure(1, "每月专题传达学习", today().plusDays(10)));
        complete(task(submitted), analysis(MIN_ANALYSIS));
        ProcessInstance correcting = memberProcess(campaign, unit.get(1).personId());
        complete(task(correcting), check("学习不够深入", null, null));

        Coverage full = coverage.coverage(campaign.id(), OFFICE);
        Coverage figures = coverage.figures(campaign.id(), OFFICE);
        assertThat(figures.total()).isEqualTo(full.total());
        assertThat(figures.total().members()).isEqualTo(unit.size());
        assertThat(figures.total().submitted()).isEqualTo(1);
        assertThat(figures.total().measuresOpen()).isEqualTo(1);
        assertThat(figures.units())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("pending")
                .isEqualTo(full.units());
        assertThat(full.units().get(0).pending()).hasSize(unit.size());
        assertThat(figures.units().get(0).pending()).isEmpty();
    }

    private Campaign launch(String unitId, double spotCheckRate) {
        Campaign campaign = campaigns.launch(request(List.of(unitId), spotCheckRate), OFFICE);
        SelfReviewFixtures.fanOut(engine, campaign.businessKey());
        return campaign;
    }

    private ProcessInstance memberProcess(Campaign campaign, String personId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(review(campaign, personId).processInstanceId())
                .singleResult();
    }

    /** The campaign's running process (keep it to assert on it once it has ended). */
    private ProcessInstance campaignProcess(Campaign campaign) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SelfReviewProcess.CAMPAIGN_KEY)
                .processInstanceBusinessKey(campaign.businessKey())
                .singleResult();
    }

    private Review review(Campaign campaign, String personId) {
        return reviews.reviewOf(campaign.id(), personId);
    }

    private List<Review> unitReviews(Campaign campaign, String unitId) {
        return coverage.coverage(campaign.id(), OFFICE).units().stream()
                .filter(u -> u.unitId().equals(unitId))
                .flatMap(u -> u.pending().stream())
                .map(p -> review(campaign, p.personId()))
                .toList();
    }

    private Coverage.UnitCoverage unitCoverage(Campaign campaign, String unitId) {
        return coverage.coverage(campaign.id(), OFFICE).units().stream()
                .filter(u -> u.unitId().equals(unitId))
                .findFirst()
                .orElseThrow();
    }

    private Job dueCheck(ProcessInstance member) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(member.getId())
                .activityId(SelfReviewProcess.TIMER_DUE_CHECK)
                .singleResult();
    }

    private int notices(long reviewId) {
        return reviews.detail(reviewId, ADMIN).notices().size();
    }
}
