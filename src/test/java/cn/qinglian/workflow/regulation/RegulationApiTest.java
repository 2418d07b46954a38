package cn.qinglian.workflow.regulation;

import static cn.qinglian.workflow.regulation.RegulationFixtures.chapter;
import static cn.qinglian.workflow.regulation.RegulationFixtures.compilation;
import static cn.qinglian.workflow.regulation.RegulationFixtures.regulation;
import static cn.qinglian.workflow.regulation.RegulationFixtures.review;
import static cn.qinglian.workflow.regulation.RegulationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.audit.AuditRecord;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** 制度汇编 over REST as the office, the 党组 and members use it, with every refusal. */
class RegulationApiTest extends IntegrationTest {

    static final String BASE = "/api/regulations";
    static final List<String> COUNTED = List.of(
            "regulation",
            "regulation_file",
            "regulation_compilation",
            "regulation_chapter",
            "regulation_compilation_item",
            "regulation_study",
            "regulation_review_item",
            "notice",
            "audit_record");

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditService audit;

    @Autowired
    OrgService org;

    @Autowired
    RegulationFigures figures;

    // ---- the register -------------------------------------------------------------------------------------

    @Test
    void theOfficeAndThePartyGroupRecordRegulationsAndEveryMemberReadsThoseInForce() throws Exception {
        for (String keeper : List.of("office1", "secretary", "leader1", "demo")) {
            String title = unique("公务接待管理规定");
            ResponseEntity<String> created = post(keeper, "", regulation(title));
            assertThat(created.getStatusCode()).as(keeper).isEqualTo(HttpStatus.CREATED);
            JsonNode regulation = json.readTree(created.getBody());
            long id = regulation.path("id").asLong();
            assertThat(created.getHeaders().getLocation()).hasToString(BASE + "/" + id);
            assertThat(regulation.path("levelLabel").asText()).isEqualTo("委内");
            assertThat(regulation.path("categoryLabel").asText()).isEqualTo("党风廉政");
            assertThat(regulation.path("statusLabel").asText()).isEqualTo("现行");

            assertThat(get("m0001", "").getBody()).contains(title);
            JsonNode detail = json.readTree(get("m0001", "/" + id).getBody());
            assertThat(detail.path("text").asText()).startsWith("第一条 为加强党风廉政建设");
        }
    }

    @Test
    void membersUnitHeadsAndBranchSecretariesMayNotRecordRegulations() {
        for (String user : List.of("m0001", "head-d01", "bs-b1", "ins-b1")) {
            ResponseEntity<String> refused = post(user, "", regulation(unique("越权登记的制度")));
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("\"code\":\"forbidden\"", "制度汇编仅");
        }
    }

    @Test
    void aBadRegulationIs400NamingEveryBadFieldAndWritesNothing() throws Exception {
        Map<String, Object> body = regulation("");
        body.put("docNumber", " ");
        body.put("level", "县");
        body.put("category", "其他类");
        body.put("issuedOn", "2026-05-01");
        body.put("effectiveFrom", "2026-04-01");
        body.put("effectiveUntil", "2026-01-01");
        body.put("issuer", "机".repeat(201));
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> response = post("office1", "", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "title", "docNumber", "issuer", "level", "category", "effectiveFrom", "effectiveUntil");
        assertThat(problem.path("detail").asText()).contains("7 处问题");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
    }

