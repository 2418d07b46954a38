package cn.qinglian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ cannot be run on the build machines (no Docker engine), so its files are checked against
 * what the app and the MySQL suite need: the Dockerfile, docker/compose.yaml and docker/nginx.conf
 * parsed as text and YAML, compared with application*.yaml and .ci/run; the monitoring profile's
 * Prometheus and Grafana files likewise (MonitoringTest checks the dashboard's metric names against
 * what the app exports). No Spring context.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("docker");
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::?([-?])([^}]*))?}");
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:mysql://([^/\"\\s]+)/([^?\"\\s]+)\\?([^\"\\s]+)");
    private static final String APP_IMAGE = "qinglian-workflow";
    private static final List<String> MONITORING = List.of("prometheus", "grafana");

    private static List<Instruction> dockerfile;
    private static Map<String, Object> compose;
    private static String nginx;

    private record Instruction(String keyword, String arguments) {}

    @BeforeAll
    static void readFiles() throws IOException {
        dockerfile = instructions(Files.readString(DOCKER.resolve("Dockerfile")));
        compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        nginx = Files.readString(DOCKER.resolve("nginx.conf")).replaceAll("(?m)#.*$", "");
    }

    // --- Dockerfile

    @Test
    void imageIsBuiltWithTheWrapperOnAJdkAndRunsOnAJre() {
        List<Instruction> froms = all("FROM");
        assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms.get(0).arguments()).matches("eclipse-temurin:17-jdk\\S* (?i:AS) build");
        assertThat(froms.get(froms.size() - 1).arguments()).startsWith("eclipse-temurin:17-jre");
        assertThat(buildStage())
                .filteredOn(i -> i.keyword().equals("RUN"))
                .anySatisfy(
                        run -> assertThat(run.arguments()).contains("./mvnw").contains("package"));
        assertThat(finalStage())
                .filteredOn(i -> i.keyword().equals("COPY"))
                .anySatisfy(copy -> assertThat(copy.arguments()).startsWith("--from=build"));
    }

    @Test
    void buildCopiesOnlySourcesThatExist() throws IOException {
        Path context = buildContext();
        assertThat(context.resolve(appBuild().get("dockerfile").toString())).isRegularFile();
        for (Instruction copy : buildStage()) {
            if (copy.keyword().equals("COPY")) {
                List<String> parts = List.of(copy.arguments().split("\\s+"));
                for (String source : parts.subList(0, parts.size() - 1)) {
                    assertThat(context.resolve(source)).as("COPY %s", source).exists();
                }
            }
        }
        assertThat(Files.readAllLines(context.resolve("docker/Dockerfile.dockerignore")))
                .contains("docker/.env");
    }

    @Test
    void imageRunsAsANonRootUser() {
        List<Instruction> users =
                finalStage().stream().filter(i -> i.keyword().equals("USER")).toList();
        assertThat(users).isNotEmpty();
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertThat(user).isNotIn("root", "0");
        assertThat(finalStage().get(finalStage().size() - 1).keyword()).isIn("ENTRYPOINT", "CMD");
    }

    @Test
    void healthCheckAsksActuatorHealthOnTheExposedPort() {
        String port = exposedPort();
        assertThat(imageEnvironment()).containsEntry("PORT", port);
        assertThat(single("HEALTHCHECK").arguments())
                .contains("CMD")
                .contains("/actuator/health")
                .contains("127.0.0.1/" + port);
    }

    @Test
    void imageSetsJvmFlagsAndTheMysqlProfileButNoSecrets() {
        Map<String, String> env = imageEnvironment();
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "mysql").containsKey("JAVA_OPTS");
        assertThat(env.get("JAVA_TOOL_OPTIONS"))
                .contains("-XX:MaxRAMPercentage=")
                .contains("-Dfile.encoding=UTF-8");
        assertThat(single("ENTRYPOINT").arguments()).contains("exec java $JAVA_OPTS");
        for (Instruction instruction : dockerfile) {
            if (instruction.keyword().equals("ENV") || instruction.keyword().equals("ARG")) {
                assertThat(SECRET_NAME.matcher(instruction.arguments()).find())
                        .as(instruction.toString())
                        .isFalse();
            }
        }
    }

    // --- MySQL service

    @Test
    void mysqlIsPinnedToAn80ReleaseWithUtf8mb4BinAndReadCommitted() {
        Map<String, Object> mysql = service("mysql");
        assertThat(mysql.get("image")).asString().matches("mysql:8\\.0\\.\\d+");
        assertThat(strings(mysql.get("command")))
                .contains(
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_bin",
                        "--transaction-isolation=READ-COMMITTED");
        assertThat(map(mysql.get("healthcheck"))).containsKey("test");
    }

    @Test
    void mysqlKeepsItsDataInANamedVolume() {
        List<String> volumes = strings(service("mysql").get("volumes"));
        assertThat(volumes).anyMatch(v -> v.endsWith(":/var/lib/mysql"));
        String volume = volumes.stream()
                .filter(v -> v.endsWith(":/var/lib/mysql"))
                .findFirst()
                .orElseThrow()
                .split(":")[0];
        assertThat(volume).doesNotContain("/").doesNotStartWith(".");
        assertThat(map(compose.get("volumes"))).containsKey(volume);
    }

    // --- app nodes

    @Test
    void twoAppNodesRunOneImageWithOneEnvironment() {
        List<String> nodes = appServices();
        assertThat(nodes).hasSize(2);
        Map<String, Object> first = service(nodes.get(0));
        Map<String, Object> second = service(nodes.get(1));
        assertThat(second.get("image")).isEqualTo(first.get("image"));
        assertThat(second.get("build")).isEqualTo(first.get("build"));
        assertThat(environment(second)).isEqualTo(environment(first)).isNotEmpty();
    }

    @Test
    void appNodesGetEveryVariableTheMysqlProfileReads() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String file : List.of("application.yaml", "application-mysql.yaml")) {
            Matcher placeholder = ENV_PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources", file)));
            while (placeholder.find()) {
                read.add(placeholder.group(1));
            }
        }
        assertThat(read).contains("DB_URL", "DB_USER", "DB_PASSWORD", "QINGLIAN_ADMIN_USER", "QINGLIAN_ADMIN_PASSWORD");
        for (String node : appServices()) {
            Set<String> provided =
                    new LinkedHashSet<>(environment(service(node)).keySet());
            provided.addAll(imageEnvironment().keySet());
            assertThat(provided).as(node).containsAll(read);
        }
    }

    @Test
    void appNodesRunTheMysqlProfileAndNeverTheDemo() {
        for (String node : appServices()) {
            Map<String, String> env = environment(service(node));
            assertThat(env)
                    .as(node)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "mysql")
                    .doesNotContainKeys("SPRING_PROFILES_INCLUDE", "SPRING_PROFILES_DEFAULT", "QINGLIAN_DEMO_ENABLED");
            if (env.containsKey("PORT")) {
                assertThat(env.get("PORT")).isEqualTo(exposedPort());
            }
        }
    }

    @Test
    void jdbcUrlHasTheParametersTheMysqlSuiteRunsWith() throws IOException {
        Matcher ci = JDBC_URL.matcher(Files.readString(Path.of(".ci/run")));
        assertThat(ci.find()).as("a jdbc:mysql URL in .ci/run").isTrue();
        Map<String, String> proven = parameters(ci.group(3));
        assertThat(proven).containsEntry("sendFractionalSeconds", "false").containsEntry("connectionTimeZone", "UTC");

        for (String node : appServices()) {
            Matcher url = JDBC_URL.matcher(environment(service(node)).get("DB_URL"));
            assertThat(url.matches()).as(node + " DB_URL").isTrue();
            assertThat(url.group(1)).isEqualTo("mysql:3306");
            assertThat(url.group(2)).isEqualTo(environment(service("mysql")).get("MYSQL_DATABASE"));
            assertThat(parameters(url.group(3))).as(node + " DB_URL parameters").isEqualTo(proven);
        }
    }

    // --- secrets

    @Test
    void secretsComeOnlyFromTheEnvironment() {
        for (String name : services().keySet()) {
            environment(service(name)).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).find()) {
                    Matcher variable = COMPOSE_VARIABLE.matcher(value);
                    assertThat(variable.matches())
                            .as("%s.%s is ${…}", name, key)
                            .isTrue();
                    if ("-".equals(variable.group(2))) {
                        assertThat(variable.group(3))
                                .as("%s.%s has no default", name, key)
                                .isEmpty();
                    }
                }
            });
        }
    }

    @Test
    void requiredVariablesAreInTheExampleAndTheRealFileIsIgnored() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher variable = COMPOSE_VARIABLE.matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        while (variable.find()) {
            if ("?".equals(variable.group(2))) {
                required.add(variable.group(1));
            }
        }
        assertThat(required)
                .contains("DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "QINGLIAN_ADMIN_USER", "QINGLIAN_ADMIN_PASSWORD");
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(DOCKER.resolve(".env.example"))) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(example).containsAll(required);
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("docker/.env");
    }

    // --- start order and proxy

    @Test
    void servicesWaitForHealthyDependencies() {
        List<String> nodes = appServices();
        for (String node : nodes) {
            assertThat(dependencies(node)).as(node).containsEntry("mysql", "service_healthy");
        }
        assertThat(dependencies(nodes.get(1))).containsEntry(nodes.get(0), "service_healthy");
        assertThat(dependencies("proxy"))
                .containsEntry(nodes.get(0), "service_healthy")
                .containsEntry(nodes.get(1), "service_healthy");
        assertThat(service("mysql")).containsKey("healthcheck");
        assertThat(service("proxy")).containsKey("healthcheck");
    }

    @Test
    void proxyBalancesOverBothNodes() {
        Map<String, Object> proxy = service("proxy");
        assertThat(strings(proxy.get("volumes"))).contains("./nginx.conf:/etc/nginx/conf.d/default.conf:ro");
        assertThat(strings(proxy.get("ports"))).anyMatch(p -> p.endsWith(":80"));
        assertThat(nginx).containsPattern("listen\\s+80;");

        Matcher upstream = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}").matcher(nginx);
        assertThat(upstream.find()).as("an upstream block").isTrue();
        Set<String> servers = new TreeSet<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^\\s;]+)").matcher(upstream.group(2));
        while (server.find()) {
            servers.add(server.group(1));
        }
        Set<String> nodes = new TreeSet<>();
        appServices().forEach(node -> nodes.add(node + ":" + exposedPort()));
        assertThat(servers).isEqualTo(nodes);
        assertThat(upstream.group(2)).as("sticky by route cookie").containsPattern("hash\\s+\\$\\w+\\s+consistent;");
        assertThat(nginx).contains("$cookie_").contains("proxy_pass http://" + upstream.group(1) + ";");
    }

    // --- monitoring profile

    @Test
    void monitoringRunsOnlyInItsProfileOnPinnedImages() {
        for (String name : MONITORING) {
            Map<String, Object> service = service(name);
            assertThat(strings(service.get("profiles"))).as(name).containsExactly("monitoring");
            assertThat(String.valueOf(service.get("image")))
                    .as("%s pinned to a release", name)
                    .matches("[a-z0-9./-]+:v?\\d+\\.\\d+\\.\\d+");
        }
        services().keySet().stream()
                .filter(name -> !MONITORING.contains(name))
                .forEach(name -> assertThat(service(name))
                        .as(name + " runs without a profile")
                        .doesNotContainKey("profiles"));
    }

    @Test
    void prometheusScrapesEveryNodeAtTheAdministratorsEndpointWithTheAccountFromTheEnvironment() throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(DOCKER.resolve("prometheus/prometheus.yml")));
        List<Object> jobs = objects(config.get("scrape_configs"));
        assertThat(jobs).hasSize(1);
        Map<String, Object> job = map(jobs.get(0));
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        Set<String> targets = new TreeSet<>(
                strings(map(objects(job.get("static_configs")).get(0)).get("targets")));
        Set<String> nodes = new TreeSet<>();
        appServices().forEach(node -> nodes.add(node + ":" + exposedPort()));
        assertThat(targets).isEqualTo(nodes);
        Map<String, Object> auth = map(job.get("basic_auth"));
        assertThat(auth).containsOnlyKeys("username_file", "password_file");

        Map<String, Object> prometheus = service("prometheus");
        assertThat(strings(prometheus.get("volumes")))
                .contains("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        String entrypoint = String.join("\n", strings(prometheus.get("entrypoint")));
        assertThat(entrypoint)
                .contains("\"$$PROMETHEUS_SCRAPE_USER\" > " + auth.get("username_file"))
                .contains("\"$$PROMETHEUS_SCRAPE_PASSWORD\" > " + auth.get("password_file"))
                .contains("--config.file=/etc/prometheus/prometheus.yml");
        assertThat(environment(prometheus)).containsKeys("PROMETHEUS_SCRAPE_USER", "PROMETHEUS_SCRAPE_PASSWORD");
    }

    @Test
    void grafanaProvisionsPrometheusAndTheDashboardWhosePanelsAllQueryIt() throws IOException {
        Map<String, Object> grafana = service("grafana");
        Map<String, String> mounts = new LinkedHashMap<>();
        strings(grafana.get("volumes")).forEach(volume -> {
            String[] parts = volume.split(":");
            mounts.put(parts[0], parts[1]);
        });
        assertThat(mounts).containsEntry("./grafana/provisioning", "/etc/grafana/provisioning");

        Map<String, Object> datasources =
                new Yaml().load(Files.readString(DOCKER.resolve("grafana/provisioning/datasources/prometheus.yaml")));
        Map<String, Object> datasource =
                map(objects(datasources.get("datasources")).get(0));
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");

        Map<String, Object> providers =
                new Yaml().load(Files.readString(DOCKER.resolve("grafana/provisioning/dashboards/qinglian.yaml")));
        String path = String.valueOf(
                map(map(objects(providers.get("providers")).get(0)).get("options"))
                        .get("path"));
        assertThat(mounts).containsEntry("./grafana/dashboards", path);

        JsonNode dashboard = new ObjectMapper()
                .readTree(DOCKER.resolve("grafana/dashboards/qinglian.json").toFile());
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        assertThat(panels)
                .filteredOn(p -> !p.path("type").asText().equals("row"))
                .isNotEmpty()
                .allSatisfy(panel -> {
                    assertThat(panel.path("datasource").path("uid").asText())
                            .as(panel.path("title").asText())
                            .isEqualTo(datasource.get("uid"));
                    assertThat(panel.path("targets"))
                            .isNotEmpty()
                            .allSatisfy(target ->
                                    assertThat(target.path("expr").asText()).isNotBlank());
                });
    }

    @Test
    void monitoringAccountsAreDocumentedInTheExample() throws IOException {
        String example = Files.readString(DOCKER.resolve(".env.example"));
        for (String name : MONITORING) {
            environment(service(name)).forEach((key, value) -> {
                Matcher variable = COMPOSE_VARIABLE.matcher(value);
                if (variable.matches() && SECRET_NAME.matcher(key).find()) {
                    assertThat(example).as(variable.group(1)).contains(variable.group(1) + "=");
                }
            });
        }
        assertThat(example).contains("PROMETHEUS_SCRAPE_USER=");
    }

    // --- helpers: Dockerfile

    /** Instructions with continuation lines joined and comments dropped. */
    private static List<Instruction> instructions(String text) {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().strip().split("\\s+", 2);
            result.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : ""));
            current.setLength(0);
        }
        return result;
    }

    private static List<Instruction> all(String keyword) {
        return dockerfile.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    private static Instruction single(String keyword) {
        assertThat(all(keyword)).as(keyword).hasSize(1);
        return all(keyword).get(0);
    }

    private static int lastFrom() {
        return dockerfile.lastIndexOf(all("FROM").get(all("FROM").size() - 1));
    }

    private static List<Instruction> buildStage() {
        return dockerfile.subList(0, lastFrom());
    }

    private static List<Instruction> finalStage() {
        return dockerfile.subList(lastFrom(), dockerfile.size());
    }

    private static String exposedPort() {
        return single("EXPOSE").arguments().replace("/tcp", "");
    }

    /** ENV of the final stage: KEY=value pairs, values possibly in double quotes. */
    private static Map<String, String> imageEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");
        for (Instruction instruction : finalStage()) {
            if (instruction.keyword().equals("ENV")) {
                Matcher m = pair.matcher(instruction.arguments());
                while (m.find()) {
                    env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
                }
            }
        }
        return env;
    }

    // --- helpers: compose

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        assertThat(services()).as("services").containsKey(name);
        return map(services().get(name));
    }

    /** The services that run the app's image, in file order. */
    private static List<String> appServices() {
        return services().keySet().stream()
                .filter(name -> String.valueOf(service(name).get("image")).startsWith(APP_IMAGE + ":"))
                .toList();
    }

    private static Map<String, Object> appBuild() {
        return map(service(appServices().get(0)).get("build"));
    }

    private static Path buildContext() {
        return DOCKER.resolve(appBuild().get("context").toString()).normalize();
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> env.put(key.toString(), value == null ? "" : value.toString()));
        } else if (raw instanceof List<?> entries) {
            entries.forEach(entry -> {
                String[] pair = entry.toString().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        return env;
    }

    private static Map<String, String> dependencies(String name) {
        Map<String, String> conditions = new LinkedHashMap<>();
        map(service(name).get("depends_on"))
                .forEach((dependency, settings) ->
                        conditions.put(dependency, String.valueOf(map(settings).get("condition"))));
        return conditions;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] keyValue = pair.split("=", 2);
            parameters.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Object> objects(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return new ArrayList<Object>((List<?>) value);
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
