package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI description of /api: for every signed-in user, its Swagger UI for administrators only and
 * under its own Content-Security-Policy, and the same as the copy committed in docs/api/openapi.json.
 */
class ApiDocsTest extends IntegrationTest {

    static final Path COMMITTED = Path.of("docs/api/openapi.json");
    static final Path SERVED = Path.of("target/openapi.json");
    static final String WRITE = "qinglian.api.write";

    /** Keys sorted at every level (read as maps), two-space indents, a final newline: the committed copy diffs line by line. */
    static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void anyoneSignedInReadsTheDescriptionOfApiOnly() throws Exception {
        ResponseEntity<String> docs = as("m0001").getForEntity("/api/docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = PRETTY.readTree(docs.getBody());
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("paths").fieldNames()).toIterable().isNotEmpty().allMatch(p -> p.startsWith("/api/"));
        assertThat(api.path("servers").get(0).path("url").asText()).isEqualTo("/");
        assertThat(api.path("components").path("securitySchemes").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("basicAuth", "webappSession");
    }

    @Test
    void anonymousCallersGet401ProblemJson() {
        for (String path : new String[] {"/api/docs", "/api/docs/ui", "/api/docs/swagger-ui/index.html"}) {
            ResponseEntity<String> refused = http.getForEntity(path, String.class);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as(path)
                    .isTrue();
            assertThat(refused.getBody()).contains("\"code\":\"unauthorized\"");
        }
    }

    @Test
    void swaggerUiIsForAdministratorsUnderItsOwnPolicy() {
        for (String user : new String[] {"m0001", "office1", "secretary"}) {
            ResponseEntity<String> refused = as(user).getForEntity("/api/docs/swagger-ui/index.html", String.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("\"code\":\"forbidden\"");
        }
        ResponseEntity<String> page = as("demo").getForEntity("/api/docs/swagger-ui/index.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String policy = page.getHeaders().getFirst("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe-eval");
        // Every script is a file from the same place, none inline: the policy lets the page run.
        assertThat(page.getBody()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        ResponseEntity<String> initializer =
                as("demo").getForEntity("/api/docs/swagger-ui/swagger-initializer.js", String.class);
        assertThat(initializer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(initializer.getBody()).contains("/api/docs/swagger-config");
        assertThat(as("demo")
                        .getForEntity("/api/docs/swagger-config", String.class)
                        .getBody())
                .contains("\"url\":\"/api/docs\"");
    }

    /**
     * Rewrite the copy with {@code ./mvnw -B -q test -Dtest=ApiDocsTest -Dqinglian.api.write=true} after
     * changing an endpoint, and commit it with the change. What the app served is left in target/openapi.json.
     */
    @Test
    void committedCopyIsWhatTheAppServes() throws Exception {
        String served = as("m0001").getForEntity("/api/docs", String.class).getBody();
        String pretty = PRETTY.writeValueAsString(PRETTY.readValue(served, Object.class)) + "\n";
        Files.writeString(SERVED, pretty, StandardCharsets.UTF_8);
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(pretty)) {
            fail(COMMITTED + " differs from what /api/docs serves (" + SERVED + ") "
                    + firstDifference(committed, pretty)
                    + ". Regenerate it with `./mvnw -B -q test -Dtest=ApiDocsTest -D" + WRITE
                    + "=true` and commit the diff.");
        }
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "(end of file)";
            String right = i < b.length ? b[i] : "(end of file)";
            if (!left.equals(right)) {
                return "from line " + (i + 1) + ": committed `" + left.strip() + "`, served `" + right.strip() + "`";
            }
        }
        return "";
    }
}
