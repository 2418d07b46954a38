package cn.qinglian.workflow.monitoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 27: who may scrape, what readiness waits for, and the administrators' alert about an incident. */
class MonitoringTest extends IntegrationTest {

    private static final String PROBE = "monitoringIncidentProbe";
    /** A name in a PromQL query once label matchers, ranges and grouping labels are taken out; functions and keywords are dropped. */
    private static final Pattern METRIC_IN_QUERY = Pattern.compile("(?<![\\w\"])([a-zA-Z_:][a-zA-Z0-9_:]*)");

    private static final Set<String> PROMQL_WORDS = Set.of(
            "max",
            "min",
            "sum",
            "avg",
            "count",
            "topk",
            "bottomk",
            "rate",
            "irate",
            "increase",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "offset",
            "bool");

    @Autowired
    Alerts alerts;

    @Autowired
    HealthEndpoint health;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry meters;

    @Test
    void prometheusIsForAdministratorsOnly() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("m0001")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode())
                .as("a member")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("office1")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode())
                .as("the Party office")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("nobody-here", "wrong")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        var scrape = as("demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody())
                .contains("qinglian_engine_incidents_open")
                .contains("qinglian_engine_jobs_no_retries")
                .contains("qinglian_engine_jobs_failed_total")
                .contains("qinglian_imports_refused_total")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void aRefusedImportIsCountedByKind() {
        Counter org =
                meters.get(ImportRefusals.IMPORTS_REFUSED).tag("kind", "org").counter();
        double before = org.count();

        var refused = upload(as("office1"), "/api/org/import", "组织架构.xlsx", "不是表格".getBytes(UTF_8));

        assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
        assertThat(org.count()).isEqualTo(before + 1);
    }

    @Test
    void otherActuatorEndpointsStayClosedEvenToAdministrators() {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics")) {
            assertThat(as("demo").getForEntity(path, String.class).getStatusCode())
                    .as(path)
                    .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void readinessWaitsForTheDatabaseTheEngineAndTheDemoData() {
        var readiness = (CompositeHealth) health.healthForPath("readiness");
        assertThat(readiness.getComponents()).containsKeys("readinessState", "db", "engine", "demoData");
        assertThat(readiness.getStatus()).isEqualTo(Status.UP);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aJobOutOfRetriesAlertsEveryAdministratorOnceWithALinkToCockpit() {
        String instanceId = failingInstance();
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(instanceId)
                        .count())
                .isOne();

        alerts.check();

        List<Map<String, Object>> sent = alertsAbout(instanceId);
        assertThat(sent).singleElement().satisfies(row -> {
            assertThat(row.get("RECIPIENT_ID")).isEqualTo("demo");
            assertThat((String) row.get("LINK"))
                    .endsWith("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
            assertThat((String) row.get("TITLE")).startsWith("运行告警");
        });

        alerts.check();
        assertThat(alertsAbout(instanceId)).as("checked again: not sent again").hasSize(1);
    }

    @Test
    void aFailureInACalledProcessIsAlertedOnceAboutTheProcessWhereItHappened() {
        failingInstance();
        String parentKey = PROBE + "Caller";
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(parentKey)
                        .count()
                == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name(parentKey)
                    .addModelInstance(
                            parentKey + ".bpmn",
                            Bpmn.createExecutableProcess(parentKey)
                                    .name("测试：调用失败的流程")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .callActivity("callActivity_probe")
                                    .calledElement(PROBE)
                                    .endEvent()
                                    .done())
                    .deploy();
        }
        String parentId = startAs("demo", parentKey, "probe-caller-" + System.nanoTime(), Map.of());
        String childId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(parentId)
                .singleResult()
                .getId();
        exhaustRetries(childId);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(parentId)
                        .count())
                .as("Camunda mirrors the child's incident in its caller")
                .isOne();

        alerts.check();

        assertThat(alertsAbout(childId))
                .singleElement()
                .satisfies(row -> assertThat((String) row.get("TITLE")).contains("测试：作业失败"));
        assertThat(alertsAbout(parentId))
                .as("the caller's mirror is not alerted again")
                .isEmpty();
    }

    @Test
    void aCampaignStillOpenPastItsDueDateAlertsTheAdministratorsOnce() throws Exception {
        String slug = "mon" + System.nanoTime() % 1_000_000;
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        String body = json.writeValueAsString(Map.of(
                "name",
                "查改剖逾期告警测试",
                "year",
                2026,
                "slug",
                slug,
                "unitIds",
                List.of("a03"),
                "checkDue",
                today.plusDays(1).toString(),
                "correctDue",
                today.plusDays(2).toString(),
                "analyseDue",
                today.plusDays(3).toString(),
                "reviewDue",
                today.plusDays(4).toString(),
                "minAnalysisLength",
                50,
                "spotCheckRate",
                0));
        var launched = postJson(as("office1"), "/api/self-review/campaigns", body);
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String key = json.readTree(launched.getBody())
                .path("campaign")
                .path("businessKey")
                .asText();

        alerts.check();
        assertThat(alertsTitled("查改剖逾期未完成：查改剖逾期告警测试")).as("not yet due").isEmpty();

        // Connections are not in auto-commit: the change commits in a transaction of its own.
        transactions.executeWithoutResult(status -> assertThat(jdbc.update(
                        "UPDATE self_review_campaign SET review_due = ? WHERE business_key = ?",
                        today.minusDays(1),
                        key))
                .isOne());
        alerts.check();
        alerts.check();
        assertThat(alertsTitled("查改剖逾期未完成：查改剖逾期告警测试"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("RECIPIENT_ID")).isEqualTo("demo"));
    }

    @Test
    void twoNodesCheckingAtOnceAlertAnIncidentOnce() throws Exception {
        String instanceId = failingInstance();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> checks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            checks.add(nodes.submit(() -> {
                together.await();
                return alerts.check();
            }));
        }
        for (Future<Integer> check : checks) {
            check.get();
        }
        nodes.shutdown();
        assertThat(alertsAbout(instanceId)).hasSize(1);
    }

    @Test
    void theDashboardQueriesOnlyMetricsTheAppExports() throws Exception {
        Set<String> exported = new TreeSet<>();
        Matcher series = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]")
                .matcher(as("demo").getForObject("/actuator/prometheus", String.class));
        while (series.find()) {
            exported.add(series.group(1));
        }
        // Multi-gauges with no row yet (no cascade open in the tests) are not in a scrape: their declared names.
        for (Field field : MonitoringMetrics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class
                    && String.valueOf(field.get(null)).startsWith("qinglian.")) {
                exported.add(String.valueOf(field.get(null)).replace('.', '_'));
            }
        }
        exported.add("up"); // Prometheus's own, per target

        JsonNode dashboard =
                json.readTree(Path.of("docker/grafana/dashboards/qinglian.json").toFile());
        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher name = METRIC_IN_QUERY.matcher(target.path("expr")
                        .asText()
                        .replaceAll("\\{[^}]*}", "")
                        .replaceAll("\\[[^]]*]", "")
                        .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", ""));
                while (name.find()) {
                    if (!PROMQL_WORDS.contains(name.group(1))) {
                        queried.add(name.group(1));
                    }
                }
            }
        }
        assertThat(queried).contains("qinglian_tasks_open", "qinglian_engine_incidents_open");
        assertThat(exported).containsAll(queried);
    }

    /**
     * The failed probes go: the tests after this one share the engine, and the whole year's test asserts
     * that no job of the year failed. Callers first (their called probes go with them).
     */
    @AfterEach
    void removeFailedProbes() {
        for (String key : List.of(PROBE + "Caller", PROBE)) {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processDefinitionKey(key)
                    .list()
                    .forEach(instance ->
                            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "monitoring test over"));
        }
    }

    /** An instance whose asynchronous step fails until its job has no retries left: an incident. */
    private String failingInstance() {
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(PROBE)
                        .count()
                == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name(PROBE)
                    .addModelInstance(
                            PROBE + ".bpmn",
                            Bpmn.createExecutableProcess(PROBE)
                                    .name("测试：作业失败")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .serviceTask("serviceTask_fail")
                                    .name("总是失败")
                                    .camundaAsyncBefore()
                                    .camundaExpression("${monitoringProbeNoSuchBean.fail()}")
                                    .endEvent()
                                    .done())
                    .deploy();
        }
        String instanceId = startAs("demo", PROBE, "probe-" + System.nanoTime(), Map.of());
        exhaustRetries(instanceId);
        return instanceId;
    }

    private void exhaustRetries(String instanceId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Job job = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(instanceId)
                    .singleResult();
            if (job.getRetries() == 0) {
                break;
            }
            try {
                engine.getManagementService().executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the job fails, as it should: a retry is used up
            }
        }
    }

    private List<Map<String, Object>> alertsTitled(String subject) {
        return jdbc.queryForList(
                "SELECT recipient_id, title FROM notice WHERE kind = 'ALERT' AND title = ?", "运行告警：" + subject);
    }

    private List<Map<String, Object>> alertsAbout(String instanceId) {
        return jdbc.queryForList(
                "SELECT recipient_id, title, link FROM notice WHERE kind = 'ALERT' AND process_instance_id = ?",
                instanceId);
    }
}
