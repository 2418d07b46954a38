package cn.qinglian.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people acting at the same moment — threads released together by a latch, each with its own
 * HTTP client and credentials: exactly one wins, the other gets a clear 409, and nothing is doubled.
 * Meaningful on MySQL, where the two requests really run in parallel transactions.
 */
class ConcurrencyTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyTest.class);
    private static final int ROUNDS = 5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void twoPeopleCompletingTheSameTaskAtOnceOneWinsTheOtherGetsA409() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            String businessKey = "concurrent-complete-2096-" + round;
            Task task = startTestApproval(businessKey, "office1");
            engine.getTaskService().setAssignee(task.getId(), null);
            engine.getTaskService().addCandidateUser(task.getId(), "office1");
            engine.getTaskService().addCandidateUser(task.getId(), "office2");
            String path = "/engine-rest/task/" + task.getId() + "/complete";

            List<ResponseEntity<String>> responses = atOnce(
                    () -> post(client("office1"), path, "{\"variables\":{\"opinion\":{\"value\":\"同意（一）\"}}}"),
                    () -> post(client("office2"), path, "{\"variables\":{\"opinion\":{\"value\":\"同意（二）\"}}}"));

            assertThat(responses).extracting(r -> r.getStatusCode().value()).containsExactly(204, 409);
            JsonNode loser = json.readTree(responses.get(1).getBody());
            assertThat(responses.get(1).getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(loser.path("code").asText()).isIn("concurrent-update", "task-not-found");
            assertThat(loser.path("detail").asText()).contains("请刷新后重试");
            log.info(
                    "Concurrent completion round {}: 204 and 409 {}",
                    round,
                    loser.path("code").asText());

            assertThat(count("SELECT COUNT(*) FROM audit_record WHERE business_key = ?", businessKey))
                    .isEqualTo(1);
            assertThat(engine.getHistoryService()
                            .createHistoricTaskInstanceQuery()
                            .taskId(task.getId())
                            .finished()
                            .count())
                    .isEqualTo(1);
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceBusinessKey(businessKey)
                            .count())
                    .isZero();
            assertThat(engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(businessKey)
                            .finished()
                            .count())
                    .isEqualTo(1);
        }
    }

    @Test
    void twoLettersForTheSameYearAtOnceMakeOne() throws Exception {
        List<ResponseEntity<String>> responses = atOnce(
                () -> post(client("office1"), "/api/letters", "{\"year\":2091}"),
                () -> post(client("office2"), "/api/letters", "{\"year\":2091}"));

        assertOneCreatedOneConflict("letter 2091", responses);
        assertThat(count("SELECT COUNT(*) FROM letter WHERE letter_year = ?", 2091))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM letter_version v JOIN letter l ON l.id = v.letter_id WHERE l.letter_year = ?",
                        2091))
                .isEqualTo(1);
        assertOneProcess("letter-2091");
    }

    @Test
    void twoCampaignsWithTheSameSlugAtOnceMakeOne() throws Exception {
        String body = "{\"name\":\"2092年度查改剖（并发）\",\"year\":2092,\"slug\":\"concurrent\",\"unitIds\":[\"d05\"],"
                + "\"checkDue\":\"2092-03-01\",\"correctDue\":\"2092-03-10\",\"analyseDue\":\"2092-03-20\",\"reviewDue\":\"2092-03-30\"}";
        List<ResponseEntity<String>> responses = atOnce(
                () -> post(client("office1"), "/api/self-review/campaigns", body),
                () -> post(client("office2"), "/api/self-review/campaigns", body));

        assertOneCreatedOneConflict("campaign 2092/concurrent", responses);
        assertThat(count(
                        "SELECT COUNT(*) FROM self_review_campaign WHERE business_key = ?",
                        "self-review-2092-concurrent"))
                .isEqualTo(1);
        assertOneProcess("self-review-2092-concurrent");
    }

    @Test
    void theSameRiskPointTwiceAtOnceMakesOne() throws Exception {
        String body =
                "{\"unitId\":\"n05\",\"post\":\"总经理\",\"category\":\"BUSINESS_PROCESS\",\"description\":\"工程款支付未经集体研究（并发）\","
                        + "\"likelihood\":3,\"impact\":3,\"funds\":true,\"year\":2093}";
        List<ResponseEntity<String>> responses = atOnce(
                () -> post(client("head-n05"), "/api/risk-points", body),
                () -> post(client("head-n05"), "/api/risk-points", body));

        assertOneCreatedOneConflict("risk point 2093", responses);
        List<String> keys = jdbc.queryForList(
                "SELECT business_key FROM risk_point WHERE unit_id = ? AND risk_year = ?", String.class, "n05", 2093);
        assertThat(keys).hasSize(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM risk_grade g JOIN risk_point p ON p.id = g.risk_point_id WHERE p.business_key = ?",
                        keys.get(0)))
                .isEqualTo(1);
        assertOneProcess(keys.get(0));
    }

    @Test
    void twoTaskListsForTheSameYearAtOnceMakeOne() throws Exception {
        String body =
                "{\"year\":2095,\"title\":\"2095年度任务清单（并发）\",\"signOffDue\":\"2095-03-01\",\"tasks\":[{\"content\":\"落实主体责任\","
                        + "\"sourceList\":\"政治建设问题清单\",\"responsibility\":\"主体责任\",\"leadUnit\":\"d02\",\"leader\":\"leader1\",\"deadline\":\"2095-06-30\"}]}";
        List<ResponseEntity<String>> responses = atOnce(
                () -> post(client("office1"), "/api/task-lists", body),
                () -> post(client("office2"), "/api/task-lists", body));

        assertOneCreatedOneConflict("task list 2095", responses);
        assertThat(count("SELECT COUNT(*) FROM task_list WHERE list_year = ?", 2095))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM task_item i JOIN task_list l ON l.id = i.list_id WHERE l.list_year = ?",
                        2095))
                .isEqualTo(1);
        assertOneProcess(
                jdbc.queryForObject("SELECT business_key FROM task_list WHERE list_year = ?", String.class, 2095));
    }

    private void assertOneCreatedOneConflict(String what, List<ResponseEntity<String>> responses) throws Exception {
        assertThat(responses)
                .as(what + ": " + responses)
                .extracting(r -> r.getStatusCode().value())
                .containsExactly(201, 409);
        ResponseEntity<String> loser = responses.get(1);
        assertThat(loser.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(loser.getBody());
        assertThat(problem.path("code").asText()).isIn("duplicate", "risk-point-duplicate");
        assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
        log.info(
                "Concurrent create {}: 201 and 409 {}",
                what,
                problem.path("code").asText());
    }

    private void assertOneProcess(String businessKey) {
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .count())
                .as("process instances of " + businessKey)
                .isEqualTo(1);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Its own HTTP client (own connection pool) and credentials, as a second browser would be. */
    private TestRestTemplate client(String userId) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(http.getRootUri()), userId, DEMO_PASSWORD);
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Runs the calls on their own threads, released together; the responses sorted by status. */
    @SafeVarargs
    private static List<ResponseEntity<String>> atOnce(Callable<ResponseEntity<String>>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (Callable<ResponseEntity<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<ResponseEntity<String>> responses = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            responses.sort(Comparator.comparingInt(r -> r.getStatusCode().value()));
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
