package cn.qinglian.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.Refusals;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The letter from draft to the last cadre's signature, level by level down the demo organisation. */
class LetterCascadeTest extends IntegrationTest {

    private static final CurrentUser OFFICE = new CurrentUser("office1", List.of("role-party-office"));

    @Autowired
    LetterService letters;

    @Autowired
    LetterQueries queries;

    @Autowired
    OrgService org;

    @Autowired
    AuditService audit;

    @Test
    void theDraftIsReturnedRevisedApprovedAndSignedDownFourLevelsInOrder() {
        Letter letter = letters.create(new LetterRequest(2060, null, null, null, null, null), OFFICE);
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(letter.businessKey())
                .processDefinitionKey(LetterProcess.PROCESS_KEY)
                .singleResult();
        assertThat(queries.text(2060).aspectList()).hasSize(11);

        Task approve = only(LetterProcess.TASK_APPROVE_DRAFT);
        assertThat(approve.getAssignee()).isEqualTo("secretary");
        assertThatThrownBy(() -> engine.getTaskService().complete(approve.getId(), Map.of("approved", false)))
                .satisfies(Refusals.namingField("opinion"));
        engine.getTaskService().complete(approve.getId(), Map.of("approved", false, "opinion", "第十一条请突出清廉机关建设"));
        Task revise = only(LetterProcess.TASK_REVISE_DRAFT);
        engine.getTaskService().claim(revise.getId(), "office1");
        Map<String, Object> revised = new HashMap<>(engine.getTaskService().getVariables(revise.getId()));
        revised.put(
                "aspects",
                String.join("\n", queries.text(2060).aspectList().subList(0, 10)) + "\n深入推进清廉机关、模范机关“双建”，营造风清气正的政治生态");
        revised.put("revisionNote", "已修改第十一条");
        engine.getTaskService().complete(revise.getId(), revised);
        assertThat(queries.letter(2060).versionNo()).isEqualTo(2);
        engine.getTaskService().complete(only(LetterProcess.TASK_APPROVE_DRAFT).getId(), Map.of("approved", true));
        runAsync();

        int everyone = (int) org.organisation().people().stream()
                        .filter(Person::active)
                        .count()
                - 1;
        LetterCoverage start = queries.coverage(2060);
        assertThat(start.total().expected()).isEqualTo(everyone);
        assertThat(start.total().signed()).isZero();
        assertThat(start.levels()).extracting(LetterCoverage.Counts::key).containsExactly("1", "2", "3");
        assertThat(tasks(LetterProcess.TASK_SIGN))
                .as("nobody signs before the upper party has prepared")
                .isEmpty();
        assertThat(tasks(LetterProcess.TASK_PREPARE))
                .allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("secretary"));

