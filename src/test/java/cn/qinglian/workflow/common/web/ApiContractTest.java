package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every response example that /api/docs documents is a real call: made as the demo user it names, it
 * answers the documented status, and both the answer and the example have the documented shape (no
 * field the schema lacks, none it requires missing, each of its type); every field the example shows is
 * in the answer. A changed response, a stale example, or an example without a call here fails.
 */
class ApiContractTest extends IntegrationTest {

    /** A task-list year no other test uses; the next one for the 201 example. */
    private static final int LIST_YEAR = 2057;

    @Autowired
    ObjectMapper json;

    record Call(String user, HttpMethod method, String path, String body) {}

    @Test
    void everyDocumentedExampleIsWhatTheAppAnswers() throws Exception {
        JsonNode api =
                json.readTree(as("demo").getForEntity("/api/docs", String.class).getBody());
        Map<String, Call> calls = calls();

        Map<String, JsonNode[]> documented = new LinkedHashMap<>();
        api.path("paths")
                .forEach(path -> path.forEach(operation -> operation
                        .path("responses")
                        .fields()
                        .forEachRemaining(response -> response.getValue()
                                .path("content")
                                .forEach(media -> media.path("examples")
                                        .fields()
                                        .forEachRemaining(example -> documented.put(
                                                operation.path("operationId").asText() + " " + response.getKey() + " "
                                                        + example.getKey(),
                                                new JsonNode[] {
                                                    media.path("schema"),
                                                    example.getValue().path("value")
                                                }))))));
        assertThat(new TreeSet<>(documented.keySet()))
                .as("each documented example (src/main/resources/openapi/examples.json) has its call here")
                .isEqualTo(new TreeSet<>(calls.keySet()));

        List<String> failures = new ArrayList<>();
        calls.forEach((key, call) -> {
            JsonNode schema = documented.get(key)[0];
            JsonNode example = documented.get(key)[1];
            ResponseEntity<String> answer = call(call);
            int status = Integer.parseInt(key.split(" ")[1]);
            if (answer.getStatusCode().value() != status) {
                failures.add(key + ": answered " + answer.getStatusCode().value() + " " + answer.getBody());
                return;
            }
            JsonNode body = read(answer.getBody());
            new ResponseShape(api, key + " answer", failures).check(schema, body, "$");
            new ResponseShape(api, key + " example", failures).check(schema, example, "$");
            fieldsMissing(example, body, "$", key, failures);
        });
        assertThat(failures).as("documented examples against the app").isEmpty();
    }

