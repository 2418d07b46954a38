package cn.qinglian.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A running cascade follows the organisation: a newcomer signs late (补签), a leaver's signing is cancelled. */
class LetterMembershipTest extends IntegrationTest {

    @Autowired
    LetterService letters;

    @Autowired
    LetterQueries queries;

    @Autowired
    OrgService org;

    @Test
    void aNewcomerBelowAnUpperPartyWhoHasSignedSignsLateAndALeaverIsCancelled() {
        Letter letter = letters.create(
                new LetterRequest(2062, null, null, null, null, null),
                new CurrentUser("office1", List.of("role-party-office")));
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(letter.businessKey())
                .singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approved", true));
        runAsyncJobs(engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(letter.businessKey())
                .processDefinitionKey(LetterProcess.PROCESS_KEY)
                .singleResult()
                .getId());

        // b1 has no head and nobody supervises it: its people sign with the secretary, who is always "signed"
        org.save(List.of(), List.of(person(true)), null);
        Signature late = signature("letter-joiner");
        assertThat(late.counterpartId()).isEqualTo("secretary");
        assertThat(late.status()).isEqualTo(Signature.SignatureStatus.PREPARING);
        ProcessInstance pair = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(late.processInstanceId())
                .singleResult();
        assertThat(pair).isWaitingAt(LetterProcess.TASK_PREPARE).task().isAssignedTo("secretary");
        assertThat(queries.eventKinds(2062)).contains("LATE_SIGNING");
        assertThat(queries.coverage(2062).units().stream()
                        .filter(u -> "b1".equals(u.key()))
                        .findFirst()
                        .orElseThrow()
                        .pendingPeople())
                .anySatisfy(p -> {
                    assertThat(p.personId()).isEqualTo("letter-joiner");
                    assertThat(p.status()).isEqualTo("PREPARING");
                });

        org.save(List.of(), List.of(person(false)), null);
        assertThat(signature("letter-joiner").status()).isEqualTo(Signature.SignatureStatus.CANCELLED);
        assertThat(pair).isEnded().hasPassed(LetterProcess.END_CANCELLED);
        assertThat(queries.eventKinds(2062)).contains("CANCELLED");
        assertThat(queries.coverage(2062).units().stream()
                        .flatMap(u -> u.pendingPeople().stream())
                        .map(LetterCoverage.Pending::personId))
                .doesNotContain("letter-joiner");
    }

    private Signature signature(String personId) {
        return queries.signatures(2062).stream()
                .filter(s -> s.personId().equals(personId))
                .findFirst()
                .orElseThrow();
    }

    private static Person person(boolean active) {
        return new Person("letter-joiner", "新同志", "b1", "科员", null, active, EnumSet.of(Role.PARTY_MEMBER), List.of());
    }
}