        // leader2 returns theirs; the secretary adds a personal duty; leader2 signs
        Task leader2Prepare = tasks(LetterProcess.TASK_PREPARE).stream()
                .filter(t -> "leader2".equals(signer(t)))
                .findFirst()
                .orElseThrow();
        String title = queries.text(2060).title();
        assertThat(leader2Prepare.getName())
                .as("the upper party's task names the signer")
                .startsWith("拟定个性化责任条款 · " + org.person("leader2").name() + "（")
                .endsWith("） · " + title);
        engine.getTaskService().complete(leader2Prepare.getId(), Map.of());
        Task leader2Sign = tasks(LetterProcess.TASK_SIGN).get(0);
        assertThat(leader2Sign.getAssignee()).isEqualTo("leader2");
        assertThat(leader2Sign.getName())
                .as("the signer's task names whom they sign with")
                .isEqualTo("签订责任书 · 与" + org.person("secretary").name() + "签订 · " + title);
        Map<String, Object> shown = engine.getTaskService().getVariables(leader2Sign.getId());
        assertThat(shown)
                .as("a pair carries what its forms show, not every level's duties")
                .containsKeys(LetterProcess.VAR_TITLE, LetterProcess.VAR_ASPECT_LIST, LetterProcess.VAR_LEVEL_DUTIES)
                .doesNotContainKeys(
                        LetterProcess.VAR_ASPECTS,
                        LetterProcess.VAR_LEADERSHIP_DUTIES,
                        LetterProcess.VAR_HEAD_DUTIES,
                        LetterProcess.VAR_CADRE_DUTIES);
        assertThat(shown.get(LetterProcess.VAR_LEVEL_DUTIES))
                .isEqualTo(queries.text(2060).leadershipDuties());
        assertThat((String) shown.get(LetterProcess.VAR_ASPECT_LIST)).startsWith("1. ");
        assertThatThrownBy(() -> engine.getTaskService().complete(leader2Sign.getId(), Map.of("signed", false)))
                .satisfies(Refusals.namingField("returnReason"));
        engine.getTaskService().complete(leader2Sign.getId(), Map.of("signed", false, "returnReason", "请明确分管领域的具体要求"));
        Task again = tasks(LetterProcess.TASK_PREPARE).stream()
                .filter(t -> "leader2".equals(signer(t)))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(again.getId(), Map.of("personalDuties", "责".repeat(2001))))
                .satisfies(Refusals.namingField("personalDuties"));
        engine.getTaskService().complete(again.getId(), Map.of("personalDuties", "每季度听取住房保障领域廉政风险防控情况汇报"));
        engine.getTaskService()
                .complete(tasks(LetterProcess.TASK_SIGN).get(0).getId(), Map.of("signed", true, "opinion", "坚决落实"));
        Signature leader2 = queries.signatures(2060).stream()
                .filter(s -> s.personId().equals("leader2"))
                .findFirst()
                .orElseThrow();
        assertThat(leader2.status()).isEqualTo(Signature.SignatureStatus.SIGNED);
        assertThat(leader2.personalDuties()).contains("住房保障");
        assertThat(leader2.versionSigned()).isEqualTo(2);
        assertThat(queries.coverage(2060).levels().get(0).signed()).isEqualTo(1);
        assertSameCounts(queries.figures(2060), queries.coverage(2060));

        // everyone else, level by level: prepare, then sign, then the next level opens
        while (!tasks(null).isEmpty()) {
            for (Task task : tasks(null)) {
                engine.getTaskService()
                        .complete(
                                task.getId(),
                                LetterProcess.TASK_SIGN.equals(task.getTaskDefinitionKey())
                                        ? Map.of("signed", true)
                                        : Map.of());
            }
            runAsync();
        }
        assertThat(instance).isEnded().hasPassed(LetterProcess.END_ALL_SIGNED);
        LetterCoverage end = queries.coverage(2060);
        assertThat(end.total().signed()).isEqualTo(everyone);
        assertThat(end.total().pending()).isZero();
        assertThat(queries.letter(2060).status()).isEqualTo(Letter.LetterStatus.COMPLETED);

        Map<String, Signature> signatures = new HashMap<>();
        queries.signatures(2060).forEach(s -> signatures.put(s.personId(), s));
        assertThat(signatures.get("leader1").counterpartId()).isEqualTo("secretary");
        assertThat(signatures.get("leader1").levelNo()).isEqualTo(1);
        assertThat(signatures.get("head-d01").counterpartId()).isEqualTo("leader1");
        assertThat(signatures.get("head-d01").levelNo()).isEqualTo(2);
        assertThat(signatures.get("m0001").counterpartId()).isEqualTo("head-d01");
        assertThat(signatures.get("m0001").levelNo()).isEqualTo(3);
        assertThat(signatures.get("bs-p01").counterpartId())
                .as("p01 has no head: the head of a01 above it")
                .isEqualTo("head-a01");
        assertThat(signatures.values()).allSatisfy(s -> {
            if (!s.counterpartId().equals("secretary")) {
                assertThat(signatures.get(s.counterpartId()).signedAt())
                        .as(s.personId() + " signs after " + s.counterpartId())
                        .isBeforeOrEqualTo(s.signedAt());
            }
        });
        assertThat(audit.forBusinessKey(letter.businessKey()))
                .extracting(AuditRecord::outcome)
                .contains("drafted", "returned", "revised", "approved", "signed", "completed");
        assertThat(queries.eventKinds(2060)).contains("SIGNATURE_RETURNED", "DUTIES_REVISED");

        // a signer's lower parties signed in groups of at most qinglian.letter.pairs-per-group (3 in tests)
        var groups = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(LetterProcess.GROUP_KEY)
                .processInstanceBusinessKey(letter.businessKey())
                .list();
        assertThat(groups).allSatisfy(g -> assertThat(g.getEndTime()).isNotNull());
        Map<String, Long> groupsPerUpper = groups.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        g -> g.getSuperProcessInstanceId(), java.util.stream.Collectors.counting()));
        assertThat(groupsPerUpper.values())
                .as("heads with more than three lower parties sign with several groups")
                .anyMatch(n -> n > 1);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(LetterProcess.PAIR_KEY)
                        .processInstanceBusinessKey(letter.businessKey())
                        .list())
                .as("every pair below the first level belongs to a group of at most three")
                .filteredOn(pair -> groups.stream().anyMatch(g -> g.getId().equals(pair.getSuperProcessInstanceId())))
                .hasSize(everyone
                        - signatures.values().stream()
                                .filter(s -> s.counterpartId().equals("secretary"))
                                .toList()
                                .size());
        Map<String, Long> pairsPerGroup = engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(LetterProcess.PAIR_KEY)
                .processInstanceBusinessKey(letter.businessKey())
                .list()
                .stream()
                .filter(pair -> pair.getSuperProcessInstanceId() != null)
                .collect(java.util.stream.Collectors.groupingBy(
                        pair -> pair.getSuperProcessInstanceId(), java.util.stream.Collectors.counting()));
        groups.forEach(g -> assertThat(pairsPerGroup.get(g.getId())).isBetween(1L, 3L));

        // engine history of the signing pairs: what was decided, not the letter's text copied into every pair
        List<String> pairHistory = engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processDefinitionKey(LetterProcess.PAIR_KEY)
                .list()
                .stream()
                .map(v -> v.getName())
                .distinct()
                .toList();
        assertThat(pairHistory)
                .contains(
                        LetterProcess.VAR_SIGNER,
                        LetterProcess.VAR_SIGNED,
                        LetterProcess.VAR_PERSONAL_DUTIES,
                        LetterProcess.VAR_RETURN_REASON);
        assertThat(pairHistory)
                .doesNotContain(
                        LetterProcess.VAR_TITLE,
                        LetterProcess.VAR_ASPECTS,
                        LetterProcess.VAR_ASPECT_LIST,
                        LetterProcess.VAR_LEVEL_DUTIES,
                        LetterProcess.VAR_SIGNER_NAME,
                        LetterProcess.VAR_COUNTERPART_NAME);
    }

    private Task only(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-2060")
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    private List<Task> tasks(String taskKey) {
        var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("letter-2060");
        return (taskKey == null ? query : query.taskDefinitionKey(taskKey))
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    private String signer(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), LetterProcess.VAR_SIGNER);
    }

    /** Every pending asynchronous continuation of the letter's processes, until none is left. */
    private void runAsync() {
        List<Job> jobs;
        while (!(jobs = engine.getManagementService().createJobQuery().messages().list().stream()
                        .filter(j -> j.getProcessDefinitionKey() != null
                                        && j.getProcessDefinitionKey().startsWith("letter")
                                || LetterProcess.PROCESS_KEY.equals(j.getProcessDefinitionKey()))
                        .toList())
                .isEmpty()) {
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
    }

    /** The report card's figures count as coverage does, one signed and the rest pending, without names. */
    private static void assertSameCounts(LetterCoverage figures, LetterCoverage coverage) {
        assertThat(counts(figures.total())).isEqualTo(counts(coverage.total()));
        assertThat(figures.levels().stream().map(LetterCascadeTest::counts).toList())
                .isEqualTo(coverage.levels().stream()
                        .map(LetterCascadeTest::counts)
                        .toList());
        assertThat(figures.units().stream().map(LetterCascadeTest::counts).toList())
                .isEqualTo(
                        coverage.units().stream().map(LetterCascadeTest::counts).toList());
        assertThat(figures.total().signed()).isEqualTo(1);
        assertThat(figures.total().pending()).isPositive();
        assertThat(coverage.units().stream()
                        .mapToInt(u -> u.pendingPeople().size())
                        .sum())
                .isEqualTo(coverage.total().pending());
        assertThat(figures.units())
                .allSatisfy(u -> assertThat(u.pendingPeople()).isEmpty());
    }

    private static List<Object> counts(LetterCoverage.Counts c) {
        return List.of(String.valueOf(c.key()), c.name(), c.expected(), c.signed(), c.pending());
    }
}
