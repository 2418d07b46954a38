package cn.qinglian.workflow.common.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail in the caller's transaction (a task's completion), and reads it. */
@Service
public class AuditService {

    static final int MAX_PER_PERSON = 500;

    private final AuditMapper mapper;
    private final AuditVocabulary vocabulary;
    private final Clock clock;

    AuditService(AuditMapper mapper, AuditVocabulary vocabulary, Clock clock) {
        this.mapper = mapper;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** Must join a running transaction: an audit row without the step it records is worse than none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        AuditOutcome outcome = vocabulary
                .of(entry.outcome())
                .orElseThrow(() -> new IllegalStateException("Audit outcome no feature declares: " + entry.outcome()));
        mapper.insert(entry, clock.instant());
        if (outcome.sendsBack()) {
            SentBack.remember(entry);
        }
    }

    /**
     * The 退回 this transaction recorded for a process instance, if any, handed out once: the task it
     * creates shows why, and a later task of the same instance in the same transaction does not.
     */
    public Optional<SentBack> takeSentBackInThisTransaction(String processInstanceId) {
        return SentBack.take(processInstanceId);
    }

    /** The trail of a business key, with the processes it started under "key:…" (each member's review of a campaign). */
    @Transactional(readOnly = true)
    public List<AuditRecord> forBusinessKey(String businessKey) {
        // A process started by another is keyed "its key:part" (a member's review in a campaign): it is part of that
        // trail.
        String like = businessKey.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
        return mapper.findByBusinessKey(businessKey, like);
    }

    /** One process instance's steps in order: the 审批记录 of that instance. */
    @Transactional(readOnly = true)
    public List<AuditRecord> forProcessInstance(String processInstanceId) {
        return mapper.findByProcessInstance(processInstanceId);
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> forPerson(String personId) {
        return mapper.findByActor(personId, MAX_PER_PERSON);
    }

    @Transactional(readOnly = true)
    public long countForTask(String taskId) {
        return mapper.countByTask(taskId);
    }
}
