package cn.qinglian.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * 钉钉's oapi on a local port for the app nodes of the fault suite: a token, and work notices it keeps
 * (user and title) while {@link Mode#UP}; while down it answers 500 or does not answer in time.
 */
final class FakeDingTalk implements AutoCloseable {

    enum Mode {
        UP,
        ERROR_500,
        TIMEOUT
    }

    record Received(String user, String title) {}

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.UP;

    FakeDingTalk() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/gettoken",
                exchange ->
                        answer(exchange, 200, "{\"errcode\":0,\"access_token\":\"fault-token\",\"expires_in\":7200}"));
        server.createContext("/topapi/message/corpconversation/asyncsend_v2", this::send);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(Mode next) {
        mode = next;
    }

    private void send(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        switch (mode) {
            case ERROR_500 -> answer(exchange, 500, "{}");
            case TIMEOUT -> {
                try {
                    Thread.sleep(4_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, "{\"errcode\":0}"); // too late: the client gave up
            }
            case UP -> {
                received.add(new Received(
                        body.path("userid_list").asText(),
                        body.path("msg").path("action_card").path("title").asText()));
                answer(exchange, 200, "{\"errcode\":0,\"task_id\":1}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up waiting
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
