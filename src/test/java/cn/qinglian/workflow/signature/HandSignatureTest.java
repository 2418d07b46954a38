package cn.qinglian.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.TestHandlers;
import cn.qinglian.workflow.letter.LetterProcess;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A signature drawn on the phone: checked, kept with its task, required where the office says, printed in the letter. */
class HandSignatureTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLettersSignatureIsKeptWithTheSignatureRecordAndPrintedInThePdf() throws IOException {
        assertThat(postJson(as("office1"), "/api/letters", "{\"year\":2075}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Task approve = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-2075")
                .singleResult();
        engine.getTaskService().complete(approve.getId(), Map.of("approved", true));
        runAsyncJobs(approve.getProcessInstanceId());
        Task prepare = signingTask(LetterProcess.TASK_PREPARE, "leader2");
        engine.getTaskService().complete(prepare.getId(), Map.of());
        Task sign = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(prepare.getProcessInstanceId())
                .singleResult();

        ResponseEntity<String> offered = as("leader2").getForEntity("/api/tasks/" + sign.getId(), String.class);
        assertThat(offered.getBody()).contains("\"signature\":\"OPTIONAL\"");
        assertThat(putPng(as("leader3"), sign.getId(), signature(600, 240)).getStatusCode())
                .as("not their task")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(putPng(as("leader2"), sign.getId(), signature(600, 240)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(putPng(as("leader2"), sign.getId(), signature(500, 200)).getStatusCode())
                .as("signing again replaces it")
                .isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM hand_signature WHERE task_id = ?", Integer.class, sign.getId()))
                .isEqualTo(1);

        assertThat(postJson(as("leader2"), "/api/letters/2075/signatures/leader2/sign", "{\"opinion\":\"坚决落实\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Long kept = jdbc.queryForObject(
                "SELECT s.hand_signature_id FROM letter_signature s JOIN letter l ON l.id = s.letter_id"
                        + " WHERE l.letter_year = 2075 AND s.person_id = 'leader2'",
                Long.class);
        assertThat(kept).isNotNull();

        byte[] pdf = as("leader2")
                .getForEntity("/api/letters/2075/signatures/leader2.pdf", byte[].class)
                .getBody();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDImageXObject printed = images(document);
            assertThat(printed).as("the drawn signature is in the PDF").isNotNull();
            assertThat(printed.getWidth()).isEqualTo(500);
        }
    }

    @Test
    void onlyAPngWithInkWithinTheLimitsIsTaken() throws IOException {
        Task task = startTestApproval("hand-signature-checks", "m0041");
        setMode("office1", TestHandlers.TEST_APPROVAL, "userTask_approve", "OPTIONAL", HttpStatus.OK);
        try {
            assertRefused(task, "not a png".getBytes(), "PNG");
            assertRefused(task, blank(600, 240), "空白");
            assertRefused(task, signature(2400, 200), "像素");
            assertRefused(task, new byte[SignatureImage.MAX_BYTES + 10], "200 KB");
            byte[] withText = pngWithTextChunk(signature(600, 240));
            ResponseEntity<String> taken = putPng(as("m0041"), task.getId(), withText);
            assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.OK);
            byte[] stored = jdbc.queryForObject(
                    "SELECT image_png FROM hand_signature WHERE task_id = ?", byte[].class, task.getId());
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("re-encoded: nothing but the pixels is kept")
                    .doesNotContain("tEXt");
            assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth())
                    .isEqualTo(600);
        } finally {
            setMode("office1", TestHandlers.TEST_APPROVAL, "userTask_approve", "OFF", HttpStatus.OK);
        }
        assertThat(putPng(as("m0041"), task.getId(), signature(600, 240)).getStatusCode())
                .as("a step that asks for none")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aStepTheOfficeMakesRequireASignatureIsNotCompletedWithoutOne() throws IOException {
        setMode("m0042", TestHandlers.TEST_APPROVAL, "userTask_approve", "REQUIRED", HttpStatus.FORBIDDEN);
        setMode("office1", TestHandlers.TEST_APPROVAL, "userTask_nowhere", "REQUIRED", HttpStatus.BAD_REQUEST);
        Task task = startTestApproval("hand-signature-required", "m0042");
        setMode("office1", TestHandlers.TEST_APPROVAL, "userTask_approve", "REQUIRED", HttpStatus.OK);
        try {
            assertThat(as("m0042")
                            .getForEntity("/api/tasks/" + task.getId(), String.class)
                            .getBody())
                    .contains("\"signature\":\"REQUIRED\"");
            ResponseEntity<String> refused =
                    postJson(as("m0042"), "/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\":{}}");
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("须手写签名").doesNotContain("Exception");
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .taskId(task.getId())
                            .count())
                    .as("the task is still open")
                    .isEqualTo(1);

            assertThat(putPng(as("m0042"), task.getId(), signature(600, 240)).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(postJson(as("m0042"), "/engine-rest/task/" + task.getId() + "/submit-form", "{\"variables\":{}}")
                            .getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        } finally {
            setMode("office1", TestHandlers.TEST_APPROVAL, "userTask_approve", "OFF", HttpStatus.OK);
        }
        assertThat(as("m0042")
                        .getForEntity("/api/hand-signatures/steps", String.class)
                        .getBody())
                .contains("letterSigning")
                .doesNotContain(TestHandlers.TEST_APPROVAL);
    }

    private void assertRefused(Task task, byte[] png, String because) {
        ResponseEntity<String> refused = putPng(as("m0041"), task.getId(), png);
        assertThat(refused.getStatusCode()).as(because).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains(because);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM hand_signature WHERE task_id = ?", Integer.class, task.getId()))
                .isZero();
    }

    private void setMode(String userId, String processKey, String stepId, String mode, HttpStatus expected) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"processKey\":\"%s\",\"stepId\":\"%s\",\"mode\":\"%s\"}".formatted(processKey, stepId, mode);
        ResponseEntity<String> answer = as(userId)
                .exchange("/api/hand-signatures/steps", HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(expected);
    }

    private static ResponseEntity<String> putPng(TestRestTemplate client, String taskId, byte[] png) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.IMAGE_PNG);
        return client.exchange(
                "/api/tasks/" + taskId + "/hand-signature",
                HttpMethod.PUT,
                new HttpEntity<>(png, headers),
                String.class);
    }

    private Task signingTask(String step, String signer) {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("letter-2075")
                .taskDefinitionKey(step)
                .list()
                .stream()
                .filter(t -> signer.equals(engine.getTaskService().getVariable(t.getId(), LetterProcess.VAR_SIGNER)))
                .findFirst()
                .orElseThrow();
    }

    private static PDImageXObject images(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    return image;
                }
            }
        }
        return null;
    }

    /** Strokes of ink on a transparent background, as the phone's pad draws them. */
    static byte[] signature(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(17, 17, 17));
        g.setStroke(new BasicStroke(6));
        g.drawLine(20, height / 2, width / 3, height / 4);
        g.drawLine(width / 3, height / 4, width / 2, height * 3 / 4);
        g.drawLine(width / 2, height * 3 / 4, width - 20, height / 3);
        g.dispose();
        return png(image);
    }

    private static byte[] blank(int width, int height) throws IOException {
        return png(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk (metadata a phone might add) right after its header chunk. */
    private static byte[] pngWithTextChunk(byte[] png) {
        byte[] data = "Comment\0from the phone".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        crc.update(data);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put("tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .put(data);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature, then IHDR (length 4 + type 4 + 13 data + crc 4)
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, afterHeader);
        System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
        return out;
    }
}
