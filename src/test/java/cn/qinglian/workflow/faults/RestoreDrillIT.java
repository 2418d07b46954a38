package cn.qinglian.workflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup and restore of docs/operations.md, drilled on the built jar: open work (a task list's sign-off
 * tasks with their reminder and deadline timers, and a report timer due two minutes after a unit signs), the
 * node stopped, {@code docker/backup.sh}, the database dropped, {@code docker/restore.sh}, the node started
 * again. Every table must come back with the same rows (count and checksum), every open task and timer as it
 * was, the timer pending at the backup must fire after the restore, and the app must carry on: a sign-off
 * recorded before the backup completes, and new work gets ids that collide with nothing. Runs on its own
 * database, so it never touches the fault suite's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestoreDrillIT {

    private static final Logger log = LoggerFactory.getLogger(RestoreDrillIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = 2038;
    private static final String LIST_KEY = "task-list-" + YEAR;

    private final FaultDatabase db = new FaultDatabase("qinglian_restore_drill");
    private AppNode node;

    @AfterAll
    void stopEverything() throws Exception {
        if (node != null) {
            node.kill();
        }
        db.drop();
    }

    @Test
    void aRestoredDumpCarriesOnWithEveryOpenTaskAndTimer() throws Exception {
        db.create();
        node = new AppNode("restore-drill", db, db.url(3306)).start();
        Client admin = new Client(node, "demo");

        // Open work: a list for two units, approved; unit a01 signs (its report timer is due in 2 min), a02 not yet.
        Client.Response created = new Client(node, "office1").postJson("/api/task-lists", taskList(YEAR));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String approval = only(admin.get("/engine-rest/task?processInstanceBusinessKey=" + LIST_KEY))
                .path("id")
                .asText();
        complete(
                new Client(node, "secretary"),
                approval,
                "{\"approved\":{\"value\":true},\"opinion\":{\"value\":\"同意\"}}");
        waitFor(
                Duration.ofMinutes(2),
                "the two units' sign-off tasks",
                () -> signOffs(admin).size() == 2);
        JsonNode a01 = signOffOf(admin, "head-a01");
        JsonNode a02 = signOffOf(admin, "head-a02");
        complete(new Client(node, "head-a01"), a01.path("id").asText(), "{\"signed\":{\"value\":true}}");
        waitFor(
                Duration.ofMinutes(1),
                "a01's report timer",
                () -> reportTimers(admin).size() == 1);

        Map<String, String> tasks = tasks(admin);
        Map<String, String> timers = timers(admin);
        String reportTimer = reportTimers(admin).get(0).path("id").asText();
        long listId = db.count("SELECT MAX(id) FROM task_list");
        long auditRows = db.count("SELECT COUNT(*) FROM audit_record");
        assertThat(tasks).containsKey(a02.path("id").asText());
        assertThat(timers).containsKey(reportTimer).hasSizeGreaterThanOrEqualTo(3);

        node.stop();
        List<Object[]> notInnoDb = db.rows("SELECT TABLE_NAME, ENGINE FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND ENGINE <> 'InnoDB'");
        assertThat(notInnoDb)
                .as("--single-transaction is consistent for InnoDB tables only")
                .isEmpty();
        Map<String, String> before = tableContents();
        assertThat(before).as("tables, each with its row count and checksum").hasSizeGreaterThan(60);
        Path dump = Path.of("target", "faults", db.name() + ".sql").toAbsolutePath();
        Files.deleteIfExists(dump);
        Instant backupStarted = Instant.now();
        script("docker/backup.sh", db.name(), dump.toString());
        long backupSeconds = Duration.between(backupStarted, Instant.now()).toSeconds();
        db.drop(); // restore.sh refuses a database that still exists
        Instant restoreStarted = Instant.now();
        script("docker/restore.sh", dump.toString(), db.name());
        long restoreSeconds = Duration.between(restoreStarted, Instant.now()).toSeconds();
        Map<String, String> after = tableContents();
        assertThat(after)
                .as("every table, its row count and checksum after the restore")
                .isEqualTo(before);

        node.start();
        Map<String, String> tasksAfter = tasks(admin);
        Map<String, String> timersAfter = timers(admin);
        // Only the report task of the timer that fired may have come since.
        assertThat(tasksAfter).containsAllEntriesOf(tasks).hasSizeLessThanOrEqualTo(tasks.size() + 1);
        assertThat(timersAfter).containsAllEntriesOf(withoutKey(timers, reportTimer));
        // The report timer was due two minutes after a01 signed: it fires on the restored database.
        waitFor(
                Duration.ofMinutes(4),
                "the report timer pending at the backup to fire",
                () -> !reports(admin).isEmpty());
        complete(new Client(node, "head-a02"), a02.path("id").asText(), "{\"signed\":{\"value\":true}}");
        waitFor(
                Duration.ofMinutes(1),
                "a02's report timer",
                () -> reportTimers(admin).size() == 1);
        Client.Response audit = new Client(node, "office1").get("/api/audit/business-keys/" + LIST_KEY);
        Client.Response nextList = new Client(node, "office1").postJson("/api/task-lists", taskList(YEAR + 1));
        Client.Response campaign = new Client(node, "office1").postJson("/api/self-review/campaigns", campaign());
        long nextListId = db.count("SELECT MAX(id) FROM task_list");
        long incidents = db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
        long rows = 0;
        for (String content : before.values()) {
            rows += Long.parseLong(content.substring(0, content.indexOf(' ')));
        }
        log.info(
                "FAULT restore drill: {} tables, {} rows, dump {} KB in {} s, restored in {} s;"
                        + " {} open tasks and {} timers before, {} and {} after the restore; the report timer pending at"
                        + " the backup fired; a02 signed after it; a new list {} (id {} after {}) and campaign {}; {}"
                        + " incidents",
                before.size(),
                rows,
                Files.size(dump) / 1024,
                backupSeconds,
                restoreSeconds,
                tasks.size(),
                timers.size(),
                tasksAfter.size(),
                timersAfter.size(),
                nextList.status(),
                nextListId,
                listId,
                campaign.status(),
                incidents);

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains(a02.path("id").asText());
        assertThat(db.count("SELECT COUNT(*) FROM audit_record")).isGreaterThan(auditRows);
        assertThat(nextList.status()).as(nextList.body()).isEqualTo(201);
        assertThat(nextListId).isGreaterThan(listId);
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        assertThat(incidents).isZero();
    }

    /** Each table's row count and CHECKSUM TABLE, by name. */
    private Map<String, String> tableContents() throws Exception {
        Map<String, String> contents = new TreeMap<>();
        for (Object[] table : db.rows(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
            String name = (String) table[0];
            long count = db.count("SELECT COUNT(*) FROM `" + name + "`");
            Object checksum = db.rows("CHECKSUM TABLE `" + name + "`").get(0)[1];
            contents.put(name, count + " rows, checksum " + checksum);
        }
        return contents;
    }

    /** Runs one of docker/'s scripts as docs/operations.md does, as root over the socket (as the suite's setup). */
    private static void script(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", script));
        command.addAll(List.of(args));
        command.addAll(List.of("--protocol=socket", "--user=root"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        log.info("{}: exit {}\n{}", command, exit, output.strip());
        assertThat(exit).as(script + ": " + output).isZero();
    }

    /** Every open task: id → assignee, name, due date and process instance. */
    private static Map<String, String> tasks(Client admin) throws Exception {
        Map<String, String> tasks = new TreeMap<>();
        for (JsonNode task : array(admin.get("/engine-rest/task?maxResults=100000"))) {
            tasks.put(
                    task.path("id").asText(),
                    task.path("assignee").asText() + " " + task.path("name").asText() + " due "
                            + task.path("due").asText() + " in "
                            + task.path("processInstanceId").asText());
        }
        return tasks;
    }

    /** Every timer job: id → due date, retries and process instance. */
    private static Map<String, String> timers(Client admin) throws Exception {
        Map<String, String> timers = new TreeMap<>();
        for (JsonNode job : array(admin.get("/engine-rest/job?timers=true&maxResults=100000"))) {
            timers.put(
                    job.path("id").asText(),
                    "due " + job.path("dueDate").asText() + " retries "
                            + job.path("retries").asInt() + " in "
                            + job.path("processInstanceId").asText());
        }
        return timers;
    }

    private static List<JsonNode> signOffs(Client admin) throws Exception {
        return array(admin.get(
                "/engine-rest/task?processInstanceBusinessKey=" + LIST_KEY + "&taskDefinitionKey=userTask_signOff"));
    }

    private static JsonNode signOffOf(Client admin, String head) throws Exception {
        return signOffs(admin).stream()
                .filter(t -> head.equals(t.path("assignee").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sign-off task for " + head));
    }

    private static List<JsonNode> reportTimers(Client admin) throws Exception {
        return array(admin.get("/engine-rest/job?activityId=timer_nextReport"));
    }

    private static List<JsonNode> reports(Client admin) throws Exception {
        return array(admin.get(
                "/engine-rest/task?processInstanceBusinessKey=" + LIST_KEY + "&taskDefinitionKey=userTask_report"));
    }

    private static void complete(Client client, String taskId, String variables) throws Exception {
        Client.Response done =
                client.postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private static JsonNode only(Client.Response response) throws Exception {
        List<JsonNode> nodes = array(response);
        assertThat(nodes).as(response.body()).hasSize(1);
        return nodes.get(0);
    }

    private static List<JsonNode> array(Client.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> nodes = new ArrayList<>();
        JSON.readTree(response.body()).forEach(nodes::add);
        return nodes;
    }

    private static Map<String, String> withoutKey(Map<String, String> map, String key) {
        Map<String, String> copy = new TreeMap<>(map);
        copy.remove(key);
        return copy;
    }

    /** Two tasks, for units a01 and a02; a report every two minutes, so that one timer falls due across the restore. */
    private static String taskList(int year) {
        return """
                {"year":%d,"title":"%d年度任务清单（恢复演练）","signOffDue":"%s","reportCycle":"PT2M","tasks":[
                 {"content":"恢复演练任务一","sourceList":"廉政风险问题清单","responsibility":"监督责任","leadUnit":"a01",
                  "leader":"王秀兰","deadline":"%s"},
                 {"content":"恢复演练任务二","sourceList":"廉政风险问题清单","responsibility":"监督责任","leadUnit":"a02",
                  "leader":"王秀兰","deadline":"%s"}]}
                """.formatted(year, year, TODAY.plusDays(10), TODAY.plusMonths(3), TODAY.plusMonths(3));
    }

    private static String campaign() {
        return """
                {"name":"恢复演练查改剖","year":%d,"slug":"restore-drill","unitIds":["a01"],
                 "checklist":[{"title":"政治纪律"}],
                 "checkDue":"%s","correctDue":"%s","analyseDue":"%s","reviewDue":"%s","minAnalysisLength":10,"spotCheckRate":0}
                """.formatted(
                        TODAY.getYear(), TODAY.plusDays(7), TODAY.plusDays(14), TODAY.plusDays(21), TODAY.plusDays(28));
    }

    private static void waitFor(Duration timeout, String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }
}
