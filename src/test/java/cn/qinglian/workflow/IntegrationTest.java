package cn.qinglian.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one Spring context every integration test shares (engine, web server, demo organisation
 * of {@code qinglian.demo.members} people). On {@code -Pmysql} the same tests run against the
 * real MySQL-protocol server. Tests use their own ids so they do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestHandlers.class)
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "demo";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected ProcessEngine engine;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
        engine.getIdentityService().clearAuthentication();
    }

    protected TestRestTemplate as(String userId) {
        return http.withBasicAuth(userId, DEMO_PASSWORD);
    }

    protected ResponseEntity<String> postJson(TestRestTemplate client, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }
}
