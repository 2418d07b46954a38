package cn.qinglian.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The letter over REST as the office and the people signing use it, including the refusals. */
class LetterApiTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    LetterQueries queries;

    @Test
    void theOfficeDraftsTheYearsLetterOnceAndCoverageShowsWhoHasNotSigned() throws Exception {
        assertThat(postJson(as("m0001"), "/api/letters", "{\"year\":2061}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> created = postJson(as("office1"), "/api/letters", "{\"year\":2061}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        assertThat(body.path("letter").path("businessKey").asText()).isEqualTo("letter-2061");
        assertThat(body.path("text").path("title").asText()).isEqualTo("2061年度党风廉政建设责任书");
        ResponseEntity<String> again = postJson(as("office1"), "/api/letters", "{\"year\":2061}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("未重复创建");

        JsonNode coverage = json.readTree(as("office1").getForObject("/api/letters/2061/coverage", String.class));
        assertThat(coverage.path("total").path("signed").asInt()).isZero();
        assertThat(coverage.path("total").path("expected").asInt()).isPositive();
        assertThat(coverage.path("units").get(0).path("pendingPeople").get(0).path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(as("office1").getForEntity("/api/letters/1999/coverage", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String approval = json.readTree(as("secretary").getForObject("/engine-rest/task?processInstanceBusinessKey=letter-2061",
                String.class)).get(0).path("id").asText();
        assertThat(postJson(as("leader1"), "/engine-rest/task/" + approval + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true}}}").getStatusCode())
                .as("only the secretary approves").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noOpinion = postJson(as("secretary"), "/engine-rest/task/" + approval + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false}}}");
        assertThat(noOpinion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noOpinion.getBody()).contains("opinion");
    }

    @Test
    void signingOverRestUrgingAndTheLevelDeadline() throws Exception {
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":2063}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Task approve = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("letter-2063").singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approved", true));
        runAsyncJobs(approve.getProcessInstanceId());
        Task prepare = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("letter-2063")
                .taskDefinitionKey(LetterProcess.TASK_PREPARE).list().stream()
                .filter(t -> "leader4".equals(engine.getTaskService().getVariable(t.getId(), LetterProcess.VAR_SIGNER)))
                .findFirst().orElseThrow();
        String pair = prepare.getProcessInstanceId();
        assertThat(postJson(as("leader4"), "/api/letters/2063/signatures/leader4/sign", "{}").getStatusCode())
                .as("not sent yet").isEqualTo(HttpStatus.CONFLICT);
        engine.getTaskService().complete(prepare.getId(), Map.of());
        Task sign = engine.getTaskService().createTaskQuery().processInstanceId(pair).singleResult();
        assertThat(sign.getDueDate()).isNotNull();

        assertThat(postJson(as("leader1"), "/api/letters/2063/signatures/leader4/urge", "").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(as("secretary"), "/api/letters/2063/signatures/leader4/urge", "").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> twice = postJson(as("secretary"), "/api/letters/2063/signatures/leader4/urge", "");
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("一小时内");

        engine.getManagementService().executeJob(timer(pair, LetterProcess.TIMER_SIGN_REMINDER).getId());
        engine.getManagementService().executeJob(timer(pair, LetterProcess.TIMER_SIGN_ESCALATION).getId());
        assertThat(kinds()).contains("URGED", "REMINDED", "ESCALATED");

        assertThat(postJson(as("leader1"), "/api/letters/2063/signatures/leader4/sign", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> signed = postJson(as("leader4"), "/api/letters/2063/signatures/leader4/sign",
                "{\"opinion\":\"坚决落实\"}");
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(signed.getBody()).path("status").asText()).isEqualTo("SIGNED");
        ResponseEntity<String> again = postJson(as("leader4"), "/api/letters/2063/signatures/leader4/sign", "{}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("不能重复签订");
        assertThat(postJson(as("leader4"), "/api/letters/2063/signatures/nobody/sign", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<byte[]> pdf = as("leader4").getForEntity("/api/letters/2063/signatures/leader4.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2063年度党风廉政建设责任书", "甲方：张建国", "乙方：刘晓燕",
                    "坚持把党的政治建设摆在首位", "乙方意见：坚决落实", "第 1 版");
        }
        assertThat(as("secretary").getForEntity("/api/letters/2063/signatures/leader4.pdf", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("m0001").getForEntity("/api/letters/2063/signatures/leader4.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("leader1").getForEntity("/api/letters/2063/signatures/leader1.pdf", String.class).getStatusCode())
                .as("not signed yet").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theSecretaryStartsTheYearsLetterFromTasklistsStartForm() throws Exception {
        String start = "/engine-rest/process-definition/key/" + LetterProcess.PROCESS_KEY + "/submit-form";
        String body = "{\"variables\":{\"year\":{\"value\":2064,\"type\":\"Long\"}}}";
        assertThat(postJson(as("m0001"), start, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(postJson(as("secretary"), start, body).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode letter = json.readTree(as("secretary").getForObject("/api/letters/2064", String.class));
        assertThat(letter.path("letter").path("businessKey").asText()).isEqualTo("letter-2064");
        assertThat(letter.path("letter").path("createdBy").asText()).isEqualTo("secretary");
        JsonNode tasks = json.readTree(as("secretary").getForObject("/engine-rest/task?processInstanceBusinessKey=letter-2064",
                String.class));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("name").asText()).isEqualTo("党组书记审定责任书");

        ResponseEntity<String> twice = postJson(as("secretary"), start, body);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(twice.getBody()).contains("已经存在");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("letter-2064").count())
                .isEqualTo(1);
    }

    private Job timer(String processInstanceId, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .singleResult();
    }

    private List<String> kinds() {
        return queries.eventKinds(2063);
    }
}
