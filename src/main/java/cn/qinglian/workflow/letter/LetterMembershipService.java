package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.PeopleChanged;
import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a running cascade in step with the organisation, in the transaction of the import that
 * changed it: someone who leaves before signing has their signing cancelled, with a record of why;
 * someone who joins below an upper party that has already signed gets their own signing (补签).
 * Newcomers below someone who has not signed yet are simply included when that person signs.
 */
@Component
class LetterMembershipService {

    private static final Logger log = LoggerFactory.getLogger(LetterMembershipService.class);

    private final LetterMapper mapper;
    private final OrgService org;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final AuditService audit;
    private final Clock clock;

    LetterMembershipService(
            LetterMapper mapper,
            OrgService org,
            RuntimeService runtime,
            SystemAuthentication system,
            AuditService audit,
            Clock clock) {
        this.mapper = mapper;
        this.org = org;
        this.runtime = runtime;
        this.system = system;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onPeopleChanged(PeopleChanged change) {
        for (Letter letter : mapper.findSigningLetters()) {
            change.left().forEach(personId -> cancel(letter, personId));
            if (!change.joined().isEmpty()) {
                LetterTree tree = LetterTree.require(org.organisation());
                change.joined().forEach(personId -> lateSigning(letter, tree, personId));
            }
        }
    }

    private void cancel(Letter letter, String personId) {
        Signature signature = mapper.lockSignature(letter.id(), personId);
        if (signature == null
                || signature.status() == Signature.SignatureStatus.SIGNED
                || signature.status() == Signature.SignatureStatus.CANCELLED) {
            return;
        }
        mapper.cancelSignature(signature.id(), clock.instant());
        String note = signature.personName() + " 已离开组织，其责任书签订取消";
        mapper.insertEvent(letter.id(), signature.id(), LetterEvent.CANCELLED, null, note, clock.instant());
        system.run(() -> runtime.createMessageCorrelation(LetterProcess.MESSAGE_CANCELLED)
                .processInstanceId(signature.processInstanceId())
                .correlateAll());
        audit.record(new TaskStep(
                        null,
                        signature.processInstanceId(),
                        LetterProcess.END_CANCELLED,
                        "签订人离开",
                        null,
                        letter.businessKey())
                .audit(LetterProcess.PAIR_KEY, LetterOutcome.CANCELLED, personId, note));
        log.info("Cancelled the {} signing of {} who left", letter.businessKey(), personId);
    }

    private void lateSigning(Letter letter, LetterTree tree, String personId) {
        if (mapper.findSignature(letter.id(), personId) != null) {
            return;
        }
        String upper = tree.upper(personId).orElse(null);
        boolean upperSigned =
                upper != null && (upper.equals(tree.secretary()) || signed(mapper.findSignature(letter.id(), upper)));
        if (!upperSigned) {
            return; // included when the upper party signs
        }
        String instanceId = system.call(() -> runtime.startProcessInstanceByKey(
                        LetterProcess.PAIR_KEY,
                        letter.businessKey(),
                        Variables.createVariables()
                                .putValue(LetterProcess.VAR_LETTER_ID, letter.id())
                                .putValue(LetterProcess.VAR_SIGNER_ID, personId)))
                .getId();
        mapper.insertEvent(
                letter.id(),
                mapper.findSignature(letter.id(), personId).id(),
                LetterEvent.LATE_SIGNING,
                null,
                "新加入人员补签，签订对象：" + upper,
                clock.instant());
        audit.record(new TaskStep(null, instanceId, LetterProcess.START_PAIR, "补签", null, letter.businessKey())
                .audit(LetterProcess.PAIR_KEY, LetterOutcome.LATE_SIGNING, personId, upper));
    }

    private static boolean signed(Signature signature) {
        return signature != null && signature.status() == Signature.SignatureStatus.SIGNED;
    }
}
