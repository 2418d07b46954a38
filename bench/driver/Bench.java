import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark driver (bench/run.sh runs it with {@code java bench/driver/Bench.java}): plain JDK,
 * HTTP only, so that our app and the stock engine are driven by exactly the same code. Each
 * sub-command appends a markdown section to the results file and prints it.
 *
 * <pre>
 * approval   OUT  OURS_URL OURS_PID STOCK_URL STOCK_PID SECURED_URL SECURED_PID SECONDS CLIENTS...
 *                                                            throughput, ours vs stock (and stock+auth)
 * roundtrips OUT  OURS_URL STOCK_URL SECURED_URL N           SQL statements per step (USER_STATISTICS)
 * campaign   OUT  URL PID LABEL                              查改剖 campaign, then the 责任书 cascade
 * queries    OUT  URL SAMPLES                                待办, 已办, coverage, report card latency
 * completion OUT  URL LABEL                                  part 3's campaign driven to its end: 已完成 how long after its last review
 * cityratios OUT  LARGE_LABEL CITY_LABEL                     part 6: the city's figures against the large organisation's
 * cleanup    OUT  URL DATABASE LABEL                         part 7: history cleanup of the finished processes, rows/s
 * twonodes   OUT  URL1 URL2 SECONDS LABEL                    part 8: two nodes on one database against one
 * fakechannel OUT PORT                                       a fake 钉钉 (token, work notices counted; /stats) until killed
 * </pre>
 * With {@code BENCH_FAKE_CHANNEL} (the fake's URL) part 3 also reports when the launch's last 待办 notice
 * reached the fake 钉钉.
 */
public class Bench {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PASSWORD = "demo";
    static final int YEAR = 2026;
    /** Units whose heads register and approve risk points, one per client. */
    static final String[] UNITS = {"d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08"};

    static Path out;
    /** Makes every registered risk point distinct (the register refuses duplicates), also across runs. */
    static final AtomicLong RUN = new AtomicLong(System.currentTimeMillis() * 1000);

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        out = Path.of(args[1]);
        switch (args[0]) {
            case "approval" ->
                approval(
                        args[2],
                        Long.parseLong(args[3]),
                        args[4],
                        Long.parseLong(args[5]),
                        args[6],
                        Long.parseLong(args[7]),
                        Integer.parseInt(args[8]),
                        ints(args, 9));
            case "roundtrips" -> roundTrips(args[2], args[3], args[4], Integer.parseInt(args[5]));
            case "campaign" -> campaign(args[2], Long.parseLong(args[3]), args[4]);
            case "queries" -> queries(args[2], Integer.parseInt(args[3]));
            case "completion" -> completion(args[2], args[3]);
            case "fakechannel" -> fakeChannel(Integer.parseInt(args[2]));
            case "cityratios" -> cityRatios(args[2], args[3]);
            case "fanout" -> fanOut(args[2], args[3], args[4]);
            case "fanoutsummary" -> fanOutSummary(args[2]);
            case "cleanup" -> cleanup(args[2], args[3], args[4]);
            case "twonodes" -> twoNodes(args[2], args[3], Integer.parseInt(args[4]), args[5]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- 1. approval throughput

    /** One side of the comparison: how it starts the step, finds a task, completes it. */
    interface Flavour {
        String name();

        /** Starts the process; returns its business key. */
        String start(int client, int seq);

        String taskId(String user, String businessKey);

        String user(int client);

        /** Who the step's control measure is given to (the 落实措施并报告 task that follows, in ours). */
        String measureOwner(int client);

        /** The app's own database user (USER_STATISTICS is kept per user). */
        String dbUser();

        void complete(String user, String taskId, String variables);
    }

    static final String MEASURES = "{\"variables\":{\"measures\":{\"type\":\"String\",\"value\":"
            + "\"[{\\\"content\\\":\\\"实行双人复核\\\",\\\"ownerId\\\":\\\"%s\\\",\\\"dueDate\\\":\\\"2026-12-31\\\"}]\"}}}";
    static final String APPROVE = "{\"variables\":{\"approved\":{\"type\":\"Boolean\",\"value\":true},"
            + "\"comment\":{\"type\":\"String\",\"value\":\"同意\"}}}";

    /**
     * Ours: a risk point registered over /api, both steps done over /engine-rest as the unit head; the
     * measure goes to a staff member of the unit, as a head would hand it out (were it the head's own,
     * every approval would leave the approver one more open task, and Camunda's task query reads all
     * of the querying user's task grants: 3.5 ms per query once a head had 877 of them).
     */
    static Flavour ours(String base) {
        Map<String, String> staff = staffByUnit(base);
        return new Flavour() {
            public String name() {
                return "ours";
            }

            public String user(int client) {
                return "head-" + UNITS[client % UNITS.length];
            }

            public String measureOwner(int client) {
                return staff.get(UNITS[client % UNITS.length]);
            }

            public String dbUser() {
                return "qlbench";
            }

            public String start(int client, int seq) {
                String body = "{\"unitId\":\"" + UNITS[client % UNITS.length]
                        + "\",\"post\":\"科员\",\"category\":\"BUSINESS_PROCESS\"," + "\"description\":\"基准测试风险点 "
                        + RUN.incrementAndGet() + "-" + client + "-" + seq
                        + "\",\"likelihood\":3,\"impact\":3,\"year\":" + YEAR + "}";
                String json = expect(post(base + "/api/risk-points", user(client), body), 201);
                return first(json, "\"businessKey\":\"([^\"]+)\"");
            }

            public String taskId(String user, String businessKey) {
                return first(
                        expect(get(base + "/engine-rest/task?processInstanceBusinessKey=" + businessKey, user), 200),
                        "\"id\":\"([^\"]+)\"");
            }

            public void complete(String user, String taskId, String variables) {
                expect(post(base + "/engine-rest/task/" + taskId + "/complete", user, variables), 204);
            }
        };
    }

    /** Per unit of {@link #UNITS}, the first of its active people who is not the unit head. */
    static Map<String, String> staffByUnit(String base) {
        Map<String, String> staff = new HashMap<>();
        Matcher person = Pattern.compile(
                        "\\{\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"unitId\":\"([^\"]+)\"[^{}]*?\"active\":true,\"roles\":\\[([^\\]]*)\\]")
                .matcher(expect(get(base + "/api/org/people", "office1"), 200));
        while (person.find()) {
            if (!person.group(3).contains("UNIT_HEAD")) {
                staff.putIfAbsent(person.group(2), person.group(1));
            }
        }
        for (String unit : UNITS) {
            if (!staff.containsKey(unit)) {
                throw new IllegalStateException("no staff member in unit " + unit);
            }
        }
        return staff;
    }

    /**
     * Stock: the same shape (bench/stock), REST open as the starter ships it; or, {@code secured}, the
     * same engine with Camunda's authorizations and HTTP Basic on (profile secured), as the unit head.
     */
    static Flavour stock(String base, boolean secured) {
        return new Flavour() {
            public String name() {
                return secured ? "stock+auth" : "stock";
            }

            public String user(int client) {
                return "head-" + UNITS[client % UNITS.length];
            }

            /** Stock's process ends at the approval: the measure is just a variable. */
            public String measureOwner(int client) {
                return user(client);
            }

            public String dbUser() {
                return secured ? "qlsecure" : "qlstock";
            }

            /** Who the request authenticates as: nobody on the open stock engine. */
            private String as(String user) {
                return secured ? user : null;
            }

            public String start(int client, int seq) {
                String key = "bench-" + client + "-" + seq + "-" + System.nanoTime();
                String body = "{\"businessKey\":\"" + key
                        + "\",\"variables\":{\"registrant\":{\"type\":\"String\",\"value\":\"" + user(client)
                        + "\"},\"unitHead\":{\"type\":\"String\",\"value\":\"" + user(client) + "\"}}}";
                expect(
                        post(base + "/engine-rest/process-definition/key/approvalStep/start", as(user(client)), body),
                        200);
                return key;
            }

            public String taskId(String user, String businessKey) {
                return first(
                        expect(
                                get(base + "/engine-rest/task?processInstanceBusinessKey=" + businessKey, as(user)),
                                200),
                        "\"id\":\"([^\"]+)\"");
            }

            public void complete(String user, String taskId, String variables) {
                expect(post(base + "/engine-rest/task/" + taskId + "/complete", as(user), variables), 204);
            }
        };
    }

    /** One approval: register (start), find and complete 制定防控措施, find and complete 单位负责人审批. */
    static void approvalStep(Flavour f, int client, int seq) {
        String user = f.user(client);
        String key = f.start(client, seq);
        f.complete(user, f.taskId(user, key), MEASURES.formatted(f.measureOwner(client)));
        f.complete(user, f.taskId(user, key), APPROVE);
    }

    static void approval(
            String oursUrl,
            long oursPid,
            String stockUrl,
            long stockPid,
            String securedUrl,
            long securedPid,
            int seconds,
            int[] clients)
            throws Exception {
        Flavour stock = stock(stockUrl, false);
        Flavour secured = stock(securedUrl, true);
        Flavour ours = ours(oursUrl);
        // Warm-up until the JIT has compiled the hot paths: with a few seconds, the first levels measured
        // compiled code against interpreted code (stock's CPU per approval still fell by half over the
        // following minute, ours too, at different speeds; ours, the larger app, for longer). 40 s with
        // the JIT threads' CPU left out of the figures; 60 s made the run 16 min on a slow day.
        int warmUp = Math.max(10, 4 * seconds);
        run(stock, 4, warmUp, 0);
        run(secured, 4, warmUp, 0);
        run(ours, 4, warmUp, 0);
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        StringBuilder md = new StringBuilder("## 1. Approval step throughput (registration → first approval)\n\n")
                .append("One approval = start + task query + complete 制定防控措施 + task query + complete 单位负责人审批 ")
                .append("(ours gives the measure to a staff member of the unit, whose 落实措施并报告 task follows). ")
                .append(
                        "The peer is **stock+auth**: the stock starter with Camunda's authorizations on and /engine-rest ")
                .append(
                        "behind Camunda's HTTP Basic filter, as its documentation secures it — what a stock engine must be ")
                .append(
                        "to meet this product's security rules; the open stock engine (the starter's defaults: REST open, ")
                .append("authorization off, history full) is shown for information. After a warm-up of ")
                .append(warmUp)
                .append(" s each at 4 clients, ")
                .append(rounds)
                .append(" rounds of ")
                .append(seconds)
                .append(" s per app and level, the three apps alternating within each round, so that other load on ")
                .append(
                        "the machine hits them alike; each figure is the **median of the rounds** (ratios: the median of ")
                .append("each round's ratio). ")
                .append("CPU ms = the app JVM's own CPU time per approval (/proc/<pid>/stat) less its JIT compiler ")
                .append(
                        "threads', plus the database server's CPU time for the app's statements (`USER_STATISTICS.CPU_TIME` ")
                .append("of the app's database user); app and database share the machine's cores.\n\n")
                .append(
                        "| clients | stock approvals/s | stock+auth approvals/s | ours approvals/s | ours ÷ stock+auth ")
                .append(
                        "(target ≥ 1.2×) | app + DB CPU ms/approval stock+auth / ours (target: ours ≤) | ours ÷ stock |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int c : clients) {
            List<double[]> s = new ArrayList<>();
            List<double[]> a = new ArrayList<>();
            List<double[]> o = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                s.add(run(stock, c, seconds, stockPid));
                a.add(run(secured, c, seconds, securedPid));
                o.add(run(ours, c, seconds, oursPid));
            }
            List<Double> ratios = new ArrayList<>();
            List<Double> stockRatios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add(o.get(r)[0] / a.get(r)[0]);
                stockRatios.add(o.get(r)[0] / s.get(r)[0]);
            }
            double ratio = median(ratios);
            double cpuSecured = median(a.stream().map(x -> x[1] + x[2]).toList());
            double cpuOurs = median(o.stream().map(x -> x[1] + x[2]).toList());
            md.append("| %d | %.1f | %.1f | %.1f | **%.2f×** %s (rounds %s) | %.1f / %.1f %s | %.2f× |\n"
                    .formatted(
                            c,
                            median(s.stream().map(x -> x[0]).toList()),
                            median(a.stream().map(x -> x[0]).toList()),
                            median(o.stream().map(x -> x[0]).toList()),
                            ratio,
                            ratio >= 1.2 ? "met" : "missed",
                            ratios.stream().map(x -> "%.2f".formatted(x)).toList(),
                            cpuSecured,
                            cpuOurs,
                            cpuOurs <= cpuSecured ? "met" : "missed",
                            median(stockRatios)));
            System.err.printf("approval %d clients: ours ÷ stock+auth %s%n", c, ratios);
        }
        emit(md);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * CPU time (user + system) of a process so far, in ms, less what its JIT compiler threads used: on
     * 2 cores the compilers were still busy minutes into the load, and counting them made the CPU per
     * approval depend on how long each app had been warmed up rather than on the work it does. (A
     * compiler thread that exits during a level puts all its CPU back into the app's figure; on 2
     * cores the JVM keeps its minimum of one C1 and one C2 thread, which never exit.)
     */
    static double cpuMs(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            double compilers = 0;
            try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
                for (Path thread : threads.toList()) {
                    String stat = readOrEmpty(thread.resolve("stat"));
                    String name = stat.isEmpty() ? "" : stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        compilers += ticksMs(stat);
                    }
                }
            }
            return ticksMs(Files.readString(Path.of("/proc/" + pid + "/stat"))) - compilers;
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime of a /proc stat line, in ms (clock ticks of 10 ms). */
    static double ticksMs(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
    }

    static String readOrEmpty(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ended) {
            return ""; // the thread ended meanwhile
        }
    }

    /**
     * Runs {@code clients} loops for {@code seconds}; returns {approvals/s, app CPU ms per approval,
     * database CPU ms per approval}.
     */
    static double[] run(Flavour f, int clients, int seconds, long pid) throws Exception {
        double cpu0 = cpuMs(pid);
        double db0 = dbCpuMs(f.dbUser());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                int seq = 0;
                while (System.nanoTime() < end) {
                    try {
                        approvalStep(f, client, seq++);
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        if (errors.incrementAndGet() < 5) {
                            System.err.println(f.name() + ": " + e.getMessage());
                        }
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.err.printf(
                "%s %d clients: %d approvals in %.1f s, %d errors%n",
                f.name(), clients, done.get(), elapsed, errors.get());
        if (errors.get() > 0) {
            throw new IllegalStateException(f.name() + ": " + errors.get() + " errors");
        }
        return new double[] {
            done.get() / elapsed,
            (cpuMs(pid) - cpu0) / Math.max(1, done.get()),
            (dbCpuMs(f.dbUser()) - db0) / Math.max(1, done.get())
        };
    }

    // ---------------------------------------------------------------- 2. SQL round trips

    /** CPU the server spent on the statements of one database user so far, in ms (MariaDB userstat). */
    static double dbCpuMs(String dbUser) {
        String value = sh(
                        "mysql",
                        "-uroot",
                        "-N",
                        "-B",
                        "-e",
                        "SELECT CPU_TIME FROM information_schema.USER_STATISTICS WHERE USER='" + dbUser + "'")
                .trim();
        return value.isEmpty() ? 0 : Double.parseDouble(value) * 1000;
    }

    /** A 查改剖 campaign for everyone this year, as the Party office launches it over /api. */
    static String campaign(String name, String slug) {
        return "{\"name\":\"" + name + "\",\"year\":" + YEAR + ",\"slug\":\"" + slug + "\",\"checkDue\":\"2026-12-10\","
                + "\"correctDue\":\"2026-12-17\",\"analyseDue\":\"2026-12-24\",\"reviewDue\":\"2026-12-31\","
                + "\"minAnalysisLength\":10,\"spotCheckRate\":0.1}";
    }

    /** Per-user statement counters of MariaDB's userstat plugin; the driver itself uses another user. */
    static long[] userStats(String dbUser) {
        String sql =
                "SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS, COMMIT_TRANSACTIONS, ROWS_INSERTED, ROWS_UPDATED "
                        + "FROM information_schema.USER_STATISTICS WHERE USER='" + dbUser + "'";
        String line = sh("mysql", "-uroot", "-N", "-B", "-e", sql).trim();
        if (line.isEmpty()) {
            return new long[6];
        }
        String[] f = line.split("\\s+");
        long[] v = new long[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Long.parseLong(f[i]);
        }
        return v;
    }

    static final String[] PHASES = {
        "start (register)", "task query", "complete middle task (制定防控措施)", "complete last task (单位负责人审批)"
    };

    static void roundTrips(String oursUrl, String stockUrl, String securedUrl, int n) throws Exception {
        Map<String, double[][]> result = new LinkedHashMap<>();
        Map<String, Double> idle = new HashMap<>();
        for (Flavour f : List.of(stock(stockUrl, false), stock(securedUrl, true), ours(oursUrl))) {
            String dbUser = f.dbUser();
            // Background statements (job acquisition, pool house-keeping) over an idle window.
            long[] i0 = userStats(dbUser);
            long ti = System.nanoTime();
            Thread.sleep(2000);
            long[] i1 = userStats(dbUser);
            double idlePerMs = total(diff(i1, i0)) / ((System.nanoTime() - ti) / 1e6);
            idle.put(f.name(), idlePerMs);
            double[][] sums = new double[PHASES.length][6];
            double[] ms = new double[PHASES.length];
            for (int i = 0; i < n; i++) {
                String user = f.user(0);
                long[] s0 = userStats(dbUser);
                long t = System.nanoTime();
                String key = f.start(0, 100_000 + i);
                long[] s1 = userStats(dbUser);
                ms[0] += (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                String task = f.taskId(user, key);
                long[] s2 = userStats(dbUser);
                ms[1] += (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                f.complete(user, task, MEASURES.formatted(f.measureOwner(0)));
                long[] s3 = userStats(dbUser);
                ms[2] += (System.nanoTime() - t) / 1e6;
                task = f.taskId(user, key);
                long[] s4 = userStats(dbUser);
                t = System.nanoTime();
                f.complete(user, task, APPROVE);
                long[] s5 = userStats(dbUser);
                ms[3] += (System.nanoTime() - t) / 1e6;
                add(sums[0], diff(s1, s0));
                add(sums[1], diff(s2, s1));
                add(sums[2], diff(s3, s2));
                add(sums[3], diff(s5, s4));
            }
            for (double[] row : sums) {
                for (int k = 0; k < row.length; k++) {
                    row[k] /= n;
                }
            }
            result.put(f.name(), sums);
            System.err.printf(
                    "%s: idle %.4f statements/ms; mean ms per phase %s%n",
                    f.name(),
                    idlePerMs,
                    java.util.Arrays.toString(
                            java.util.Arrays.stream(ms).map(x -> x / n).toArray()));
        }
        StringBuilder md = new StringBuilder("## 2. SQL round trips per step\n\n")
                .append("Statements the app's own database user sent (MariaDB `information_schema.USER_STATISTICS`, ")
                .append("`userstat=ON`; the driver reads it as another user), mean of ")
                .append(n)
                .append(
                        " sequential approvals. total = SELECT + UPDATE (insert/update/delete) + OTHER (SET, COMMIT, …). ")
                .append("Idle background: stock %.2f, stock+auth %.2f, ours %.2f statements/s (not subtracted).\n\n"
                        .formatted(idle.get("stock") * 1000, idle.get("stock+auth") * 1000, idle.get("ours") * 1000))
                .append(
                        "| step | stock total (sel/upd/other) | stock+auth total | ours total (sel/upd/other) | ours − stock ")
                .append("| rows written stock / stock+auth / ours |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (int p = 0; p < PHASES.length; p++) {
            double[] s = result.get("stock")[p];
            double[] a = result.get("stock+auth")[p];
            double[] o = result.get("ours")[p];
            md.append("| %s | %.1f (%.1f/%.1f/%.1f) | %.1f | %.1f (%.1f/%.1f/%.1f) | %+.1f | %.1f / %.1f / %.1f |\n"
                    .formatted(
                            PHASES[p],
                            s[0] + s[1] + s[2],
                            s[0],
                            s[1],
                            s[2],
                            a[0] + a[1] + a[2],
                            o[0] + o[1] + o[2],
                            o[0],
                            o[1],
                            o[2],
                            (o[0] + o[1] + o[2]) - (s[0] + s[1] + s[2]),
                            s[4] + s[5],
                            a[4] + a[5],
                            o[4] + o[5]));
        }
        emit(md);
    }

    static long[] diff(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - (i < b.length ? b[i] : 0);
        }
        return d;
    }

    static void add(double[] sum, long[] d) {
        for (int i = 0; i < sum.length && i < d.length; i++) {
            sum[i] += d[i];
        }
    }

    static long total(long[] d) {
        return d.length < 3 ? 0 : d[0] + d[1] + d[2];
    }

    // ---------------------------------------------------------------- 3. campaigns

    static void campaign(String base, long pid, String label) throws Exception {
        HeapSampler heap = new HeapSampler(pid);
        Thread sampler = new Thread(heap);
        sampler.setDaemon(true);
        sampler.start();
        StringBuilder md = new StringBuilder("## 3. Campaigns, " + label + "\n\n")
                .append(
                        "| what | organisation | people | tasks | tasks exist after s | completions/s (8 clients) | p50 ms | p95 ms | p99 ms | errors |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int people = occurrences(expect(get(base + "/api/org/people", "office1"), 200), "\"id\":\"");

        // 查改剖: launch for the whole organisation, wait for every member's 查 task, complete them all.
        String body = campaign("基准测试查改剖", "bench");
        noticesSettled();
        long t0 = System.nanoTime();
        long launchedAtMillis = System.currentTimeMillis();
        long noticesBefore = fakeChannelCount();
        expect(post(base + "/api/self-review/campaigns", "office1", body), 201);
        String checkTasks =
                base + "/engine-rest/task/count?processDefinitionKey=selfReviewMember&taskDefinitionKey=userTask_check";
        double created = waitFor(() -> count(base, checkTasks) >= people, 900);
        double createdAt = (System.nanoTime() - t0) / 1e9;
        List<String[]> tasks = tasks(base, "processDefinitionKey=selfReviewMember&taskDefinitionKey=userTask_check");
        Stats sr = completeAll(base, tasks, t -> "{}");
        md.append(row("查改剖 campaign", label, people, tasks.size(), createdAt, sr));
        String notices = noticesDelivered(noticesBefore, tasks.size(), launchedAtMillis, createdAt);
        System.err.printf(
                "self-review: %d people, %d tasks created in %.1f s (%s)%n", people, tasks.size(), created, sr);

        // 责任书: approve the draft, then drive the cascade level by level until no task is left.
        long t1 = System.nanoTime();
        expect(post(base + "/api/letters", "office1", "{\"year\":" + YEAR + "}"), 201);
        Stats letters = new Stats();
        double waiting = 0;
        String letterTasks = "processDefinitionKeyIn=responsibilityLetter,letterSigning";
        while (true) {
            long w = System.nanoTime();
            waitFor(() -> count(base, base + "/engine-rest/job/count?executable=true&withRetriesLeft=true") == 0, 900);
            List<String[]> open = tasks(base, letterTasks);
            waiting += (System.nanoTime() - w) / 1e9;
            if (open.isEmpty()) {
                break;
            }
            Stats round = completeAll(base, open, t -> switch (t[2]) {
                case "userTask_sign" -> "{\"variables\":{\"signed\":{\"type\":\"Boolean\",\"value\":true}}}";
                case "userTask_approveDraft" -> "{\"variables\":{\"approved\":{\"type\":\"Boolean\",\"value\":true}}}";
                default -> "{}";
            });
            letters.merge(round);
            if (round.errors.get() > 0) {
                break; // the failed tasks would stay open: report, do not loop
            }
        }
        double cascade = (System.nanoTime() - t1) / 1e9;
        md.append(row("责任书 cascade", label, people, letters.count(), waiting, letters));
        System.err.printf(
                "letters: %d tasks, %.1f s in all, %.1f s waiting for tasks (%s)%n",
                letters.count(), cascade, waiting, letters);
        heap.stop = true;
        sampler.join();
        String hwm = vmHwm(pid);
        md.append(
                "\nPeak heap in use (`jstat -gc` every 0.5 s) %.0f MiB; peak RSS (VmHWM) %s; cascade wall time %.1f s.\n\n"
                        .formatted(heap.peak / 1048576.0, hwm, cascade));
        md.append(notices);
        emitRaw(md);
        figure(label, "people", people);
        figure(label, "campaignCreatedS", createdAt);
        figure(label, "campaignRate", sr.rate());
        figure(label, "campaignErrors", sr.errors.get());
        figure(label, "cascadeTasks", letters.count());
        figure(label, "cascadeCreatedS", waiting);
        figure(label, "cascadeRate", letters.rate());
        figure(label, "cascadeErrors", letters.errors.get());
        figure(label, "heapMiB", heap.peak / 1048576.0);
        figure(label, "noticesLastS", lastNoticeAfter);
    }

    /** Key figures of each size, kept beside the results file for the city's ratios (part 6). */
    static void figure(String label, String name, double value) throws IOException {
        Files.writeString(
                figures(),
                label + "\t" + name + "\t" + value + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static Path figures() {
        return out.resolveSibling("figures.tsv");
    }

    static Map<String, Double> figuresOf(String label) throws IOException {
        Map<String, Double> found = new HashMap<>();
        for (String line : Files.readAllLines(figures())) {
            String[] f = line.split("\t");
            if (f[0].equals(label)) {
                found.put(f[1], Double.parseDouble(f[2]));
            }
        }
        return found;
    }

    /** Part 6: the city against the 6,000-person organisation of the same run, as issue #26 sets the targets. */
    static void cityRatios(String large, String city) throws IOException {
        Map<String, Double> l = figuresOf(large);
        Map<String, Double> c = figuresOf(city);
        double people = c.get("people") / l.get("people");
        StringBuilder md = new StringBuilder("## 6. City scale: " + city + " against " + large + "\n\n")
                .append("Both on fresh databases in this run; %.2f× the people. Targets: every task exists within 3.5× "
                        .formatted(people))
                .append("the time (near-linear), completions at ≥ 0.9× the rate, 0 errors, heap < 1 GiB, the campaign ")
                .append(
                        "已完成 within 10 s of its last review at both sizes, the launch's notices delivered within 5 min.\n\n")
                .append("| figure | " + large + " | " + city
                        + " | ratio | target | met? |\n|---|---:|---:|---:|---|---|\n");
        ratioRow(md, "查改剖: every 查 task exists after s", l, c, "campaignCreatedS", 3.5, false);
        ratioRow(md, "查改剖: completions/s", l, c, "campaignRate", 0.9, true);
        ratioRow(md, "责任书: waiting for its tasks, s", l, c, "cascadeCreatedS", 3.5, false);
        ratioRow(md, "责任书: completions/s", l, c, "cascadeRate", 0.9, true);
        double errors =
                c.get("campaignErrors") + c.get("cascadeErrors") + l.get("campaignErrors") + l.get("cascadeErrors");
        md.append("| errors (both, both sizes) | %.0f | %.0f | | 0 | %s |\n"
                .formatted(
                        l.get("campaignErrors") + l.get("cascadeErrors"),
                        c.get("campaignErrors") + c.get("cascadeErrors"),
                        errors == 0 ? "met" : "missed"));
        md.append("| peak heap in use, MiB | %.0f | %.0f | | < 1024 | %s |\n"
                .formatted(
                        l.get("heapMiB"),
                        c.get("heapMiB"),
                        Math.max(l.get("heapMiB"), c.get("heapMiB")) < 1024 ? "met" : "missed"));
        if (c.containsKey("completedAfterS") && l.containsKey("completedAfterS")) {
            md.append("| 已完成 after the last review, s | %.1f | %.1f | | ≤ 10 | %s |\n"
                    .formatted(
                            l.get("completedAfterS"),
                            c.get("completedAfterS"),
                            Math.max(l.get("completedAfterS"), c.get("completedAfterS")) <= 10 ? "met" : "missed"));
        }
        if (c.getOrDefault("noticesLastS", 0.0) > 0) {
            md.append("| the launch's last notice at the fake 钉钉, s | %.1f | %.1f | | ≤ 300 | %s |\n"
                    .formatted(
                            l.get("noticesLastS"),
                            c.get("noticesLastS"),
                            c.get("noticesLastS") <= 300 ? "met" : "missed"));
        }
        emit(md);
    }

    static void ratioRow(
            StringBuilder md,
            String what,
            Map<String, Double> l,
            Map<String, Double> c,
            String key,
            double target,
            boolean atLeast) {
        double ratio = c.get(key) / l.get(key);
        boolean met = atLeast ? ratio >= target : ratio <= target;
        md.append("| %s | %.1f | %.1f | %.2f× | %s %.1f× | %s |\n"
                .formatted(what, l.get(key), c.get(key), ratio, atLeast ? "≥" : "≤", target, met ? "met" : "missed"));
    }

    // ---------------------------------------------------------------- part 9: the fan-out with and without notices

    /**
     * One launch of the 查改剖 for everyone, timed until every member's 查 task exists, nothing else
     * running; {@code run} names it ("with-1", "without-1", …) in figures.tsv. With the channel every task's
     * 待办 is also queued for the fake 钉钉 in the task's transaction and sent after commit while the
     * fan-out goes on; without it only the in-app notice is written.
     */
    static void fanOut(String base, String label, String run) throws Exception {
        int people = occurrences(expect(get(base + "/api/org/people", "office1"), 200), "\"id\":\"");
        String body = campaign("基准测试查改剖", "fanout");
        noticesSettled();
        long t0 = System.nanoTime();
        expect(post(base + "/api/self-review/campaigns", "office1", body), 201);
        String checkTasks =
                base + "/engine-rest/task/count?processDefinitionKey=selfReviewMember&taskDefinitionKey=userTask_check";
        waitFor(() -> count(base, checkTasks) >= people, 900);
        double createdAt = (System.nanoTime() - t0) / 1e9;
        System.err.printf("fan-out %s, %s: %d tasks after %.1f s%n", label, run, people, createdAt);
        figure("fanout " + label, run, createdAt);
        figure("fanout " + label, "people", people);
    }

    /** Part 9's table: each round with and without the channel, the medians and their ratio (target ≤ 1.1). */
    static void fanOutSummary(String label) throws IOException {
        Map<String, Double> f = figuresOf("fanout " + label);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        StringBuilder md = new StringBuilder("## 9. The launch's fan-out with and without notices, " + label + "\n\n")
                .append(
                        "Each launch on a fresh database with the demo organisation (%.0f people) and nothing else running: "
                                .formatted(f.get("people")))
                .append("the time until every member's 查 task exists. *With*: every person has a 钉钉 id and every 待办 ")
                .append(
                        "is queued for the fake 钉钉 in its task's transaction and sent after commit while the fan-out goes ")
                .append(
                        "on (as in part 3); *without*: no channel, only the in-app notice. Alternating rounds; the target: ")
                .append(
                        "with ≤ 1.1× without (the medians).\n\n| round | with notices, s | without, s | ratio |\n|---:|---:|---:|---:|\n");
        for (int r = 1; f.containsKey("with-" + r) && f.containsKey("without-" + r); r++) {
            with.add(f.get("with-" + r));
            without.add(f.get("without-" + r));
            md.append("| %d | %.1f | %.1f | %.2f× |\n"
                    .formatted(r, with.get(r - 1), without.get(r - 1), with.get(r - 1) / without.get(r - 1)));
        }
        double ratio = median(with) / median(without);
        md.append("| median | %.1f | %.1f | **%.2f×** %s |\n\n"
                .formatted(median(with), median(without), ratio, ratio <= 1.1 ? "met" : "missed"));
        emit(md);
    }

    // ---------------------------------------------------------------- notices to a fake 钉钉

    /** How many work notices the fake 钉钉 has received, and when the last came (epoch ms); zeros without one. */
    static long[] fakeChannelStats() {
        String fake = System.getenv("BENCH_FAKE_CHANNEL");
        if (fake == null || fake.isBlank()) {
            return new long[] {0, 0};
        }
        try {
            String stats = HTTP.send(
                            HttpRequest.newBuilder(URI.create(fake + "/stats")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            return new long[] {
                Long.parseLong(first(stats, "\"count\":(\\d+)")), Long.parseLong(first(stats, "\"last\":(\\d+)"))
            };
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the fake 钉钉 does not answer: " + e);
        }
    }

    /** When the last launch's last notice arrived, s after the launch (0 without a fake 钉钉). */
    static double lastNoticeAfter;

    /** Waits until the demo data's own notices (study requests, sessions) have all reached the fake 钉钉. */
    static void noticesSettled() throws InterruptedException {
        long seen = -1;
        for (int i = 0; i < 120 && fakeChannelCount() != seen; i++) {
            seen = fakeChannelCount();
            Thread.sleep(3000);
        }
    }

    static long fakeChannelCount() {
        return fakeChannelStats()[0];
    }

    /** Waits for the launch's notices at the fake 钉钉; the line part 3 reports (empty without a fake). */
    static String noticesDelivered(long before, int expected, long launchedAtMillis, double tasksAfter)
            throws InterruptedException {
        if (System.getenv("BENCH_FAKE_CHANNEL") == null) {
            return "";
        }
        waitFor(() -> fakeChannelCount() - before >= expected, 900);
        long[] stats = fakeChannelStats();
        double lastAfter = (stats[1] - launchedAtMillis) / 1000.0;
        lastNoticeAfter = lastAfter;
        System.err.printf(
                "notices: %d 待办 at the fake 钉钉, the last %.1f s after the launch%n", stats[0] - before, lastAfter);
        return ("Notices of the launch: %d 待办, one per member, each written in its task's transaction and sent"
                        + " after commit to a fake 钉钉 (a local HTTP server): the last arrived %.1f s after the launch"
                        + " (every task existed after %.1f s).%n%n")
                .formatted(stats[0] - before, lastAfter, tasksAfter);
    }

    /** A fake 钉钉 oapi: a token, work notices counted (and the time of the last), GET /stats. */
    static void fakeChannel(int port) throws Exception {
        AtomicLong count = new AtomicLong();
        AtomicLong last = new AtomicLong();
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(
                "/gettoken", x -> answer(x, "{\"errcode\":0,\"access_token\":\"bench\",\"expires_in\":7200}"));
        server.createContext("/topapi/message/corpconversation/asyncsend_v2", x -> {
            x.getRequestBody().readAllBytes();
            count.incrementAndGet();
            last.set(System.currentTimeMillis());
            answer(x, "{\"errcode\":0,\"task_id\":1}");
        });
        server.createContext("/stats", x -> answer(x, "{\"count\":" + count.get() + ",\"last\":" + last.get() + "}"));
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        Thread.currentThread().join();
    }

    static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    static String row(String what, String label, int people, int tasks, double createdSeconds, Stats s) {
        return "| %s | %s | %d | %d | %.1f | %.1f | %.0f | %.0f | %.0f | %d |\n"
                .formatted(
                        what,
                        label,
                        people,
                        tasks,
                        createdSeconds,
                        s.rate(),
                        s.percentile(50),
                        s.percentile(95),
                        s.percentile(99),
                        s.errors.get());
    }

    /** Completes every task as its assignee with 8 concurrent clients. */
    static Stats completeAll(String base, List<String[]> tasks, java.util.function.Function<String[], String> variables)
            throws Exception {
        return completeAll(List.of(base), tasks, variables);
    }

    /** The same, the clients spread over several nodes of one database. */
    static Stats completeAll(
            List<String> bases, List<String[]> tasks, java.util.function.Function<String[], String> variables)
            throws Exception {
        Stats stats = new Stats();
        ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            String base = bases.get(c % bases.size());
            futures.add(pool.submit(() -> {
                String[] t;
                while ((t = queue.poll()) != null) {
                    long s = System.nanoTime();
                    HttpResponse<String> r =
                            post(base + "/engine-rest/task/" + t[0] + "/complete", t[1], variables.apply(t));
                    stats.record((System.nanoTime() - s) / 1e6, r.statusCode() == 204);
                    if (r.statusCode() != 204 && stats.errors.get() <= 3) {
                        System.err.println("complete " + t[2] + " as " + t[1] + ": " + r.statusCode() + " " + r.body());
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        stats.seconds += (System.nanoTime() - t0) / 1e9;
        return stats;
    }

    /** Open tasks as {id, assignee, taskDefinitionKey}, read by the administrator. */
    static List<String[]> tasks(String base, String filter) {
        List<String[]> all = new ArrayList<>();
        Pattern p = Pattern.compile(
                "\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"assignee\":\"([^\"]+)\".*?\"taskDefinitionKey\":\"([^\"]+)\"");
        for (int first = 0; ; first += 1000) {
            String json = expect(
                    get(base + "/engine-rest/task?" + filter + "&firstResult=" + first + "&maxResults=1000", "demo"),
                    200);
            int before = all.size();
            for (String item : json.split("\\},\\{")) {
                Matcher m = p.matcher(item);
                if (m.find()) {
                    all.add(new String[] {m.group(1), m.group(2), m.group(3)});
                }
            }
            if (all.size() - before < 1000) {
                return all;
            }
        }
    }

    static int count(String base, String url) {
        return Integer.parseInt(first(expect(get(url, "demo"), 200), "\"count\":(\\d+)"));
    }

    static double waitFor(java.util.function.BooleanSupplier done, int maxSeconds) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!done.getAsBoolean()) {
            if ((System.nanoTime() - t0) / 1e9 > maxSeconds) {
                throw new IllegalStateException("gave up after " + maxSeconds + " s");
            }
            Thread.sleep(250);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static String vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return "%.0f MiB".formatted(kb / 1024.0);
                }
            }
        } catch (IOException e) {
            return "n/a";
        }
        return "n/a";
    }

    /** Peak heap in use, from `jstat -gc <pid> 500` (survivor + eden + old, KB): no endpoint to open for it. */
    static final class HeapSampler implements Runnable {
        final long pid;
        volatile boolean stop;
        volatile double peak;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        public void run() {
            Process jstat;
            try {
                jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "500")
                        .redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                return;
            }
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line; !stop && (line = lines.readLine()) != null; ) {
                    List<String> cells = List.of(line.trim().split("\\s+"));
                    if (cells.contains("EU")) {
                        header = cells;
                    } else if (header != null && cells.size() == header.size()) {
                        double kb = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            kb += Double.parseDouble(cells.get(header.indexOf(column)));
                        }
                        peak = Math.max(peak, kb * 1024);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the app stopped: keep the peak seen so far
            } finally {
                jstat.destroy();
            }
        }
    }

    // ---------------------------------------------------------------- 5. a campaign's end

    /**
     * Drives part 3's campaign (the database's first) to its end — every member's 剖, every branch
     * secretary's approval, every spot check — and measures how long after the last of them the campaign
     * is 已完成. Units ending together used to collide on the campaign and wait a minute for their retry.
     */
    static void completion(String base, String label) throws Exception {
        // Each member's review is keyed "campaign key:member id".
        String filter = "processDefinitionKey=selfReviewMember&processInstanceBusinessKeyLike=self-review-" + YEAR
                + "-bench:%25";
        Stats steps = new Stats();
        long lastStep = System.nanoTime();
        List<String[]> open;
        while (!(open = tasks(base, filter)).isEmpty()) {
            Stats round = completeAll(base, open, t -> switch (t[2]) {
                case "userTask_analyse" -> "{\"variables\":{\"analysis\":{\"value\":\"理想信念有所松懈，对标对表不够经常，需持续改进。\"}}}";
                case "userTask_branchReview" ->
                    "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}}}";
                case "userTask_spotCheck" -> "{\"variables\":{\"spotCheckPassed\":{\"value\":true}}}";
                default -> "{}";
            });
            lastStep = System.nanoTime();
            steps.merge(round);
            if (round.errors.get() > 0) {
                break;
            }
        }
        String campaign = base + "/api/self-review/campaigns/1";
        waitFor(() -> expect(get(campaign, "office1"), 200).contains("\"status\":\"COMPLETED\""), 900);
        double completedAfter = (System.nanoTime() - lastStep) / 1e9;
        StringBuilder md = new StringBuilder("## 5. A campaign's end, " + label + "\n\n")
                .append(
                        "| steps to its end (剖, 审核, 抽查) | completions/s (8 clients) | p95 ms | errors | 已完成 after its last review, s |\n")
                .append("|---:|---:|---:|---:|---:|\n")
                .append("| %d | %.1f | %.0f | %d | %.1f |\n\n"
                        .formatted(
                                steps.count(), steps.rate(), steps.percentile(95), steps.errors.get(), completedAfter));
        System.err.printf(
                "campaign end: %d steps, 已完成 %.1f s after the last review (%s)%n",
                steps.count(), completedAfter, steps);
        emitRaw(md);
        figure(label, "completedAfterS", completedAfter);
    }

    // ---------------------------------------------------------------- 4. query latency

    static void queries(String base, int samples) throws Exception {
        // A second campaign for everyone: its 查 tasks join the 剖 tasks part 3 left open (≈ 2 per person).
        String body = campaign("基准测试查改剖（二）", "bench2");
        expect(post(base + "/api/self-review/campaigns", "office1", body), 201);
        waitFor(() -> count(base, base + "/engine-rest/job/count?executable=true&withRetriesLeft=true") == 0, 900);
        String campaign = first(
                expect(
                        get(
                                base
                                        + "/engine-rest/history/process-instance?processDefinitionKey=selfReview&maxResults=1",
                                "demo"),
                        200),
                "\"businessKey\":\"([^\"]+)\"");
        String campaignId = first(expect(get(base + "/api/self-review/campaigns/1", "office1"), 200), "\"id\":(\\d+)");
        String reviewer = System.getenv().getOrDefault("BENCH_REVIEWER", "bs-b1");
        String reviewerUnit = System.getenv().getOrDefault("BENCH_REVIEWER_UNIT", "");
        if (!reviewerUnit.isEmpty()) {
            openReviewsFor(base, reviewerUnit);
        }
        int officeTasks = Integer.parseInt(System.getenv().getOrDefault("BENCH_OFFICE_TASKS", "0"));
        if (officeTasks > 0) {
            proposeProjects(base, officeTasks);
        }
        String sizes = sh(
                        "mysql",
                        "-uroot",
                        "-N",
                        "-B",
                        "-e",
                        "SELECT (SELECT COUNT(*) FROM ACT_RU_TASK), "
                                + "(SELECT COUNT(*) FROM ACT_HI_ACTINST)+(SELECT COUNT(*) FROM ACT_HI_TASKINST)+(SELECT COUNT(*) FROM ACT_HI_PROCINST)"
                                + "+(SELECT COUNT(*) FROM ACT_HI_VARINST)+(SELECT COUNT(*) FROM ACT_HI_IDENTITYLINK)+(SELECT COUNT(*) FROM ACT_HI_OP_LOG)"
                                + "+(SELECT COUNT(*) FROM ACT_HI_DETAIL), (SELECT COUNT(*) FROM audit_record)",
                        System.getenv().getOrDefault("BENCH_DB", "qinglian_bench"))
                .trim();
        String[] n = sizes.split("\\s+");
        Map<String, String[]> calls = new LinkedHashMap<>();
        String member = System.getenv().getOrDefault("BENCH_MEMBER", "m0001");
        calls.put("待办 `/api/tasks/todo` (" + member + ")", new String[] {member, "/api/tasks/todo?page=1&size=20"});
        calls.put(
                "待办 `/api/tasks/todo` (" + reviewer + ", 支部书记)",
                new String[] {reviewer, "/api/tasks/todo?page=1&size=20"});
        if (officeTasks > 0) {
            calls.put("待办 `/api/tasks/todo` (office1, 党办)", new String[] {"office1", "/api/tasks/todo?page=1&size=20"});
        }
        calls.put("已办 `/api/tasks/done` (" + member + ")", new String[] {member, "/api/tasks/done?page=1&size=20"});
        calls.put(
                "coverage `/api/self-review/campaigns/" + campaignId + "/coverage` (office1)",
                new String[] {"office1", "/api/self-review/campaigns/" + campaignId + "/coverage"});
        calls.put(
                "report card `/api/dashboard?year=" + YEAR + "` (office1)",
                new String[] {"office1", "/api/dashboard?year=" + YEAR});
        StringBuilder md = new StringBuilder("## 4. Query latency\n\n")
                .append(
                        "Database at measurement: %s open tasks, %s engine history rows (ACT_HI_*), %s audit rows; campaign %s. "
                                .formatted(n[0], n[1], n[2], campaign))
                .append(samples)
                .append(" sequential calls each after 20 warm-up calls, one client.\n\n")
                .append("| query | open tasks of the caller | p50 ms | p95 ms | max ms | errors |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String[]> call : calls.entrySet()) {
            String open = call.getValue()[1].startsWith("/api/tasks/todo")
                    ? first(expect(get(base + call.getValue()[1], call.getValue()[0]), 200), "\"total\":(\\d+)")
                    : "";
            Stats s = new Stats();
            for (int i = 0; i < 20 + samples; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = get(base + call.getValue()[1], call.getValue()[0]);
                if (i >= 20) {
                    s.record((System.nanoTime() - t) / 1e6, r.statusCode() == 200);
                }
            }
            md.append("| %s | %s | %.1f | %.1f | %.1f | %d |\n"
                    .formatted(
                            call.getKey(),
                            open,
                            s.percentile(50),
                            s.percentile(95),
                            s.percentile(100),
                            s.errors.get()));
        }
        emit(md);
    }

    /** Completes the 剖 of every member of one unit, so that its branch secretary has their reviews open. */
    static void openReviewsFor(String base, String unitId) throws Exception {
        Set<String> members = new HashSet<>();
        Matcher person = Pattern.compile(
                        "\\{\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"unitId\":\"" + Pattern.quote(unitId) + "\"")
                .matcher(expect(get(base + "/api/org/people", "office1"), 200));
        while (person.find()) {
            members.add(person.group(1));
        }
        List<String[]> analyses = tasks(
                        base,
                        "processDefinitionKey=selfReviewMember&taskDefinitionKey=userTask_analyse"
                                + "&processInstanceBusinessKeyLike=self-review-" + YEAR + "-bench:%25")
                .stream()
                .filter(t -> members.contains(t[1]))
                .toList();
        Stats done = completeAll(
                base, analyses, t -> "{\"variables\":{\"analysis\":{\"value\":\"理想信念有所松懈，对标对表不够经常，需持续改进。\"}}}");
        System.err.printf("%s: %d 剖 completed for their branch secretary (%s)%n", unitId, analyses.size(), done);
    }

    /** Branch secretaries propose {@code count} 书记领办 projects: each puts a 党办审核 before the Party office's group. */
    static void proposeProjects(String base, int count) throws Exception {
        List<String> secretaries = new ArrayList<>();
        Matcher person = Pattern.compile(
                        "\\{\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"unitId\":\"[^\"]+\"[^{}]*?\"active\":true,\"roles\":\\[([^\\]]*)\\]")
                .matcher(expect(get(base + "/api/org/people", "office1"), 200));
        while (person.find()) {
            if (person.group(2).contains("BRANCH_SECRETARY")) {
                secretaries.add(person.group(1));
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    String body = "{\"title\":\"基准测试领办项目 " + RUN.incrementAndGet() + "\",\"problem\":\"党建和业务“两张皮”\","
                            + "\"businessWork\":\"老旧小区改造\",\"goals\":\"年内改造小区 30 个\",\"measures\":\"组建临时党支部\","
                            + "\"expectedResults\":\"群众满意率 95% 以上\",\"milestones\":[{\"title\":\"领题立项\",\"dueDate\":\""
                            + YEAR + "-12-20\"}],\"team\":[],\"year\":" + YEAR + "}";
                    HttpResponse<String> r =
                            post(base + "/api/secretary-projects", secretaries.get(i % secretaries.size()), body);
                    if (r.statusCode() != 201 && errors.incrementAndGet() <= 3) {
                        System.err.println("project: " + r.statusCode() + " " + r.body());
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        if (errors.get() > 0) {
            throw new IllegalStateException(errors.get() + " projects refused");
        }
        System.err.printf("%d projects proposed by %d branch secretaries%n", count, secretaries.size());
    }

    // ---------------------------------------------------------------- 7. history cleanup

    /** Engine tables whose rows carry a removal time (the engine's cleanup deletes by it). */
    static List<String> removalTables(String db) {
        return List.of(sh(
                        "mysql",
                        "-uroot",
                        "-N",
                        "-B",
                        "-e",
                        "SELECT c1.TABLE_NAME FROM information_schema.COLUMNS c1 JOIN information_schema.COLUMNS c2"
                                + " ON c2.TABLE_SCHEMA = c1.TABLE_SCHEMA AND c2.TABLE_NAME = c1.TABLE_NAME"
                                + " AND c2.COLUMN_NAME = 'ROOT_PROC_INST_ID_' WHERE c1.TABLE_SCHEMA = '" + db
                                + "' AND c1.COLUMN_NAME = 'REMOVAL_TIME_'")
                .trim()
                .split("\\s+"));
    }

    static long sqlLong(String db, String sql) {
        return Long.parseLong(sh("mysql", "-uroot", "-N", "-B", "-e", sql, db).trim());
    }

    /**
     * The finished processes of the year (part 5's campaign, the cascade) made due for removal — their
     * removal time moved to the past by SQL, standing in for the five years of {@code historyTimeToLive}
     * — then removed by the engine's own history cleanup, triggered as an operator would; rows per second
     * and what that means for the nightly window (01:00–05:00, application.yaml).
     */
    static void cleanup(String base, String db, String label) throws Exception {
        List<String> tables = removalTables(db);
        StringBuilder mark = new StringBuilder("CREATE TEMPORARY TABLE bench_roots (ID_ VARCHAR(64) PRIMARY KEY) AS ")
                .append("SELECT ID_ FROM ACT_HI_PROCINST WHERE ID_ = ROOT_PROC_INST_ID_ AND END_TIME_ IS NOT NULL;");
        for (String table : tables) {
            mark.append("UPDATE ")
                    .append(table)
                    .append(" t JOIN bench_roots r ON t.ROOT_PROC_INST_ID_ = r.ID_ ")
                    .append("SET t.REMOVAL_TIME_ = '2020-01-01 00:00:00';");
        }
        sh("mysql", "-uroot", "-e", mark.toString(), db);
        String due = tables.stream()
                .map(t -> "(SELECT COUNT(*) FROM " + t + " WHERE REMOVAL_TIME_ <= '2020-01-01 00:00:00')")
                .reduce((a, b) -> a + "+" + b)
                .orElseThrow();
        long before = sqlLong(db, "SELECT " + due);
        long all = sqlLong(
                db,
                "SELECT "
                        + tables.stream()
                                .map(t -> "(SELECT COUNT(*) FROM " + t + ")")
                                .reduce((a, b) -> a + "+" + b)
                                .orElseThrow());
        long t0 = System.nanoTime();
        long left = before;
        while (left > 0 && (System.nanoTime() - t0) / 1e9 < 1800) {
            // Due now and, while there is more, rescheduled at once (outside the window only when asked for).
            // 409: the cleanup job is running and changed under the request; it reschedules itself.
            HttpResponse<String> r = post(base + "/engine-rest/history/cleanup?immediatelyDue=true", "demo", "{}");
            if (r.statusCode() != 200 && r.statusCode() != 409) {
                expect(r, 200);
            }
            Thread.sleep(2000);
            left = sqlLong(db, "SELECT " + due);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = (before - left) / seconds;
        double windowHours = 4;
        StringBuilder md = new StringBuilder("## 7. History cleanup, " + label + "\n\n")
                .append(
                        "The finished processes (part 3's campaign and cascade, after part 5) made due for removal by SQL,")
                .append(" then removed by the engine's own cleanup (`POST /engine-rest/history/cleanup`, removal-time")
                .append(
                        " based, batch size and parallelism as configured). Rows in the tables with a removal time.\n\n")
                .append(
                        "| history rows in all | due for removal | removed | left | s | rows/s | a 4-hour window removes |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n")
                .append("| %d | %d | %d | %d | %.0f | %.0f | %.1f M rows |\n\n"
                        .formatted(all, before, before - left, left, seconds, rate, rate * windowHours * 3600 / 1e6));
        System.err.printf("cleanup: %d of %d rows in %.0f s, %.0f rows/s%n", before - left, before, seconds, rate);
        emitRaw(md);
    }

    // ---------------------------------------------------------------- 8. two nodes

    /**
     * Two nodes of our app on one database against the first alone: the approval loop (clients spread
     * over the nodes) and a third 查改剖 campaign launched with both job executors running — one 查 task per
     * member, none twice — completed over both nodes.
     */
    static void twoNodes(String url1, String url2, int seconds, String label) throws Exception {
        Flavour one = ours(url1);
        Flavour other = ours(url2);
        Flavour both = new Flavour() {
            public String name() {
                return "two nodes";
            }

            Flavour of(int client) {
                return client % 2 == 0 ? one : other;
            }

            public String start(int client, int seq) {
                return of(client).start(client, seq);
            }

            public String taskId(String user, String businessKey) {
                return one.taskId(user, businessKey);
            }

            public String user(int client) {
                return one.user(client);
            }

            public String measureOwner(int client) {
                return one.measureOwner(client);
            }

            public String dbUser() {
                return one.dbUser();
            }

            public void complete(String user, String taskId, String variables) {
                (Math.floorMod(taskId.hashCode(), 2) == 0 ? one : other).complete(user, taskId, variables);
            }
        };
        run(other, 4, Math.max(10, 4 * seconds), 0);
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        StringBuilder md = new StringBuilder("## 8. Two nodes on one database, " + label + "\n\n")
                .append(
                        "Both nodes are this app with its job executor on, one MariaDB; the machine's 2 cores carry both")
                .append(
                        " JVMs, the database and the clients, so a second node can only share the same CPU here — on two")
                .append(" machines each node would have its own. Approval loop: median of ")
                .append(rounds)
                .append(" alternating rounds of ")
                .append(seconds)
                .append(
                        " s.\n\n| clients | one node approvals/s | two nodes approvals/s | two ÷ one |\n|---:|---:|---:|---:|\n");
        for (int c : new int[] {2, 4}) {
            List<Double> single = new ArrayList<>();
            List<Double> pair = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                single.add(run(one, c, seconds, 0)[0]);
                pair.add(run(both, c, seconds, 0)[0]);
            }
            md.append("| %d | %.1f | %.1f | %.2f× |\n"
                    .formatted(c, median(single), median(pair), median(pair) / median(single)));
        }
        int people = occurrences(expect(get(url1 + "/api/org/people", "office1"), 200), "\"id\":\"");
        String body = campaign("基准测试查改剖（三）", "bench3");
        long t0 = System.nanoTime();
        expect(post(url1 + "/api/self-review/campaigns", "office1", body), 201);
        String filter = "processDefinitionKey=selfReviewMember&taskDefinitionKey=userTask_check"
                + "&processInstanceBusinessKeyLike=self-review-" + YEAR + "-bench3:%25";
        waitFor(() -> count(url1, url1 + "/engine-rest/task/count?" + filter) >= people, 900);
        double createdAfter = (System.nanoTime() - t0) / 1e9;
        waitFor(() -> count(url1, url1 + "/engine-rest/job/count?executable=true&withRetriesLeft=true") == 0, 900);
        List<String[]> tasks = tasks(url1, filter);
        long assignees = tasks.stream().map(t -> t[1]).distinct().count();
        Stats stats = completeAll(List.of(url1, url2), tasks, t -> "{}");
        Map<String, Double> single = figuresOf(label);
        md.append(
                        "\n| 查改剖 launched with two job executors | people | 查 tasks | distinct members | every task after s | ")
                .append(
                        "completions/s over both nodes | one node (part 3) | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
                .append("| %s | %d | %d | %d | %.1f | %.1f | %.1f | %d |\n\n"
                        .formatted(
                                tasks.size() == people && assignees == people
                                        ? "each job once"
                                        : "**DUPLICATES or missing**",
                                people,
                                tasks.size(),
                                assignees,
                                createdAfter,
                                stats.rate(),
                                single.getOrDefault("campaignRate", 0.0),
                                stats.errors.get()));
        System.err.printf("two nodes: %d tasks for %d people, %s%n", tasks.size(), people, stats);
        emitRaw(md);
    }

    // ---------------------------------------------------------------- plumbing

    static final class Stats {
        final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errors = new AtomicInteger();
        double seconds;

        void record(double ms, boolean ok) {
            latencies.add(ms);
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        void merge(Stats other) {
            latencies.addAll(other.latencies);
            errors.addAndGet(other.errors.get());
            seconds += other.seconds;
        }

        int count() {
            return latencies.size();
        }

        double rate() {
            return seconds == 0 ? 0 : latencies.size() / seconds;
        }

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(latencies);
            if (sorted.isEmpty()) {
                return 0;
            }
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

        public String toString() {
            return "%d done, %.1f/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %d errors"
                    .formatted(count(), rate(), percentile(50), percentile(95), percentile(99), errors.get());
        }
    }

    static HttpResponse<String> get(String url, String user) {
        return send(request(url, user).GET().build());
    }

    static HttpResponse<String> post(String url, String user, String json) {
        return send(request(url, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    static HttpRequest.Builder request(String url, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(
                    r.request().method() + " " + r.request().uri() + " → " + r.statusCode() + " "
                            + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.body();
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static int[] ints(String[] args, int from) {
        int[] v = new int[args.length - from];
        for (int i = from; i < args.length; i++) {
            v[i - from] = Integer.parseInt(args[i]);
        }
        return v;
    }

    static String sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void emit(StringBuilder md) {
        emitRaw(md.append('\n'));
    }

    static void emitRaw(CharSequence md) {
        System.out.print(md);
        try {
            Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
