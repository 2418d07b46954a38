package cn.qinglian.workflow;

import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.audit.StepOutcome;
import cn.qinglian.workflow.common.audit.TaskStep;
import cn.qinglian.workflow.notice.channels.Channel;
import cn.qinglian.workflow.notice.channels.Outgoing;
import cn.qinglian.workflow.notice.channels.Reply;
import cn.qinglian.workflow.org.Person;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
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

    @Bean
    RecordingChannel recordingChannel() {
        return new RecordingChannel();
    }

    /**
     * A notice channel that keeps what it is given: it reaches only the people a test names, answers
     * with the replies a test scripts (delivered otherwise), and limits as a test sets.
     */
    public static class RecordingChannel implements Channel {

        public final Set<String> reachable = ConcurrentHashMap.newKeySet();
        public final List<Outgoing> sent = new CopyOnWriteArrayList<>();
        public final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
        public volatile int perMinute;
        public volatile boolean oncePerDay;
        /** A slow provider: each send moves the engine's (and the app's) clock on by this much. */
        public volatile java.time.Duration slowBy = java.time.Duration.ZERO;

        public void reset() {
            reachable.clear();
            sent.clear();
            replies.clear();
            perMinute = 0;
            oncePerDay = false;
            slowBy = java.time.Duration.ZERO;
        }

        @Override
        public String id() {
            return "test";
        }

        @Override
        public String label() {
            return "测试渠道";
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Optional<String> address(Person person) {
            return reachable.contains(person.id()) ? Optional.of("test:" + person.id()) : Optional.empty();
        }

        @Override
        public Reply send(Outgoing message) {
            if (!slowBy.isZero()) {
                org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                        java.util.Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.now()
                                .toInstant()
                                .plus(slowBy)));
            }
            Reply reply = replies.poll();
            if (reply == null || reply instanceof Reply.Delivered) {
                sent.add(message);
                return Reply.delivered();
            }
            return reply;
        }

        @Override
        public int perPersonPerMinute() {
            return perMinute;
        }

        @Override
        public boolean oneIdenticalPerDay() {
            return oncePerDay;
        }
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
