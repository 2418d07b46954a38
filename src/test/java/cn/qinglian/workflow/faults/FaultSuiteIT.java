package cn.qinglian.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults against the built jar on a fresh MariaDB/MySQL database ({@code ./mvnw -B verify -Pfaults}):
 * separate JVMs killed with SIGKILL, a database cut off behind a TCP proxy, two nodes on one database.
 * The tests share the demo organisation (740 people) and run in order; each logs one line of what it
 * counted. Nodes run with history level full so that ACT_HI_JOB_LOG counts every job's executions, and
 * with a 15 s job lock so that a killed node's jobs come back within the test (the default is 5 min).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Logger log = LoggerFactory.getLogger(FaultSuiteIT.class);
    private static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=15000";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String FAN_OUT_KEY = "self-review-" + TODAY.getYear() + "-fault-fanout";
    private static final int PROBES = 200;

    private final FaultDatabase db = new FaultDatabase();
    private FakeDingTalk dingTalk;
    private TcpProxy proxy;
    private AppNode nodeA;
    private AppNode nodeB;

    @BeforeAll
    void startNodeA() throws Exception {
        db.create();
        dingTalk = new FakeDingTalk();
        nodeA = new AppNode("node-a", db, db.url(3306), nodeArgs()).start();
    }

    /**
     * Both nodes send notices over 钉钉 (the fake), in small batches with a short lease, so that what a
     * killed node held comes back within the test; no quiet hours, or a run after 22:00 China time would
     * hold every message until the morning.
     */
    private String[] nodeArgs() {
        return new String[] {
            LOCK_TIME,
            "--qinglian.notice.channels.dingtalk.base-url=" + dingTalk.url(),
            "--qinglian.notice.channels.dingtalk.app-key=fault-key",
            "--qinglian.notice.channels.dingtalk.app-secret=fault-secret",
            "--qinglian.notice.channels.dingtalk.agent-id=2094",
            "--qinglian.notice.channels.timeout=PT2S",
            "--qinglian.notice.batch-size=50",
            "--qinglian.notice.lease=PT30S",
            "--qinglian.notice.first-retry=PT10S",
            "--qinglian.notice.quiet-start=00:00",
            "--qinglian.notice.quiet-end=00:00"
        };
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (dingTalk != null) {
            dingTalk.close();
        }
        db.drop();
    }

    @Test
    @Order(1)
    void killedDuringFanOutEveryMemberEndsWithExactlyOneTask() throws Exception {
        Client.Response launched =
                new Client(nodeA, "office1").postJson("/api/self-review/campaigns", campaign("fault-fanout", null));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);

        waitFor(Duration.ofMinutes(3), "100 查 tasks", () -> checkTasks(FAN_OUT_KEY) >= 100);
        nodeA.kill();
        long atKill = checkTasks(FAN_OUT_KEY);
        Instant restarted = Instant.now();
        nodeA.start();
        // The fan-out's jobs: each unit's start in the campaign's instance, each unit's preparation in its own.
        waitFor(
                Duration.ofMinutes(4),
                "the fan-out to finish",
                () -> db.count(
                                "SELECT COUNT(*) FROM ACT_RU_JOB j"
                                        + " JOIN ACT_RU_EXECUTION p ON p.ID_ = j.PROCESS_INSTANCE_ID_ WHERE p.BUSINESS_KEY_ = ? AND j.TYPE_ = 'message'",
                                FAN_OUT_KEY)
                        == 0);

        long campaignId = db.count("SELECT id FROM self_review_campaign WHERE business_key = ?", FAN_OUT_KEY);
        long activePeople = db.count("SELECT COUNT(*) FROM org_person WHERE active");
        long enrolled = db.count("SELECT COUNT(*) FROM self_review WHERE campaign_id = ?", campaignId);
        long tasks = checkTasks(FAN_OUT_KEY);
        long duplicates = db.count(
                "SELECT COUNT(*) FROM (SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p"
                        + " ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ LIKE ? AND t.TASK_DEF_KEY_ = 'userTask_check'"
                        + " GROUP BY t.ASSIGNEE_ HAVING COUNT(*) > 1) d",
                members(FAN_OUT_KEY));
        long missing = db.count(
                "SELECT COUNT(*) FROM self_review r WHERE r.campaign_id = ? AND NOT EXISTS (SELECT 1"
                        + " FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ LIKE ?"
                        + " AND t.TASK_DEF_KEY_ = 'userTask_check' AND t.ASSIGNEE_ = r.person_id)",
                campaignId,
                members(FAN_OUT_KEY));
        long memberInstances = db.count(
                "SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
                        + " WHERE e.ID_ = e.PROC_INST_ID_ AND d.KEY_ = 'selfReviewMember' AND e.BUSINESS_KEY_ LIKE ?",
                members(FAN_OUT_KEY));
        long incidents = db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        log.info(
                "FAULT kill -9 during fan-out: {} members enrolled ({} active people), killed at {} tasks, restarted and"
                        + " finished in {} s: {} tasks, {} member processes, {} duplicates, {} missing, {} incidents",
                enrolled,
                activePeople,
                atKill,
                Duration.between(restarted, Instant.now()).toSeconds(),
                tasks,
                memberInstances,
                duplicates,
                missing,
                incidents);

        assertThat(enrolled).isGreaterThanOrEqualTo(600);
        assertThat(atKill).isLessThan(enrolled);
        assertThat(tasks).isEqualTo(enrolled);
        assertThat(memberInstances).isEqualTo(enrolled);
        assertThat(duplicates).isZero();
        assertThat(missing).isZero();
        assertThat(incidents).isZero();
    }

    @Test
    @Order(2)
    void databaseAwayForThirtySecondsAnswers503AndRecoversWithoutRestart() throws Exception {
        Client member = new Client(nodeB(), "m0001");
        Client office = new Client(nodeB(), "office1");
        // Both sign in while the database is there (logins are remembered for 60 s); m0002 first asks during the
        // outage.
        assertThat(member.get("/api/tasks/todo").status()).isEqualTo(200);
        assertThat(office.get("/api/tasks/todo").status()).isEqualTo(200);

        proxy.cut();
        Instant cut = Instant.now();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> attempted = new ArrayList<>();
        long slowest = 0;
        int problems = 0;
        int requests = 0;
        Client.Response firstLogin = new Client(nodeB, "m0002").get("/api/tasks/todo");
        for (int i = 0; Duration.between(cut, Instant.now()).toSeconds() < 30; i++) {
            String slug = "fault-outage-" + i;
            attempted.add("self-review-" + TODAY.getYear() + "-" + slug);
            // /api, and /engine-rest as Tasklist and other systems see it
            for (Client.Response response : List.of(
                    member.get("/api/tasks/todo"),
                    office.postJson("/api/self-review/campaigns", campaign(slug, List.of("a01"))),
                    member.get("/engine-rest/task?assignee=m0001"))) {
                requests++;
                statuses.merge(response.status(), 1, Integer::sum);
                slowest = Math.max(slowest, response.millis());
                if (response.status() == 503
                        && response.contentType().startsWith("application/problem+json")
                        && response.body().contains("\"database-unavailable\"")) {
                    problems++;
                }
            }
            Thread.sleep(1_000);
        }
        proxy.restore();
        Instant restored = Instant.now();
        waitFor(
                Duration.ofSeconds(60),
                "node B to answer again",
                () -> member.get("/api/tasks/todo").status() == 200);
        long recoveryMillis = Duration.between(restored, Instant.now()).toMillis();

        long halfWritten = 0;
        for (String key : attempted) {
            halfWritten += db.count("SELECT COUNT(*) FROM self_review_campaign WHERE business_key = ?", key)
                    + db.count(
                            "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? OR BUSINESS_KEY_ LIKE ?",
                            key,
                            members(key))
                    + db.count("SELECT COUNT(*) FROM audit_record WHERE business_key = ?", key);
        }
        Client.Response after =
                office.postJson("/api/self-review/campaigns", campaign("fault-after-outage", List.of("a01")));
        log.info(
                "FAULT database away 30 s: {} requests, statuses {}, {} were 503 database-unavailable problem+json, slowest"
                        + " {} ms, first login during the outage {}, {} rows half-written, answered again {} ms after the database"
                        + " came back, a new campaign then {}",
                requests,
                statuses,
                problems,
                slowest,
                firstLogin.status(),
                halfWritten,
                recoveryMillis,
                after.status());

        assertThat(problems).isEqualTo(requests);
        assertThat(firstLogin.status()).as(firstLogin.body()).isEqualTo(503);
        assertThat(slowest).isLessThan(10_000);
        assertThat(halfWritten).isZero();
        assertThat(after.status()).as(after.body()).isEqualTo(201);
    }

    @Test
    @Order(3)
    void twoNodesRunEachJobOnceAndOneCarriesOnWhenTheOtherIsKilled() throws Exception {
        AppNode b = nodeB();
        Client adminA = new Client(nodeA, "demo");
        Client.Response deployed = adminA.postFiles(
                "/engine-rest/deployment/create",
                Map.of("fault-probe.bpmn", PROBE_BPMN, "fault-probe.form", PROBE_FORM),
                "deployment-name",
                "fault-probe");
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        for (int i = 0; i < PROBES; i++) {
            // Timers due 5–20 s from now, so that both job executors are busy when node A is killed. A direct
            // start may carry only its start form's fields (DirectStartGuard): the probe's form has `wait`.
            Client.Response started = adminA.postJson(
                    "/engine-rest/process-definition/key/faultProbe/start",
                    "{\"variables\":{\"wait\":{\"value\":\"PT" + (5 + i % 16) + "S\"}}}");
            assertThat(started.status()).as(started.body()).isEqualTo(200);
        }
        waitFor(
                Duration.ofMinutes(1),
                "node A to run 30 probe jobs",
                () -> db.count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG"
                                + " WHERE PROCESS_DEF_KEY_ = 'faultProbe' AND JOB_STATE_ = 2 AND HOSTNAME_ = 'node-a'")
                        >= 30);
        nodeA.kill();
        Instant killed = Instant.now();
        long endedAtKill = probesEnded();

        List<Object[]> open = db.rows(
                "SELECT t.ID_, t.ASSIGNEE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ LIKE ? AND t.TASK_DEF_KEY_ = 'userTask_check' ORDER BY t.ASSIGNEE_ LIMIT 60",
                members(FAN_OUT_KEY));
        List<String> taskIds = new ArrayList<>();
        List<String> assignees = new ArrayList<>();
        for (Object[] task : open) {
            Client.Response done = new Client(b, (String) task[1])
                    .postJson(
                            "/engine-rest/task/" + task[0] + "/complete",
                            "{\"variables\":{\"found1\":{\"value\":false},\"found2\":{\"value\":false},\"found3\":{\"value\":false}}}");
            assertThat(done.status()).as(done.body()).isEqualTo(204);
            taskIds.add((String) task[0]);
            assignees.add((String) task[1]);
        }
        int completed = taskIds.size();
        waitFor(Duration.ofMinutes(3), PROBES + " probe processes to end", () -> probesEnded() == PROBES);
        long carriedOnSeconds = Duration.between(killed, Instant.now()).toSeconds();

        long probeJobs =
                db.count("SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = 'faultProbe'");
        long timers =
                db.count("SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = 'faultProbe'"
                        + " AND JOB_DEF_TYPE_ = 'timer-intermediate-transition' AND JOB_STATE_ = 2");
        long probeSuccesses = db.count(
                "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = 'faultProbe' AND JOB_STATE_ = 2");
        long notOnce = db.count(
                "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = 'faultProbe'"
                        + " GROUP BY JOB_ID_ HAVING SUM(JOB_STATE_ = 2) <> 1) j");
        // History cleanup is one job rescheduled under the same id, so it is left out; every other job runs once.
        long twiceInRun = db.count("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                + " AND JOB_DEF_TYPE_ <> 'history-cleanup' GROUP BY JOB_ID_ HAVING COUNT(*) > 1) j");
        Map<String, Long> byNode = new TreeMap<>();
        for (Object[] row : db.rows("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                + " AND PROCESS_DEF_KEY_ = 'faultProbe' GROUP BY HOSTNAME_")) {
            byNode.put((String) row[0], ((Number) row[1]).longValue());
        }
        String ids = "'" + String.join("','", taskIds) + "'";
        long auditRows = db.count("SELECT COUNT(*) FROM audit_record WHERE task_id IN (" + ids + ")");
        long auditTasks = db.count("SELECT COUNT(DISTINCT task_id) FROM audit_record WHERE task_id IN (" + ids + ")");
        String people = "'" + String.join("','", assignees) + "'";
        long nextSteps = db.count(
                "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ LIKE ? AND t.TASK_DEF_KEY_ = 'userTask_analyse' AND t.ASSIGNEE_ IN ("
                        + people + ")",
                members(FAN_OUT_KEY));
        long incidents = db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        log.info(
                "FAULT two nodes: {} probe processes (timer + async step) started on node-a, node-a killed with {} ended,"
                        + " node-b ended the rest {} s after the kill; {} 查 tasks of node-a's campaign completed on node-b; probe jobs {}"
                        + " ({} timers), {} successful executions, by node {}, {} jobs not run exactly once; over the whole suite {} jobs"
                        + " run twice; audit rows {} for {} tasks, {} 剖 tasks next; {} incidents",
                PROBES,
                endedAtKill,
                carriedOnSeconds,
                completed,
                probeJobs,
                timers,
                probeSuccesses,
                byNode,
                notOnce,
                twiceInRun,
                auditRows,
                auditTasks,
                nextSteps,
                incidents);

        assertThat(probeJobs).isEqualTo(2L * PROBES);
        assertThat(timers).isEqualTo(PROBES);
        assertThat(probeSuccesses).isEqualTo(2L * PROBES);
        assertThat(notOnce).isZero();
        assertThat(twiceInRun).isZero();
        assertThat(endedAtKill).isLessThan(PROBES);
        assertThat(byNode).containsKeys("node-a", "node-b");
        assertThat(auditRows).isEqualTo(completed);
        assertThat(auditTasks).isEqualTo(completed);
        assertThat(nextSteps).isEqualTo(completed);
        assertThat(incidents).isZero();
    }

    @Test
    @Order(4)
    void noticesOutliveAChannelOutageAndAKilledNodeAndGoOutOnce() throws Exception {
        AppNode b = nodeB();
        nodeA.start();
        int reachable =
                db.update("UPDATE org_person SET dingtalk_id = CONCAT('ding-', id) WHERE unit_id = 'a01' AND active");
        db.update(
                "UPDATE org_version SET token = ? WHERE id = 1",
                java.util.UUID.randomUUID().toString());
        Instant start = Instant.now().minusSeconds(1);

        dingTalk.mode(FakeDingTalk.Mode.ERROR_500);
        Client office = new Client(nodeA, "office1");
        long slowest = 0;
        Client.Response launched =
                office.postJson("/api/self-review/campaigns", campaign("fault-notices", List.of("a01")));
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        slowest = Math.max(slowest, launched.millis());
        String since = start.toString().replace('T', ' ').replace("Z", "");
        Callable<Long> planned = () ->
                db.count("SELECT COUNT(*) FROM notice_delivery WHERE channel = 'dingtalk' AND created_at >= ?", since);
        String campaignKey = "self-review-" + TODAY.getYear() + "-fault-notices";
        Callable<Long> enrolled = () -> db.count(
                "SELECT COUNT(*) FROM self_review r JOIN self_review_campaign c ON c.id = r.campaign_id"
                        + " JOIN org_person p ON p.id = r.person_id WHERE c.business_key = ? AND p.dingtalk_id IS NOT NULL",
                campaignKey);
        waitFor(
                Duration.ofMinutes(2),
                "a 钉钉 delivery of the 待办 for each enrolled member",
                () -> enrolled.call() > 0 && planned.call() >= enrolled.call());
        Instant outage = Instant.now();
        while (Duration.between(outage, Instant.now()).toSeconds() < 30) {
            if (Duration.between(outage, Instant.now()).toSeconds() >= 15) {
                dingTalk.mode(FakeDingTalk.Mode.TIMEOUT);
            }
            for (Client client : List.of(new Client(nodeA, "m0001"), new Client(b, "office1"))) {
                Client.Response todo = client.get("/api/tasks/todo");
                assertThat(todo.status()).isEqualTo(200);
                slowest = Math.max(slowest, todo.millis());
            }
            Thread.sleep(1_000);
        }
        long failedTries = db.count(
                "SELECT COUNT(*) FROM notice_delivery WHERE channel = 'dingtalk' AND created_at >= ? AND attempts > 0",
                since);
        nodeA.kill(); // while it waits on answers that do not come: what it claimed must not be lost
        dingTalk.mode(FakeDingTalk.Mode.UP);
        nodeA.start();
        long expected = planned.call();
        waitFor(
                Duration.ofMinutes(3),
                "every 钉钉 delivery to go out",
                () -> db.count(
                                "SELECT COUNT(*) FROM notice_delivery WHERE channel = 'dingtalk' AND created_at >= ?"
                                        + " AND status = 'SENT'",
                                since)
                        == expected);
        long distinct = dingTalk.received.stream().distinct().count();
        long failed = db.count(
                "SELECT COUNT(*) FROM notice_delivery WHERE channel = 'dingtalk' AND status = 'FAILED' AND created_at >= ?",
                since);
        log.info(
                "FAULT notices: {} members reachable over 钉钉, {} deliveries planned; 钉钉 answered 500 for 15 s and then"
                        + " not in time for 15 s ({} deliveries tried and failed meanwhile); node-a killed and restarted;"
                        + " {} messages received, {} distinct, {} failed; slowest business request during the outage {} ms",
                reachable,
                expected,
                failedTries,
                dingTalk.received.size(),
                distinct,
                failed,
                slowest);

        assertThat(expected).isEqualTo(enrolled.call()).isPositive();
        assertThat(failedTries).isPositive();
        assertThat(dingTalk.received).hasSize((int) expected);
        assertThat(distinct).isEqualTo(expected);
        assertThat(failed).isZero();
        assertThat(slowest).isLessThan(3_000);
    }

    /** Node B reaches the database through the proxy the outage test cuts; started once, on first use. */
    private AppNode nodeB() throws Exception {
        if (nodeB == null) {
            proxy = new TcpProxy(3306).restore();
            nodeB = new AppNode("node-b", db, db.url(proxy.port()), nodeArgs()).start();
        }
        return nodeB;
    }

    private long probesEnded() throws Exception {
        return db.count(
                "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'faultProbe' AND END_TIME_ IS NOT NULL");
    }

    private long checkTasks(String businessKey) throws Exception {
        return db.count(
                "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION p ON p.ID_ = t.PROC_INST_ID_"
                        + " WHERE p.BUSINESS_KEY_ LIKE ? AND t.TASK_DEF_KEY_ = 'userTask_check'",
                members(businessKey));
    }

    /** A campaign's member reviews are keyed "campaign key:member id". */
    private static String members(String campaignKey) {
        return campaignKey + ":%";
    }

    private static String campaign(String slug, List<String> unitIds) {
        String units = unitIds == null ? "null" : "[\"" + String.join("\",\"", unitIds) + "\"]";
        return """
                {"name":"故障测试查改剖","year":%d,"slug":"%s","unitIds":%s,
                 "checklist":[{"title":"政治纪律"},{"title":"廉洁纪律"},{"title":"工作作风"}],
                 "checkDue":"%s","correctDue":"%s","analyseDue":"%s","reviewDue":"%s","minAnalysisLength":10,"spotCheckRate":0}
                """.formatted(
                        TODAY.getYear(),
                        slug,
                        units,
                        TODAY.plusDays(7),
                        TODAY.plusDays(14),
                        TODAY.plusDays(21),
                        TODAY.plusDays(28));
    }

    private static void waitFor(Duration timeout, String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (java.io.IOException e) {
                // a node still coming back
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    /** A timer (its duration in the variable wait), then an asynchronous step: two jobs per instance, for the job executors of both nodes. */
    private static final String PROBE_FORM = """
            {"id": "faultProbe-start", "type": "default", "schemaVersion": 16,
             "components": [{"key": "wait", "label": "等待时长", "type": "textfield"}]}
            """;

    private static final String PROBE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              id="definitions_faultProbe" targetNamespace="http://qinglian.cn/bpmn/test">
              <bpmn:process id="faultProbe" name="故障测试：定时与异步" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="startEvent_probe" camunda:formRef="faultProbe-start" camunda:formRefBinding="deployment"/>
                <bpmn:sequenceFlow id="flow_toTimer" sourceRef="startEvent_probe" targetRef="timer_wait"/>
                <bpmn:intermediateCatchEvent id="timer_wait">
                  <bpmn:timerEventDefinition id="timerDefinition_wait">
                    <bpmn:timeDuration>${wait}</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="flow_toAsync" sourceRef="timer_wait" targetRef="task_async"/>
                <bpmn:manualTask id="task_async" camunda:asyncBefore="true"/>
                <bpmn:sequenceFlow id="flow_toEnd" sourceRef="task_async" targetRef="endEvent_probe"/>
                <bpmn:endEvent id="endEvent_probe"/>
              </bpmn:process>
            </bpmn:definitions>
            """;
}
