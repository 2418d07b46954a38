package cn.qinglian.workflow;

import cn.qinglian.workflow.common.security.SystemAuthentication;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

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

    @Autowired
    private SystemAuthentication system;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
        engine.getIdentityService().clearAuthentication();
    }

    /** Starts the test-only one-step approval (bpmn/test-approval.bpmn) for {@code approver}; returns its task. */
    protected Task startTestApproval(String businessKey, String approver) {
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(TestHandlers.TEST_APPROVAL)
                        .count()
                == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name(TestHandlers.TEST_APPROVAL)
                    .addClasspathResource("bpmn/test-approval.bpmn")
                    .deploy();
        }
        String instanceId = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        TestHandlers.TEST_APPROVAL, businessKey, Map.of(TestHandlers.VAR_APPROVER, approver))
                .getId();
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instanceId)
                .singleResult();
    }

    /** Deploys a test-only process file under src/test/resources/bpmn once, for every test that needs it. */
    protected void deployTestProcess(String resource, String processKey) {
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(processKey)
                        .count()
                == 0) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name(processKey)
                    .addClasspathResource(resource)
                    .deploy();
        }
    }

    /**
     * Starts a process for {@code starterId} as a feature's {@code /api} does, so history names them as
     * its starter; the start may carry the variables the test process routes with.
     */
    protected String startAs(String starterId, String processKey, String businessKey, Map<String, Object> variables) {
        return system.callFor(
                starterId,
                () -> engine.getRuntimeService()
                        .startProcessInstanceByKey(processKey, businessKey, variables)
                        .getId());
    }

    /** Tests that move engine time (to fire timers) get the real clock back. */
    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Runs the asynchronous continuations (not the timers) of a process instance and of the instances it
     * called, as the job executor would, until none are left.
     */
    protected void runAsyncJobs(String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = asyncJobs(processInstanceId)).isEmpty()) {
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private List<Job> asyncJobs(String processInstanceId) {
        Set<String> instances = new HashSet<>(Set.of(processInstanceId));
        Deque<String> toVisit = new ArrayDeque<>(instances);
        while (!toVisit.isEmpty()) {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .superProcessInstanceId(toVisit.pop())
                    .list()
                    .forEach(called -> {
                        if (instances.add(called.getId())) {
                            toVisit.push(called.getId());
                        }
                    });
        }
        return engine.getManagementService().createJobQuery().messages().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .toList();
    }

    protected TestRestTemplate as(String userId) {
        return http.withBasicAuth(userId, DEMO_PASSWORD);
    }

    protected ResponseEntity<String> postJson(TestRestTemplate client, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    /** Uploads one file as the multipart part {@code file}, as a browser's file input sends it. */
    protected ResponseEntity<String> upload(TestRestTemplate client, String path, String fileName, byte[] bytes) {
        return multipart(client, path, fileName, bytes, Map.of());
    }

    /**
     * A multipart POST: the file (none when {@code fileName} is null) and other form fields. The path is
     * sent as written, not encoded again.
     */
    protected ResponseEntity<String> multipart(
            TestRestTemplate client, String path, String fileName, byte[] bytes, Map<String, String> fields) {
        var body = new LinkedMultiValueMap<String, Object>();
        if (fileName != null) {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            body.add(
                    "file",
                    new HttpEntity<>(
                            new ByteArrayResource(bytes) {
                                @Override
                                public String getFilename() {
                                    return fileName;
                                }
                            },
                            partHeaders));
        }
        fields.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.exchange(
                URI.create(http.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Logs in the way the webapps' login page does: CSRF cookie first, then the form post. */
    protected ResponseEntity<String> webappLogin(String userId, String app) {
        return webappLogin(userId, app, new HttpHeaders());
    }

    /** The webapps' login as the browser sends it, every request with {@code requestHeaders} (e.g. a proxy's). */
    protected ResponseEntity<String> webappLogin(String userId, String app, HttpHeaders requestHeaders) {
        // Tasklist itself, not its redirecting root (behind an HTTPS proxy the redirect would be to https://).
        ResponseEntity<String> page = http.exchange(
                "/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(requestHeaders), String.class);
        String xsrf = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        HttpHeaders headers = new HttpHeaders(requestHeaders);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", xsrf);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + (session == null ? "" : "; JSESSIONID=" + session));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", userId);
        form.add("password", DEMO_PASSWORD);
        return http.postForEntity(
                "/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers), String.class);
    }

    protected static String cookie(ResponseEntity<?> response, String name) {
        List<String> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        return cookies.stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    /** A browser's Tasklist session: the session cookie and its CSRF token. */
    protected record WebappSession(String sessionId, String xsrfToken) {}

    protected WebappSession tasklistSession(String userId) {
        ResponseEntity<String> login = webappLogin(userId, "tasklist");
        String session = cookie(login, "JSESSIONID");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
        ResponseEntity<String> probe =
                http.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        String xsrf = cookie(probe, "XSRF-TOKEN");
        return new WebappSession(session, xsrf != null ? xsrf : cookie(login, "XSRF-TOKEN"));
    }

    /** A call to the API Tasklist itself uses (not /engine-rest), in a webapp session. */
    protected ResponseEntity<String> asTasklist(WebappSession session, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId() + "; XSRF-TOKEN=" + session.xsrfToken());
        headers.add("X-XSRF-TOKEN", session.xsrfToken());
        return http.exchange(
                "/camunda/api/engine/engine/default" + path, method, new HttpEntity<>(json, headers), String.class);
    }
}
