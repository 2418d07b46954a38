package cn.qinglian.workflow.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateAdminUserConfiguration;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * No password and no Authorization header value reaches the log, even at DEBUG for the app, the engine
 * and Spring Security: Basic logins (right and wrong), the webapps' login form, people created with a
 * new-user password (what the import does), and the administrator the starter creates at start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedTest extends IntegrationTest {

    private static final String NEW_USER_PASSWORD = "Xq9-newcomer-2094!";
    private static final String WRONG_PASSWORD = "Zr7-a-wrong-guess-2094";
    private static final String ADMIN_PASSWORD = "Ad3-first-admin-2094#";
    private static final List<String> VERBOSE = List.of(
            "cn.qinglian",
            "org.camunda",
            "org.springframework.security",
            "org.springframework.web",
            "org.apache.ibatis");

    @Autowired
    OrgService org;

    @Autowired
    LoggingSystem logging;

    @AfterEach
    void quietAgain() {
        VERBOSE.forEach(name -> logging.setLogLevel(name, null));
        if (engine.getIdentityService()
                        .createUserQuery()
                        .userId("authz-2094-admin")
                        .count()
                > 0) {
            engine.getIdentityService().deleteUser("authz-2094-admin");
        }
    }

    @Test
    void loginsImportedPeopleAndTheStartUpAdministratorLeaveNoSecretInTheLog(CapturedOutput output) {
        VERBOSE.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));

        org.save(
                List.of(new Unit("authz-2094", "权限测试处", UnitType.DEPARTMENT, "b1", 99)),
                List.of(new Person("authz-2094-p1", "测试新人", "authz-2094", "科员", null, true, Set.of(), List.of())),
                NEW_USER_PASSWORD);
        assertThat(http.withBasicAuth("authz-2094-p1", NEW_USER_PASSWORD)
                        .getForEntity("/api/tasks/todo", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("authz-2094-p1", WRONG_PASSWORD)
                        .getForEntity("/api/tasks/todo", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("m0070").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("m0070", "tasklist").getStatusCode()).isEqualTo(HttpStatus.OK);
        startUpAdministrator();
        assertThat(http.withBasicAuth("authz-2094-admin", ADMIN_PASSWORD)
                        .getForEntity("/engine-rest/user", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        String log = output.getAll();
        assertThat(log).as("DEBUG was on while capturing").contains("DEBUG");
        for (String secret : List.of(
                NEW_USER_PASSWORD,
                WRONG_PASSWORD,
                ADMIN_PASSWORD,
                basic("authz-2094-p1", NEW_USER_PASSWORD),
                basic("authz-2094-p1", WRONG_PASSWORD),
                basic("m0070", DEMO_PASSWORD),
                basic("authz-2094-admin", ADMIN_PASSWORD))) {
            assertThat(log).as("the log shows a secret").doesNotContain(secret);
        }
        assertThat(log).doesNotContainIgnoringCase("Authorization: Basic").doesNotContain("password=" + DEMO_PASSWORD);
    }

    /** What the starter does at start-up with camunda.bpm.admin-user (QINGLIAN_ADMIN_USER/PASSWORD). */
    private void startUpAdministrator() {
        CamundaBpmProperties properties = new CamundaBpmProperties();
        properties.setAdminUser(new AdminUserProperty());
        properties.getAdminUser().setId("authz-2094-admin");
        properties.getAdminUser().setPassword(ADMIN_PASSWORD);
        properties.getAdminUser().setFirstName("测试管理员");
        CreateAdminUserConfiguration starter = new CreateAdminUserConfiguration();
        ReflectionTestUtils.setField(starter, "camundaBpmProperties", properties);
        ReflectionTestUtils.invokeMethod(starter, "init");
        starter.postProcessEngineBuild(engine);
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
