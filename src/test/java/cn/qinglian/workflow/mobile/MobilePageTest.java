package cn.qinglian.workflow.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 掌上办 is served at every screen's address, under its own policy, compressed; a phone's session can be kept. */
class MobilePageTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void everyScreenAnswersWithThePageUnderAStrictPolicy() {
        for (String screen : new String[] {
            "/m/", "/m/done", "/m/started", "/m/copied", "/m/tasks/abc-123", "/m/processes/p1", "/m/sessions/12"
        }) {
            ResponseEntity<String> page = http.getForEntity(screen, String.class);
            assertThat(page.getStatusCode()).as(screen).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(screen).contains("掌上办", "/m/assets/app.js");
            assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
                    .as(screen)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.getHeaders().getCacheControl()).as(screen).contains("no-cache");
        }
        assertThat(http.getForEntity("/m", String.class).getBody())
                .as("/m goes to /m/")
                .contains("掌上办");
        assertThat(http.getForEntity("/m/tasks/a/b", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void itsScriptsGoOutCompressedAndItsChunksAreKept() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> script = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/m/assets/app.js"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String entry = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(script.body())).readAllBytes());
        java.util.regex.Matcher chunk =
                java.util.regex.Pattern.compile("chunks/[A-Za-z0-9_-]+\\.js").matcher(entry);
        assertThat(chunk.find()).as("the entry imports its chunks").isTrue();
        ResponseEntity<String> kept = http.getForEntity("/m/assets/" + chunk.group(), String.class);
        assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kept.getHeaders().getCacheControl())
                .contains("max-age=31536000")
                .contains("immutable");
    }

    @Test
    void aReloadedPageLearnsWhoIsSignedInAndTheSessionsTokenAndNothingElse() {
        ResponseEntity<String> nobody = http.getForEntity("/api/session", String.class);
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(nobody.getBody()).isEqualTo("{}");
        assertThat(nobody.getHeaders().getCacheControl()).contains("no-store");

        WebappSession session = tasklistSession("m0044");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId());
        ResponseEntity<String> signedIn =
                http.exchange("/api/session", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(signedIn.getBody())
                .isEqualTo("{\"userId\":\"m0044\",\"xsrfToken\":\"" + session.xsrfToken() + "\"}");
        assertThat(as("m0044").getForEntity("/api/session", String.class).getBody())
                .as("HTTP Basic is no webapp session")
                .isEqualTo("{}");
    }

    @Test
    void aPhoneAskedToRememberTheUserKeepsItsSessionFor30Days() {
        WebappSession session = tasklistSession("m0043");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId());
        headers.add("X-XSRF-TOKEN", session.xsrfToken());
        ResponseEntity<String> remembered =
                http.exchange("/api/session/remember", HttpMethod.POST, new HttpEntity<>(headers), String.class);
        assertThat(remembered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(remembered.getBody()).contains("\"userId\":\"m0043\"", "\"days\":30");
        String cookie = remembered.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(cookie)
                .startsWith("JSESSIONID=" + session.sessionId() + ";")
                .contains("Max-Age=2592000", "HttpOnly", "SameSite=Lax", "Path=/");

        HttpHeaders forged = new HttpHeaders();
        forged.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId());
        forged.add("X-XSRF-TOKEN", "not-the-token");
        assertThat(http.exchange("/api/session/remember", HttpMethod.POST, new HttpEntity<>(forged), String.class)
                        .getStatusCode())
                .as("a write without the session's CSRF token")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> basic = postJson(as("m0043"), "/api/session/remember", "");
        assertThat(basic.getStatusCode())
                .as("HTTP Basic has no session to keep")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(basic.getBody()).contains("记住本机");
    }
}
