package cn.qinglian.workflow.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Errors of /api are problem+json with a stable code and a Chinese message, never a stack trace. */
class ProblemResponsesTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void unknownPersonIs404WithCodeAndChineseDetail() throws Exception {
        ResponseEntity<String> response = as("m0001").getForEntity("/api/org/people/nobody", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("person-not-found");
        assertThat(problem.path("detail").asText()).isEqualTo("找不到人员：nobody");
        assertThat(response.getBody()).doesNotContain("trace", "Exception", "at cn.");
    }

    @Test
    void unknownRoleFilterIs400NamingTheField() throws Exception {
        ResponseEntity<String> response = as("m0001").getForEntity("/api/org/people?role=boss", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("validation");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("role");
    }

    @Test
    void unknownPathAndWrongMethodAreProblemsToo() throws Exception {
        ResponseEntity<String> missing = as("m0001").getForEntity("/api/nothing-here", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(missing.getBody()).path("code").asText()).isEqualTo("not-found");

        ResponseEntity<String> wrongMethod = postJson(as("m0001"), "/api/org/units", "{}");
        assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(json.readTree(wrongMethod.getBody()).path("code").asText()).isEqualTo("method-not-allowed");
    }

    @Test
    void importWithoutAFileIs400() throws Exception {
        ResponseEntity<String> response = postJson(as("office1"), "/api/org/import", "{}");
        assertThat(response.getStatusCode().is4xxClientError()).isTrue();
        assertThat(json.readTree(response.getBody()).path("code").asText()).isNotBlank();
    }
}
