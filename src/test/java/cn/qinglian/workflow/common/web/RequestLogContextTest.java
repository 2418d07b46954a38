package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 27: with profile json-logs each log line is one JSON object (ECS) carrying the request's trace id
 * and the user's id; without it the console stays plain text. The JSON is written by the same encoder the
 * profile switches the console to, attached to the request logger for the test, in the shared context.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogContextTest extends IntegrationTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @Autowired
    ObjectMapper json;

    @Autowired
    Environment environment;

    @Autowired
    OrgService org;

    @Test
    void jsonLinesCarryTheTraceIdAndTheUserIdAndNoName() throws Exception {
        List<JsonNode> lines = jsonLinesOf(() -> {
            HttpHeaders headers = new HttpHeaders();
            headers.add("traceparent", TRACEPARENT);
            ResponseEntity<String> response =
                    as("m0001").exchange("/api/notices/mine", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getFirst(RequestLogContext.REQUEST_ID_HEADER))
                    .isEqualTo(TRACE);
        });

        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("traceId").asText()).isEqualTo(TRACE);
            assertThat(line.path("user").asText()).isEqualTo("m0001");
            assertThat(line.path("message").asText()).contains("GET /api/notices/mine 200");
            assertThat(line.path("@timestamp").isMissingNode()).isFalse();
        });
        assertThat(lines.toString()).doesNotContain(personName("m0001"));
    }

    @Test
    void aRequestWithoutATraceGetsANewOneAndAnAnonymousOneNoUser() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.add(RequestLogContext.REQUEST_ID_HEADER, "not a {request} id");
        List<JsonNode> lines = jsonLinesOf(() -> {
            ResponseEntity<String> response =
                    http.exchange("/api/notices/mine", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(RequestLogContext.REQUEST_ID_HEADER))
                    .matches("[0-9a-f]{32}");
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("traceId").asText()).matches("[0-9a-f]{32}");
            assertThat(line.has("user")).isFalse();
        });
    }

    @Test
    void withoutTheOptionTheConsoleStaysPlainAndTheMdcIsClearedAfterTheRequest(CapturedOutput output) {
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        withDebug(() -> as("m0001").getForEntity("/api/notices/mine", String.class));
        String line = output.getOut()
                .lines()
                .filter(l -> l.contains("GET /api/notices/mine 200"))
                .findFirst()
                .orElseThrow();
        assertThat(line).doesNotStartWith("{");
        assertThat(MDC.get(RequestLogContext.TRACE_ID)).isNull();
    }

    @Test
    void theJsonLogsProfileSwitchesTheConsoleToEcs() throws Exception {
        var sources =
                new YamlPropertySourceLoader().load("json-logs", new ClassPathResource("application-json-logs.yaml"));
        assertThat(sources.get(0).getProperty("logging.structured.format.console"))
                .hasToString("ecs");
    }

    private List<JsonNode> jsonLinesOf(Runnable requests) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setFormat("ecs");
        encoder.setContext(context);
        encoder.start();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        var logger = context.getLogger(RequestLogContext.class);
        logger.addAppender(appender);
        try {
            // The request's line is written once the filter chain returns, which for a refusal the
            // security filters answered can be just after the client has its response: wait for it.
            withDebug(() -> {
                requests.run();
                long until = System.nanoTime() + 5_000_000_000L;
                while (written.size() == 0 && System.nanoTime() < until) {
                    LockSupport.parkNanos(10_000_000L);
                }
            });
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : written.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }

    private static void withDebug(Runnable work) {
        var logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(RequestLogContext.class);
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            logger.setLevel(before);
        }
    }

    private String personName(String id) {
        return org.organisation().person(id).map(Person::name).orElseThrow();
    }
}
