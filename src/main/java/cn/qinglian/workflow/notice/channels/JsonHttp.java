package cn.qinglian.workflow.notice.channels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The little HTTP the work-messaging providers need: JSON in and out, a timeout on everything, and
 * failures as a {@link Failure} that says whether another try may help. Never logs a URL (tokens
 * travel in query strings).
 */
final class JsonHttp {

    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration timeout;

    JsonHttp(ObjectMapper json, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.json = json;
        this.timeout = timeout;
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode get(String url) throws Failure {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    JsonNode postJson(String url, Object body) throws Failure {
        try {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new Failure("请求无法生成：" + e.getMessage(), false);
        }
    }

    JsonNode postForm(String url, String form, Map<String, String> headers) throws Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) throws Failure {
        HttpResponse<String> response;
        try {
            response = client.send(
                    request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure("网络错误：" + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("发送被中断", true);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new Failure("服务端 HTTP " + status, true);
        }
        if (status >= 400) {
            throw new Failure("HTTP " + status, false);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new Failure("应答不是 JSON（HTTP " + status + "）", true);
        }
    }

    /** A request that did not get an answer to read; {@code transient} when trying again may help. */
    static final class Failure extends Exception {
        private final boolean retry;

        Failure(String message, boolean retry) {
            super(message, null, false, false);
            this.retry = retry;
        }

        Reply reply() {
            return retry ? Reply.retry(getMessage()) : Reply.giveUp(getMessage());
        }
    }
}
