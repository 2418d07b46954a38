package cn.qinglian.workflow.notice.channels;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider's HTTP API on a local port: answers each path from a script (status, JSON body, delay)
 * and keeps every request it got, so that a test can check the documented shape.
 */
final class FakeProvider implements AutoCloseable {

    record Answer(int status, String body, long delayMillis) {}

    record Received(
            String method, String path, Map<String, String> query, Map<String, List<String>> headers, String body) {

        Map<String, String> form() {
            return parse(body);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> defaults = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    FakeProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    path,
                    parse(exchange.getRequestURI().getRawQuery()),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Deque<Answer> script = scripts.get(path);
            Answer answer = script != null && !script.isEmpty() ? script.poll() : defaults.get(path);
            if (answer == null) {
                answer = new Answer(404, "{}", 0);
            }
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            try {
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                // the client gave up (a timeout test)
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request to {@code path} gets this, after any scripted ones. */
    FakeProvider always(String path, int status, String body) {
        defaults.put(path, new Answer(status, body, 0));
        return this;
    }

    /** The next request to {@code path} gets this. */
    FakeProvider next(String path, int status, String body) {
        return next(path, status, body, 0);
    }

    FakeProvider next(String path, int status, String body, long delayMillis) {
        scripts.computeIfAbsent(path, k -> new ArrayDeque<>()).add(new Answer(status, body, delayMillis));
        return this;
    }

    List<Received> to(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
