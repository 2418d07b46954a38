package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Camunda's login throttling over HTTP Basic: the right password always works for a user nobody has
 * guessed at, however many calls a client makes and whatever happens to other users; a wrong password
 * delays that user's next login (3 s, doubling) and ten in a row lock the account until an administrator
 * unlocks it. Each test has its own users (m0071–m0075), since throttling state is per user and the
 * context is shared; the engine's clock is moved instead of waiting.
 */
class LoginThrottlingTest extends IntegrationTest {

    private static final String PROBE = "/api/tasks/todo";

    @Autowired
    OrgService org;

    @BeforeEach
    void theDedicatedUsersExistInTheTestOrganisation() {
        for (String id : List.of("m0071", "m0072", "m0073", "m0074", "m0075")) {
            assertThat(org.person(id).active()).as(id).isTrue();
        }
    }

    @Test
    void aClientWithTheRightPasswordIsNeverThrottledHoweverManyCallsItMakes() {
        for (int i = 0; i < 40; i++) {
            assertThat(as("m0071").getForEntity(PROBE, String.class).getStatusCode())
                    .as("call " + i)
                    .isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void wrongPasswordsForOneUserDoNotLockOutAnother() {
        for (int i = 0; i < 3; i++) {
            assertThat(http.withBasicAuth("m0072", "guess" + i)
                            .getForEntity(PROBE, String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(as("m0073").getForEntity(PROBE, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("m0073", "tasklist").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWrongPasswordDelaysTheNextLoginEvenWithTheRightPassword() {
        assertThat(http.withBasicAuth("m0074", "wrong")
                        .getForEntity(PROBE, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> throttled = as("m0074").getForEntity(PROBE, String.class);
        assertThat(throttled.getStatusCode())
                .as("right password inside the delay")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(throttled.getBody()).contains("\"code\":\"unauthorized\"");
        assertThat(webappLogin("m0074", "tasklist").getStatusCode())
                .as("the webapps' login is throttled too")
                .isNotEqualTo(HttpStatus.OK);

        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 10_000));
        assertThat(as("m0074").getForEntity(PROBE, String.class).getStatusCode())
                .as("after the delay")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        long now = System.currentTimeMillis();
        for (int i = 1; i <= 10; i++) {
            // Each guess after the previous delay has passed, as a patient attacker would.
            ClockUtil.setCurrentTime(new Date(now + i * 600_000L));
            assertThat(http.withBasicAuth("m0075", "guess" + i)
                            .getForEntity(PROBE, String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ClockUtil.setCurrentTime(new Date(now + 24 * 3_600_000L));
        assertThat(as("m0075").getForEntity(PROBE, String.class).getStatusCode())
                .as("locked, a day later")
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(postJson(as("m0001"), "/engine-rest/user/m0075/unlock", "").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(as("demo"), "/engine-rest/user/m0075/unlock", "").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("m0075").getForEntity(PROBE, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