    @Test
    void theSameDocNumberOfTheSameIssuerTwiceIs409AndUnknownIs404() throws Exception {
        Map<String, Object> body = regulation(unique("因公出国管理办法"));
        assertThat(post("office1", "", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        body.put("title", "另一个名称");
        ResponseEntity<String> again = post("office2", "", body);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("regulation-duplicate", "未重复登记");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
        body.put("issuer", "市纪委监委");
        assertThat(post("office2", "", body).getStatusCode())
                .as("same 文号, other issuer")
                .isEqualTo(HttpStatus.CREATED);
        assertThat(get("m0001", "/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("m0001", "/999999999").getBody()).contains("找不到制度");
        assertThat(put("office1", "/999999999", body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void markingARegulationRevisedNamesItsReplacementIsAuditedAndHidesItFromMembers() throws Exception {
        long old = create(unique("廉政谈话办法（2019）"));
        long revised = create(unique("廉政谈话办法（2026）"));

        ResponseEntity<String> missing = post("office1", "/" + old + "/status", Map.of("status", "已修订"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(missing.getBody()).path("errors").findValuesAsText("field"))
                .containsExactly("replacedBy");
        assertThat(post("m0001", "/" + old + "/status", Map.of("status", "已修订", "replacedBy", revised))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> marked =
                post("office1", "/" + old + "/status", Map.of("status", "已修订", "replacedBy", revised, "note", "按新规修订"));

        assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode regulation = json.readTree(marked.getBody());
        assertThat(regulation.path("statusLabel").asText()).isEqualTo("已修订");
        assertThat(regulation.path("replacedBy").asLong()).isEqualTo(revised);
        List<AuditRecord> trail = audit.forBusinessKey("regulation-" + old);
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.outcome()).isEqualTo("regulation-revised");
            assertThat(r.actorId()).isEqualTo("office1");
            assertThat(r.opinion()).contains("已修订", "廉政谈话办法（2026）");
        });

        assertThat(get("m0001", "/" + old).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("m0001", "").getBody()).doesNotContain("\"id\":" + old + ",");
        assertThat(get("m0001", "?status=已修订").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("office1", "?status=已修订").getBody()).contains("\"id\":" + old + ",");
        assertThat(post("office1", "/" + old + "/status", Map.of("status", "已修订", "replacedBy", revised))
                        .getStatusCode())
                .as("already revised")
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<String> repealed = post("leader1", "/" + revised + "/status", Map.of("status", "已废止"));
        assertThat(repealed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit.forBusinessKey("regulation-" + revised))
                .anyMatch(r -> r.outcome().equals("regulation-repealed"));
    }

    @Test
    void theOriginalIsCheckedStoredAndDownloadableByMembers() throws Exception {
        long id = create(unique("财务报销审批规定"));
        byte[] pdf = "%PDF-1.4 财务报销审批规定".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> fake = upload("office1", "/" + id + "/file", "规定.pdf", "MZ not a pdf".getBytes());
        assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fake.getBody()).contains("\"field\":\"file\"");
        assertThat(upload("office1", "/" + id + "/file", "规定.exe", pdf).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(upload("m0001", "/" + id + "/file", "规定.pdf", pdf).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> uploaded = upload("office1", "/" + id + "/file", "财务报销审批规定.pdf", pdf);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(uploaded.getBody()).path("fileName").asText()).isEqualTo("财务报销审批规定.pdf");
        ResponseEntity<byte[]> download = as("m0001").getForEntity(BASE + "/" + id + "/file", byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("财务报销审批规定.pdf");
        long other = create(unique("无原件的制度"));
        assertThat(get("m0001", "/" + other + "/file").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- compilations -------------------------------------------------------------------------------------

    @Test
    void publishingFreezesACompilationAndMembersSeeOnlyPublishedOnes() throws Exception {
        long a = create(unique("八项规定实施细则"));
        long b = create(unique("工程招投标监督办法"));
        String title = unique("2081年度机关制度汇编");
        ResponseEntity<String> created = post(
                "office1",
                "/compilations",
                compilation(2081, title, List.of(chapter("党风廉政", List.of(a)), chapter("工程建设", List.of(b)))));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id =
                json.readTree(created.getBody()).path("compilation").path("id").asLong();
        assertThat(json.readTree(created.getBody())
                        .path("chapters")
                        .get(1)
                        .path("items")
                        .get(0)
                        .path("regulationId")
                        .asLong())
                .isEqualTo(b);
        assertThat(get("m0001", "/compilations/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("m0001", "/compilations?year=2081").getBody()).doesNotContain(title);
        assertThat(post("m0001", "/compilations/" + id + "/studied", Map.of()).getStatusCode())
                .as("a draft cannot be confirmed")
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<String> reordered =
                put("office1", "/compilations/" + id, compilation(2081, title, List.of(chapter("综合", List.of(b, a)))));
        assertThat(reordered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(reordered.getBody()).path("chapters")).hasSize(1);

        ResponseEntity<String> published = as("office1")
                .exchange(BASE + "/compilations/" + id + "/publish", HttpMethod.POST, HttpEntity.EMPTY, String.class);
        assertThat(published.getStatusCode())
                .as("published without asking anyone")
                .isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(published.getBody())
                        .path("compilation")
                        .path("statusLabel")
                        .asText())
                .isEqualTo("已发布");
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> edit =
                put("office1", "/compilations/" + id, compilation(2081, title, List.of(chapter("综合", List.of(a)))));

        assertThat(edit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(edit.getBody()).contains("regulation-compilation-published", "已发布，不能再修改");
        assertThat(post("office1", "/compilations/" + id + "/publish", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
        JsonNode read = json.readTree(get("m0001", "/compilations/" + id).getBody());
        assertThat(read.path("chapters").get(0).path("items").findValuesAsText("regulationId"))
                .containsExactly(String.valueOf(b), String.valueOf(a));
        assertThat(get("m0001", "/compilations?year=2081").getBody()).contains(title);
        assertThat(audit.forBusinessKey("regulation-compilation-" + id))
                .extracting(AuditRecord::outcome)
                .contains("regulation-compilation-saved", "regulation-compilation-published");
    }

    @Test
    void aDraftIsNotPublishedWithARegulationRepealedSinceItWasCompiled() throws Exception {
        long kept = create(unique("机关值班管理办法"));
        String repealedTitle = unique("临时性工作规定");
        long repealed = create(repealedTitle);
        long id = id(
                post(
                        "office1",
                        "/compilations",
                        compilation(2088, unique("汇编"), List.of(chapter("综合", List.of(kept, repealed))))),
                "compilation");
        post("office1", "/" + repealed + "/status", Map.of("status", "已废止"));
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> refused =
                post("office1", "/compilations/" + id + "/publish", Map.of("askEveryone", true));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"field\":\"chapters\"", repealedTitle, "已废止");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);
        assertThat(json.readTree(get("office1", "/compilations/" + id).getBody())
                        .path("compilation")
                        .path("statusLabel")
                        .asText())
                .isEqualTo("草稿");
    }

    @Test
    void aBadCompilationIs400ADuplicateIs409AndOnlyKeepersCompile() throws Exception {
        long a = create(unique("选人用人工作规定"));
        long repealed = create(unique("已废止的旧规定"));
        post("office1", "/" + repealed + "/status", Map.of("status", "已废止"));
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> bad = post(
                "office1",
                "/compilations",
                compilation(
                        1999, "", List.of(chapter("", List.of(a, a)), chapter("财务", List.of(999999999L, repealed)))));

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "year",
                        "title",
                        "chapters[0].title",
                        "chapters[0].regulationIds[1]",
                        "chapters[1].regulationIds[0]",
                        "chapters[1].regulationIds[1]");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);

        Map<String, Object> body = compilation(2082, unique("2082年度机关制度汇编"), List.of(chapter("选人用人", List.of(a))));
        assertThat(post("m0001", "/compilations", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("office1", "/compilations", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> again = post("office2", "/compilations", body);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("regulation-compilation-duplicate");
        assertThat(get("office1", "/compilations/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCompilationPdfPrintsEveryRegulationWithItsNumberAndRareCharacters() throws Exception {
        String rare = unique("关于学习𠀾𡘙同志先进事迹的通知");
        Map<String, Object> body = regulation(rare);
        body.put("text", "全体党员要向𠀾𡘙同志学习😀。");
        long a = id(post("office1", "", body));
        long b = create(unique("机关财务管理办法"));
        String title = unique("2083年度机关制度汇编");
        long id = id(
                post(
                        "office1",
                        "/compilations",
                        compilation(2083, title, List.of(chapter("党风廉政", List.of(a)), chapter("财务管理", List.of(b))))),
                "compilation");
        post("office1", "/compilations/" + id + "/publish", Map.of());

        ResponseEntity<byte[]> response = as("m0001").getForEntity(BASE + "/compilations/" + id + "/pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(title + ".pdf");
        try (PDDocument document = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(title, "中共市住房和城乡建设委员会机关党委", "目    录", "第一章  党风廉政", "第二章  财务管理")
                    .contains(rare, "全体党员要向𠀾𡘙同志学习😀。", "第 1 页 / 共 " + document.getNumberOfPages() + " 页")
                    .doesNotContain("□");
        }
        assertThat(as("m0001")
                        .getForEntity(BASE + "/compilations/999999999/pdf", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- study confirmation -------------------------------------------------------------------------------

    @Test
    void studyIsAskedOfTheUnitsConfirmedOnceAndCoveredPerUnit() throws Exception {
        long a = create(unique("党支部工作条例实施办法"));
        String title = unique("2084年度机关制度汇编");
        long id = id(
                post("office1", "/compilations", compilation(2084, title, List.of(chapter("综合", List.of(a))))),
                "compilation");
        Set<String> expected = peopleUnder("b3");
        assertThat(expected).hasSizeGreaterThan(3);
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED);

        ResponseEntity<String> bad = post(
                "office1",
                "/compilations/" + id + "/publish",
                Map.of("unitIds", List.of("b3", "no-such-unit"), "studyDue", "2000-01-01"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("unitIds[1]", "studyDue");
        assertThat(TableCounts.of(jdbc, COUNTED)).isEqualTo(before);

        String due = today().plusDays(30).toString();
        assertThat(post(
                                "office1",
                                "/compilations/" + id + "/publish",
                                Map.of("unitIds", List.of("b3"), "studyDue", due))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<String> told = jdbc.queryForList(
                "SELECT recipient_id FROM notice WHERE title = ?", String.class, "待办：学习《" + title + "》并确认已学习");
        assertThat(told)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().filter(p -> !p.equals("office1")).toList());
        JsonNode coverage = json.readTree(
                get("office1", "/compilations/" + id + "/coverage").getBody());
        assertThat(coverage.path("total").path("asked").asInt()).isEqualTo(expected.size());
        assertThat(coverage.path("total").path("studied").asInt()).isZero();

        String[] two = expected.stream().sorted().limit(2).toArray(String[]::new);
        String unitOfFirst = org.organisation().person(two[0]).orElseThrow().unitId();
        ResponseEntity<String> first = post(two[0], "/compilations/" + id + "/studied", Map.of());
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody()).path("studiedByMe").asBoolean())
                .isTrue();
        assertThat(post(two[0], "/compilations/" + id + "/studied", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        post(two[1], "/compilations/" + id + "/studied", Map.of());
        String outsider = org.people("d01", null).stream()
                .map(Person::id)
                .filter(p -> !expected.contains(p))
                .findFirst()
                .orElseThrow();
        post(outsider, "/compilations/" + id + "/studied", Map.of());

        coverage = json.readTree(
                get("office1", "/compilations/" + id + "/coverage").getBody());
        assertThat(coverage.path("total").path("asked").asInt()).isEqualTo(expected.size());
        assertThat(coverage.path("total").path("studied").asInt())
                .as("twice counts once; the unasked not at all")
                .isEqualTo(2);
        assertThat(coverage.path("total").path("percent").asDouble())
                .isEqualTo(Math.round(2 * 1000.0 / expected.size()) / 10.0);
        Map<String, int[]> units = new HashMap<>();
        coverage.path("units")
                .forEach(u -> units.put(u.path("unitId").asText(), new int[] {
                    u.path("counts").path("asked").asInt(),
                    u.path("counts").path("studied").asInt()
                }));
        assertThat(units.keySet())
                .contains("b3")
                .allMatch(u -> peopleUnitsUnder("b3").contains(u));
        assertThat(units.values().stream().mapToInt(c -> c[0]).sum()).isEqualTo(expected.size());
        assertThat(units.get(unitOfFirst)[1]).isGreaterThanOrEqualTo(1);
        assertThat(coverage.path("notStudied").findValuesAsText("personId"))
                .hasSize(expected.size() - 2)
                .doesNotContain(two[0], two[1], outsider);
        assertThat(audit.forBusinessKey("regulation-compilation-" + id).stream()
                        .filter(r -> r.outcome().equals("regulation-studied")
                                && r.actorId().equals(two[0])))
                .hasSize(1);
        assertThat(get(two[0], "/compilations/" + id + "/coverage").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(get(two[0], "/compilations/" + id).getBody())
                        .path("studiedByMe")
                        .asBoolean())
                .isTrue();
    }

    // ---- the 立改废 review ----------------------------------------------------------------------------------

    @Test
    void theOwnerMarksAReviewItemDoneAndOpenItemsPastTheirDateAreOverdue() throws Exception {
        int year = 2085;
        long a = create(unique("政府采购内控办法"));
        long b = create(unique("公务用车管理办法"));
        String past = today().minusDays(3).toString();
        String future = today().plusDays(60).toString();

        ResponseEntity<String> bad = post("office1", "/reviews", review(year, 999999999L, "改写", null, "nobody"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("regulationId", "action", "dueDate", "ownerId");
        assertThat(post("m0001", "/reviews", review(year, a, "修订", future, "head-d02"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> revise = post("office1", "/reviews", review(year, a, "修订", past, "head-d02"));
        assertThat(revise.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long reviseId = json.readTree(revise.getBody()).path("id").asLong();
        long repealId = id(post("office1", "/reviews", review(year, b, "废止", future, "head-d03")));
        assertThat(post("office2", "/reviews", review(year, a, "保留", future, "head-d02"))
                        .getStatusCode())
                .as("one item per regulation and year")
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode overdue = json.readTree(
                get("office1", "/reviews?year=" + year + "&overdue=true").getBody());
        assertThat(overdue.findValuesAsText("id")).containsExactly(String.valueOf(reviseId));
        assertThat(overdue.get(0).path("statusLabel").asText()).isEqualTo("已逾期");
        assertThat(json.readTree(get("head-d02", "/reviews?year=" + year).getBody())
                        .findValuesAsText("id"))
                .as("an owner reads their own items")
                .containsExactly(String.valueOf(reviseId));
        assertThat(get("head-d02", "/reviews/" + repealId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(post("office1", "/reviews/" + reviseId + "/done", Map.of()).getStatusCode())
                .as("the office does not mark the owner's item done")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> done = post("head-d02", "/reviews/" + reviseId + "/done", Map.of("note", "已印发修订稿"));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(done.getBody()).path("statusLabel").asText()).isEqualTo("已完成");
        assertThat(post("head-d02", "/reviews/" + reviseId + "/done", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(get("office1", "/reviews?year=" + year + "&overdue=true")
                        .getBody()))
                .isEmpty();
        assertThat(put("office1", "/reviews/" + reviseId, review(year, a, "保留", future, "head-d02"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(audit.forBusinessKey("regulation-" + a))
                .extracting(AuditRecord::outcome)
                .contains("regulation-review-saved", "regulation-review-done");
        assertThat(post("head-d02", "/reviews/999999999/done", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ---- figures and the 台账 ---------------------------------------------------------------------------------

    @Test
    void theFiguresCountWhatIsInForceCompiledAndStudiedPerUnit() throws Exception {
        int year = 2086;
        RegulationFigures.Figures before = figures.figures(year);
        assertThat(before.compiled()).isZero();
        long a = create(unique("党员教育管理办法"));
        long b = create(unique("机关会议管理办法"));
        long draft = create(unique("只在草稿中的制度"));
        long id = id(
                post(
                        "office1",
                        "/compilations",
                        compilation(year, unique("汇编"), List.of(chapter("综合", List.of(a, b))))),
                "compilation");
        post("office1", "/compilations", compilation(year, unique("草稿汇编"), List.of(chapter("综合", List.of(draft)))));
        post("office1", "/compilations/" + id + "/publish", Map.of("unitIds", List.of("d02")));
        String member = peopleUnder("d02").stream().sorted().findFirst().orElseThrow();
        post(member, "/compilations/" + id + "/studied", Map.of());

        RegulationFigures.Figures after = figures.figures(year);

        assertThat(after.inForce()).isEqualTo(before.inForce() + 3);
        assertThat(after.compiled())
                .as("the draft's regulation is not compiled")
                .isEqualTo(2);
        assertThat(after.studied().asked()).isEqualTo(peopleUnder("d02").size());
        assertThat(after.studied().confirmed()).isEqualTo(1);
        assertThat(after.units()).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo("d02");
            assertThat(u.studied().confirmed()).isEqualTo(1);
        });
        assertThat(figures.figures(2079).compiled()).as("another year").isZero();
    }

    @Test
    void theYearsLedgerOpensWithASheetPerPart() throws Exception {
        int year = 2087;
        String regulationTitle = unique("信访举报处置办法");
        long a = create(regulationTitle);
        String title = unique("2087年度机关制度汇编");
        long id = id(
                post("office1", "/compilations", compilation(year, title, List.of(chapter("综合", List.of(a))))),
                "compilation");
        post("office1", "/compilations/" + id + "/publish", Map.of("unitIds", List.of("d04")));
        post("office1", "/reviews", review(year, a, "修订", today().plusDays(10).toString(), "head-d04"));

        ResponseEntity<byte[]> response = as("office1").getForEntity(BASE + "/export?year=" + year, byte[].class);

        try (ExportedWorkbook workbook =
                ExportedWorkbook.of(response, year + "年度制度汇编台账.xlsx", "regulations-" + year + ".xlsx")) {
            assertThat(workbook.sheetNames()).containsExactlyElementsOf(RegulationExport.SHEETS);
            assertThat(workbook.rowWhere("制度目录", 1, regulationTitle)).contains("委内", "党风廉政", "现行");
            assertThat(workbook.rowWhere("汇编目录", 5, regulationTitle)).contains(title, "已发布", "综合");
            assertThat(workbook.rowWhere("学习覆盖", 1, "合计"))
                    .contains(title, String.valueOf(peopleUnder("d04").size()));
            assertThat(workbook.rows("未确认学习人员")).hasSize(peopleUnder("d04").size());
            assertThat(workbook.rowWhere("立改废", 0, regulationTitle)).contains("修订", "办理中");
        }
        assertThat(get("m0001", "/export?year=" + year).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("office1", "/export?year=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("office1", "/export?year=3000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    static LocalDate today() {
        return ChinaTime.today(Clock.systemUTC());
    }

    /** The active people of a unit and every unit under it. */
    private Set<String> peopleUnder(String unitId) {
        Organisation organisation = org.organisation();
        return peopleUnitsUnder(unitId).stream()
                .flatMap(u -> organisation.membersOf(u).stream())
                .filter(Person::active)
                .map(Person::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<String> peopleUnitsUnder(String unitId) {
        Organisation organisation = org.organisation();
        Set<String> units = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(unitId));
        while (!toVisit.isEmpty()) {
            String unit = toVisit.pop();
            if (units.add(unit)) {
                organisation.childrenOf(unit).stream().map(Unit::id).forEach(toVisit::push);
            }
        }
        return units;
    }

    private long create(String title) throws Exception {
        return id(post("office1", "", regulation(title)));
    }

    private long id(ResponseEntity<String> created) throws Exception {
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path("id").asLong();
    }

    private long id(ResponseEntity<String> created, String part) throws Exception {
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).path(part).path("id").asLong();
    }

    private ResponseEntity<String> get(String user, String path) {
        return as(user).getForEntity(BASE + path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return send(as(user), HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        return send(as(user), HttpMethod.PUT, path, body);
    }

    private ResponseEntity<String> send(TestRestTemplate client, HttpMethod method, String path, Object body) {
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return client.exchange(
                    BASE + path, method, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> upload(String user, String path, String fileName, byte[] content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).exchange(BASE + path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }
}
