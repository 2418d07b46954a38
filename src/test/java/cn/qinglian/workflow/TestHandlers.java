package cn.qinglian.workflow;

import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Handlers used only by test processes under src/test/resources/bpmn. */
@TestConfiguration
public class TestHandlers {

    public static final String FAILURE_MESSAGE = "handler failed after writing (test)";
    /** bpmn/test-approval.bpmn: one task for {@link #VAR_APPROVER}, recorded on completion. */
    public static final String TEST_APPROVAL = "testApproval";

    public static final String VAR_APPROVER = "approver";

    /** Records the completion in the audit trail, as a real handler does. */
    @Bean
    TaskListener recordingListener(AuditService audit) {
        return task -> audit.record(TaskStep.of(task).audit(TEST_APPROVAL, StepOutcome.APPROVED, null));
    }

    /** Writes its audit row, as a real handler does, and then fails. */
    @Bean
    TaskListener failAfterWriteListener(AuditService audit) {
        return task -> {
            audit.record(TaskStep.of(task).audit("rollbackProbe", StepOutcome.APPROVED, "写入后失败"));
            throw new IllegalStateException(FAILURE_MESSAGE);
        };
    }
}
