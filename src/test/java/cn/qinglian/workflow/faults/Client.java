package cn.qinglian.workflow.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** HTTP Basic calls to one node as one user (demo users' password is "demo"), timed. */
final class Client {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body, String contentType, long millis) {}

    private final String baseUrl;
    private final String authorization;

    Client(AppNode node, String userId) {
        this.baseUrl = node.baseUrl();
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((userId + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Response postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data post of one file, as /engine-rest/deployment/create takes it. */
    /** A multipart POST: each file its own part (named by its file name), then the text fields. */
    Response postFiles(String path, Map<String, String> files, String... fields)
            throws IOException, InterruptedException {
        String boundary = "----fault" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fields[i])
                    .append("\"\r\n\r\n")
                    .append(fields[i + 1])
                    .append("\r\n");
        }
        files.forEach((fileName, content) -> body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileName)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(content)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json");
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                (System.nanoTime() - start) / 1_000_000);
    }
}
