package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.selfreview.SelfReviewProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Issue 19.6: refusals the API answers with 4xx are no ERROR with a stack trace; faults still are. */
class RefusalLoggingTest extends IntegrationTest {

    private final Logger engineContext = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        engineContext.addAppender(logged);
    }

    @AfterEach
    void release() {
        engineContext.detachAppender(logged);
    }

    @Test
    void completingATaskSomeoneElseHasJustCompletedIs409WithoutAnError() {
        Task task = startTestApproval("refusal-logging", "m0053");
        assertThat(postJson(as("m0053"), "/engine-rest/task/" + task.getId() + "/complete", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> again = postJson(as("m0053"), "/engine-rest/task/" + task.getId() + "/complete", "{}");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("task-not-found");
        assertThat(errors()).isZero();
    }

    @Test
    void aRefusedDirectStartIsNoError() {
        ResponseEntity<String> refused = postJson(
                as("demo"), "/engine-rest/process-definition/key/" + SelfReviewProcess.CAMPAIGN_KEY + "/start", "{}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(errors()).isZero();
    }

    @Test
    void onlyRefusalsAreExpected() {
        assertThat(RefusalLogging.expected(new ProcessEngineException(
                        "wrapped", new ProcessEngineException("Cannot find task with id 42: task is null"))))
                .isTrue();
        assertThat(RefusalLogging.expected(ApiException.conflict("duplicate", "重复")))
                .isTrue();
        assertThat(RefusalLogging.expected(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "db", "数据库不可用")))
                .isFalse();
        assertThat(RefusalLogging.expected(new NullPointerException())).isFalse();
        assertThat(RefusalLogging.expected(new ProcessEngineException("ENGINE-03005 Execution of 'INSERT' failed")))
                .isFalse();
    }

    private long errors() {
        return logged.list.stream()
                .filter(event -> event.getLevel() == Level.ERROR)
                .count();
    }
}
