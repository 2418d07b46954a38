package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.selfreview.CampaignRequest.ChecklistEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/** Campaigns, form submissions and the fan-out driver for 查改剖 tests; every campaign gets its own slug. */
final class SelfReviewFixtures {

    static final CurrentUser OFFICE = new CurrentUser("office1", List.of("role-party-office"));
    static final String MIN_ANALYSIS = "思想上放松了对自身的要求，理论学习不够深入；作风上存在“差不多”思想；纪律上对小节问题警惕不够，今后坚持对照党章党规经常自省。";

    private SelfReviewFixtures() {}

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    static String slug() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CampaignRequest request(List<String> unitIds, double spotCheckRate) {
        return new CampaignRequest(
                "2026年度查改剖专项自查（测试）",
                2026,
                slug(),
                unitIds,
                null,
                List.of(
                        new ChecklistEntry("政治纪律", "对照党章检查"),
                        new ChecklistEntry("廉洁纪律", null),
                        new ChecklistEntry("工作作风", "形式主义、官僚主义")),
                today().plusDays(7),
                today().plusDays(14),
                today().plusDays(21),
                today().plusDays(28),
                30,
                spotCheckRate);
    }

    /**
     * Runs the campaign's asynchronous continuations as the job executor would: the start of its units
     * and their ends (in the campaign's instance), each unit's preparation and its members' ends (in
     * each unit's instance).
     */
    static void fanOut(ProcessEngine engine, String businessKey) {
        List<Job> jobs;
        while (!(jobs = campaignJobs(engine, businessKey)).isEmpty()) {
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static List<Job> campaignJobs(ProcessEngine engine, String businessKey) {
        Set<String> instances = engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .processDefinitionKeyIn(SelfReviewProcess.CAMPAIGN_KEY, SelfReviewProcess.UNIT_KEY)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        return instances.isEmpty()
                ? List.of()
                : engine.getManagementService().createJobQuery().messages().list().stream()
                        .filter(job -> instances.contains(job.getProcessInstanceId()))
                        .toList();
    }

    /** 查 as the form submits it: for each item, found (with a description) or not. */
    static Map<String, Object> check(String... findings) {
        Map<String, Object> variables = Variables.createVariables();
        for (int i = 0; i < 3; i++) {
            String finding = i < findings.length ? findings[i] : null;
            variables.put("found" + (i + 1), finding != null);
            if (finding != null) {
                variables.put("finding" + (i + 1), finding);
            }
        }
        return variables;
    }

    static Map<String, Object> measure(int itemNo, String content, LocalDate due) {
        return Variables.createVariables()
                .putValue("measure" + itemNo, content)
                .putValue("due" + itemNo, due == null ? null : due.toString())
                .putValue("immediate" + itemNo, due == null);
    }

    @SafeVarargs
    static Map<String, Object> merge(Map<String, Object>... parts) {
        Map<String, Object> all = Variables.createVariables();
        for (Map<String, Object> part : parts) {
            all.putAll(part);
        }
        return all;
    }

    static Map<String, Object> analysis(String text) {
        return Variables.createVariables().putValue(SelfReviewProcess.VAR_ANALYSIS, text);
    }

    static Map<String, Object> approve() {
        return Variables.createVariables()
                .putValue(SelfReviewProcess.VAR_APPROVED, true)
                .putValue(SelfReviewProcess.VAR_COMMENT, "同意");
    }

    static Map<String, Object> returnTo(String stage, String comment) {
        return Variables.createVariables()
                .putValue(SelfReviewProcess.VAR_APPROVED, false)
                .putValue(SelfReviewProcess.VAR_RETURN_STAGE, stage)
                .putValue(SelfReviewProcess.VAR_COMMENT, comment);
    }
}
