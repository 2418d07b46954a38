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

/** Issue 19.4: names come from the organisation; nobody renames an organisation account through the engine. */
class ProfileEditTest extends IntegrationTest {

    private static final String MEMBER = "m0054";
    private static final String POSING =
            "{\"id\":\"" + MEMBER + "\",\"firstName\":\"张建国（党组书记）\",\"lastName\":\"\",\"email\":\"x@example.cn\"}";

    @Test
    void aMemberCannotRenameThemselvesOverRestOrInWelcome() {
        String name = engine.getIdentityService()
                .createUserQuery()
                .userId(MEMBER)
                .singleResult()
                .getFirstName();

        ResponseEntity<String> rest =
                put(as(MEMBER), "/engine-rest/user/" + MEMBER + "/profile", POSING, new HttpHeaders());
        ResponseEntity<String> named =
                put(as(MEMBER), "/engine-rest/engine/default/user/" + MEMBER + "/profile/", POSING, new HttpHeaders());
        WebappSession welcome = tasklistSession(MEMBER);
        ResponseEntity<String> webapp = asTasklist(welcome, HttpMethod.PUT, "/user/" + MEMBER + "/profile", POSING);

        for (ResponseEntity<String> response : new ResponseEntity[] {rest, named, webapp}) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("\"code\":\"forbidden\"", "以组织架构为准");
        }
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId(MEMBER)
                        .singleResult()
                        .getFirstName())
                .isEqualTo(name);
    }

    @Test
    void norDoesTheAdministratorInAdmin() {
        ResponseEntity<String> response =
                put(as("demo"), "/engine-rest/user/" + MEMBER + "/profile", POSING, new HttpHeaders());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMemberStillChangesTheirOwnPassword() {
        String member = "m0055";
        String change = "{\"password\":\"Qinglian-2026!\",\"authenticatedUserPassword\":\"" + DEMO_PASSWORD + "\"}";
        try {
            ResponseEntity<String> response =
                    put(as(member), "/engine-rest/user/" + member + "/credentials", change, new HttpHeaders());

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(engine.getIdentityService().checkPassword(member, "Qinglian-2026!"))
                    .isTrue();
        } finally {
            var user =
                    engine.getIdentityService().createUserQuery().userId(member).singleResult();
            user.setPassword(DEMO_PASSWORD);
            engine.getIdentityService().saveUser(user);
        }
    }

    private ResponseEntity<String> put(
            org.springframework.boot.test.web.client.TestRestTemplate client,
            String path,
            String json,
            HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }
}
