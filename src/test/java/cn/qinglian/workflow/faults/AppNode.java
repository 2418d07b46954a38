package cn.qinglian.workflow.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built jar ({@code target/qinglian-workflow-*.jar}) running as a separate JVM with the
 * {@code mysql,demo} profiles: started, waited for, killed with SIGKILL or stopped. Its output goes to
 * {@code target/faults/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppNode.class);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final String dbUrl;
    private final FaultDatabase database;
    private final List<String> extraArgs;
    private Process process;

    AppNode(String name, FaultDatabase database, String dbUrl, String... extraArgs) {
        this.name = name;
        this.port = freePort();
        this.database = database;
        this.dbUrl = dbUrl;
        this.extraArgs = List.of(extraArgs);
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the JVM (again, after a kill) and waits until it answers readiness. */
    AppNode start() throws IOException, InterruptedException {
        Path logDir = Path.of("target", "faults");
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-jar",
                jar().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=mysql,demo",
                // The job log (ACT_HI_JOB_LOG), which counts each job's executions, is written at history level full
                // only.
                "--camunda.bpm.history-level=full",
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        logDir.resolve(name + ".log").toFile()));
        builder.environment()
                .putAll(Map.of(
                        "DB_URL",
                        dbUrl,
                        "DB_USER",
                        database.user(),
                        "DB_PASSWORD",
                        database.password(),
                        "QINGLIAN_ADMIN_USER",
                        "demo",
                        "QINGLIAN_ADMIN_PASSWORD",
                        "demo"));
        Instant started = Instant.now();
        process = builder.start();
        Instant deadline = started.plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + "; see target/faults/" + name + ".log");
            }
            if (ready()) {
                log.info(
                        "{} ready on port {} after {} s",
                        name,
                        port,
                        Duration.between(started, Instant.now()).toSeconds());
                return this;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within 5 min; see target/faults/" + name + ".log");
    }

    /** kill -9: no shutdown hook, no transaction finished, locks left as they are. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
            log.info("{} killed (SIGKILL), pid {}", name, process.pid());
        }
    }

    /** SIGTERM, as an operator stops a node: Spring shuts down gracefully and the engine releases its jobs. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM");
            }
            log.info("{} stopped (SIGTERM), exit {}", name, process.exitValue());
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path jar() throws IOException {
        String configured = System.getProperty("qinglian.faults.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("qinglian-workflow-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No target/qinglian-workflow-*.jar: build it first (./mvnw package)"));
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