    /** The calls, in order: launches and lists the later ones read come first. Keyed by operation, status, example. */
    private Map<String, Call> calls() {
        String campaign =
                campaignJson("contract-" + UUID.randomUUID().toString().substring(0, 8));
        ResponseEntity<String> launched =
                call(new Call("office1", HttpMethod.POST, "/api/self-review/campaigns", campaign));
        assertThat(launched.getStatusCode().value()).as(launched.getBody()).isEqualTo(201);
        long campaignId = read(launched.getBody()).path("campaign").path("id").asLong();
        ResponseEntity<String> list =
                call(new Call("office1", HttpMethod.POST, "/api/task-lists", taskListJson(LIST_YEAR)));
        assertThat(list.getStatusCode().value()).as(list.getBody()).isEqualTo(201);

        Map<String, Call> calls = new LinkedHashMap<>();
        String newCampaign =
                campaignJson("contract-" + UUID.randomUUID().toString().substring(0, 8));
        calls.put(
                "selfReview_launch 201 launched",
                new Call("office1", HttpMethod.POST, "/api/self-review/campaigns", newCampaign));
        calls.put(
                "selfReview_launch 400 missingFields",
                new Call("office1", HttpMethod.POST, "/api/self-review/campaigns", "{\"year\":2026}"));
        calls.put(
                "selfReview_launch 403 notOffice",
                new Call("m0001", HttpMethod.POST, "/api/self-review/campaigns", campaign));
        calls.put(
                "selfReview_launch 409 duplicateBusinessKey",
                new Call("office1", HttpMethod.POST, "/api/self-review/campaigns", campaign));
        calls.put(
                "selfReview_campaign 200 campaign",
                new Call("m0001", HttpMethod.GET, "/api/self-review/campaigns/" + campaignId, null));
        calls.put(
                "selfReview_campaign 404 noSuchCampaign",
                new Call("m0001", HttpMethod.GET, "/api/self-review/campaigns/999999", null));
        calls.put(
                "selfReview_coverage 200 coverage",
                new Call("office1", HttpMethod.GET, "/api/self-review/campaigns/" + campaignId + "/coverage", null));
        calls.put(
                "selfReview_coverage 403 member",
                new Call("m0001", HttpMethod.GET, "/api/self-review/campaigns/" + campaignId + "/coverage", null));
        calls.put(
                "taskList_create 201 created",
                new Call("office1", HttpMethod.POST, "/api/task-lists", taskListJson(LIST_YEAR + 1)));
        calls.put(
                "taskList_create 409 yearExists",
                new Call("office1", HttpMethod.POST, "/api/task-lists", taskListJson(LIST_YEAR)));
        calls.put("taskList_list 200 list", new Call("m0001", HttpMethod.GET, "/api/task-lists/" + LIST_YEAR, null));
        calls.put("org_importFiles 415 notMultipart", new Call("office1", HttpMethod.POST, "/api/org/import", "{}"));
        calls.put("task_todo 200 page", new Call("secretary", HttpMethod.GET, "/api/tasks/todo?page=1&size=20", null));
        calls.put("task_todo 401 anonymous", new Call(null, HttpMethod.GET, "/api/tasks/todo", null));
        calls.put("org_person 200 person", new Call("m0001", HttpMethod.GET, "/api/org/people/head-d09", null));
        calls.put("org_person 404 noSuchPerson", new Call("m0001", HttpMethod.GET, "/api/org/people/nobody", null));
        calls.put("org_units 200 units", new Call("m0001", HttpMethod.GET, "/api/org/units", null));
        return calls;
    }

    private ResponseEntity<String> call(Call call) {
        TestRestTemplate client = call.user() == null ? http : as(call.user());
        HttpHeaders headers = new HttpHeaders();
        if (call.body() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return client.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), String.class);
    }

    private static String campaignJson(String slug) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        return """
                {"name":"2026年度查改剖专项自查（接口契约）","year":2026,"slug":"%s","unitIds":["d09"],
                 "checkDue":"%s","correctDue":"%s","analyseDue":"%s","reviewDue":"%s"}""".formatted(slug, day, day.plusDays(7), day.plusDays(14), day.plusDays(21));
    }

    private static String taskListJson(int year) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        return """
                {"year":%d,"title":"%d年度任务清单（接口契约）","signOffDue":"%s","tasks":[{"content":"开展廉政风险点排查",
                 "sourceList":"廉政风险问题清单","responsibility":"监督责任","leadUnit":"a02","leader":"王秀兰",
                 "deadline":"%s"}]}""".formatted(year, year, day, day.plusDays(90));
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body == null ? "null" : body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** Each field the example shows is in the answer (arrays: their first elements, when both have one). */
    private static void fieldsMissing(JsonNode example, JsonNode answer, String at, String key, List<String> failures) {
        if (example.isObject() && answer.isObject()) {
            example.fieldNames().forEachRemaining(field -> {
                if (!answer.has(field)) {
                    failures.add(key + ": the example shows " + at + "." + field + ", the answer has no such field");
                } else {
                    fieldsMissing(example.get(field), answer.get(field), at + "." + field, key, failures);
                }
            });
        } else if (example.isArray() && answer.isArray() && !example.isEmpty() && !answer.isEmpty()) {
            fieldsMissing(example.get(0), answer.get(0), at + "[0]", key, failures);
        }
    }
}
