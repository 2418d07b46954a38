package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Advisories against Camunda 7.24.0 whose fixes are enterprise-only, closed in front of the engine.
 * CVE-2026-109432: an expression inside a task query's {@code orQueries} was run (only the top level is
 * checked; without the filter a member's query below answered 200) — expressions are refused anywhere in
 * an ad-hoc task query, over /engine-rest and the webapps' own API, for members and administrators alike,
 * while Tasklist's stored filters, whose expressions live in the database, still work.
 * CVE-2026-77226: Admin's first-run setup could create an administrator — it is closed.
 */
class CamundaAdvisoryMitigationTest extends IntegrationTest {

    private static final String EXPRESSION = "${dateTime().plusDays(1).toDate()}";

    @Test
    void anExpressionInsideOrQueriesIsRefusedOverEngineRest() {
        for (String user : new String[] {"m0070", "demo"}) {
            ResponseEntity<String> response = postJson(
                    as(user), "/engine-rest/task", "{\"orQueries\":[{\"dueAfterExpression\":\"" + EXPRESSION + "\"}]}");
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("\"code\":\"expression-not-allowed\"", "表达式");
        }
        assertThat(postJson(
                                as("m0070"),
                                "/engine-rest/task/count",
                                "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("m0070")
                        .getForEntity("/engine-rest/task?dueAfterExpression={e}", String.class, EXPRESSION)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(
                                as("m0070"),
                                "/engine-rest/engine/default/task",
                                "{\"orQueries\":[{\"dueAfterExpression\":\"" + EXPRESSION + "\"}]}")
                        .getStatusCode())
                .as("the named engine's path")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(
                                as("m0070"),
                                "/engine-rest/task",
                                "{\"orQueries\":[{\"dueAfter\\u0045xpression\":\"" + EXPRESSION + "\"}]}")
                        .getStatusCode())
                .as("a field name with an escaped letter")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anExpressionIsRefusedInTheWebappsOwnApiAndInAFiltersExtendingQuery() {
        WebappSession session = tasklistSession("m0070");
        ResponseEntity<String> webapp = asTasklist(
                session,
                HttpMethod.POST,
                "/task",
                "{\"orQueries\":[{\"followUpBeforeOrNotExistentExpression\":\"" + EXPRESSION + "\"}]}");
        assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        String filters = as("m0070").getForObject("/engine-rest/filter", String.class);
        String filterId = filters.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        assertThat(postJson(
                                as("m0070"),
                                "/engine-rest/filter/" + filterId + "/list",
                                "{\"orQueries\":[{\"dueBeforeExpression\":\"" + EXPRESSION + "\"}]}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void adminsFirstRunSetupIsClosed() {
        // With the webapps' CSRF token, as Admin's setup page would send it, so only the closed path refuses.
        ResponseEntity<String> page = http.getForEntity("/camunda/app/admin/default/", String.class);
        String xsrf = cookie(page, "XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("X-XSRF-TOKEN", xsrf);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + cookie(page, "JSESSIONID"));
        ResponseEntity<String> setup = http.exchange(
                "/camunda/api/admin/setup/default/user/create",
                HttpMethod.POST,
                new HttpEntity<>("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", headers),
                String.class);
        assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("intruder")
                        .count())
                .isZero();
    }

    @Test
    void plainQueriesAndStoredFiltersStillWork() {
        assertThat(postJson(
                                as("m0070"),
                                "/engine-rest/task",
                                "{\"orQueries\":[{\"assignee\":\"m0070\"}],"
                                        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String filters = as("m0070").getForObject("/engine-rest/filter", String.class);
        String filterId = filters.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        assertThat(postJson(as("m0070"), "/engine-rest/filter/" + filterId + "/list", "{}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(postJson(as("m0070"), "/engine-rest/task/count", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
