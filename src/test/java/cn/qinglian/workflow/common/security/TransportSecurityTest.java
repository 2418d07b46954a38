package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Behind the HTTPS reverse proxy (which sends {@code X-Forwarded-Proto: https}) the webapp session
 * cookie is Secure, HttpOnly and SameSite, and every response carries HSTS; on plain HTTP (development)
 * there is no HSTS and no Secure flag, or the browser would drop the cookie.
 */
class TransportSecurityTest extends IntegrationTest {

    private static final String HSTS = "Strict-Transport-Security";

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureHttpOnlySameSiteAndHstsIsSent() {
        ResponseEntity<String> login = login("m0070", "https");

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        String session = setCookie(login, "JSESSIONID");
        assertThat(session)
                .as(session)
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(login.getHeaders().getFirst(HSTS)).startsWith("max-age=").contains("includeSubDomains");

        for (String path : List.of(
                "/api/org/units", "/engine-rest/engine", "/camunda/app/tasklist/default/", "/actuator/health")) {
            HttpHeaders headers = new HttpHeaders();
            headers.add("X-Forwarded-Proto", "https");
            ResponseEntity<String> response =
                    as("m0070").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getHeaders().getFirst(HSTS)).as(path).startsWith("max-age=");
        }
    }

    @Test
    void onPlainHttpThereIsNoHstsAndTheCookieIsNotSecure() {
        ResponseEntity<String> login = login("m0070", null);

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        String session = setCookie(login, "JSESSIONID");
        assertThat(session)
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("; Secure");
        assertThat(session.toLowerCase().split("samesite", -1))
                .as("SameSite once: " + session)
                .hasSize(2);
        assertThat(login.getHeaders().containsKey(HSTS)).isFalse();
        assertThat(as("m0070")
                        .getForEntity("/api/org/units", String.class)
                        .getHeaders()
                        .containsKey(HSTS))
                .isFalse();
    }

    @Test
    void theReportCardPageHasAContentSecurityPolicyOfItsOwn() {
        ResponseEntity<String> page = http.getForEntity("/report-card/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().get("Content-Security-Policy"))
                .as("one policy, without inline script")
                .containsExactly(SecurityConfig.REPORT_CARD_POLICY);
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class)
                        .getHeaders()
                        .get("Content-Security-Policy"))
                .as("the webapps keep only their own")
                .hasSize(1)
                .allMatch(policy -> policy.contains("nonce-"));
    }

    /** The webapps' login, optionally through the proxy. */
    private ResponseEntity<String> login(String userId, String forwardedProto) {
        HttpHeaders proxy = new HttpHeaders();
        if (forwardedProto != null) {
            proxy.add("X-Forwarded-Proto", forwardedProto);
        }
        return webappLogin(userId, "tasklist", proxy);
    }

    private static String setCookie(ResponseEntity<?> response, String name) {
        return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }
}
