package cn.qinglian.workflow.org.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** Importing the organisation over REST: UTF-8, GBK and xlsx; every bad file refused whole. */
class OrgImportTest extends IntegrationTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final List<String> COUNTED_TABLES = List.of(
            "org_unit",
            "org_person",
            "org_person_role",
            "org_supervision",
            "ACT_ID_USER",
            "ACT_ID_GROUP",
            "ACT_ID_MEMBERSHIP");

    @Autowired
    OrgService orgService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrgImportCommand command;

    @Test
    void importsUnitsAndPeopleFromUtf8CsvWithBomIntoTheAppAndCamunda() {
        OrgFiles files = new OrgFiles();
        files.unit(files.id("u1"), "测试处", "处室", "b1")
                .person(files.id("p1"), "欧阳修远", files.id("u1"), "处长", "单位负责人、党员")
                .person(files.id("p2"), "诸葛晓明", files.id("u1"), "科员", "党员");

        ResponseEntity<String> response = upload(
                as("office1"),
                part(files.id("units.csv"), files.unitsCsv(StandardCharsets.UTF_8, true)),
                part(files.id("people.csv"), files.peopleCsv(StandardCharsets.UTF_8, true)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"unitsCreated\":1", "\"peopleCreated\":2");
        Person head = orgService.person(files.id("p1"));
        assertThat(head.name()).isEqualTo("欧阳修远");
        assertThat(head.roles()).containsExactlyInAnyOrder(Role.UNIT_HEAD, Role.PARTY_MEMBER);
        User user = engine.getIdentityService()
                .createUserQuery()
                .userId(files.id("p1"))
                .singleResult();
        assertThat(user.getFirstName()).isEqualTo("欧阳修远");
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupMember(files.id("p1"))
                        .list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("unit-" + files.id("u1"), "role-unit-head", "role-member");
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupId("unit-" + files.id("u1"))
                        .singleResult()
                        .getName())
                .isEqualTo("处室：测试处");
    }

    @Test
    void carriesWhereNoticesReachPeopleKeepsThemWhenAColumnIsLeftOutAndRefusesABadNumber() {
        OrgFiles files = new OrgFiles();
        files.unit(files.id("u1"), "通知测试处", "处室", "b1");
        String id = files.id("p1");
        String header = "人员编号,姓名,所在单位编号,角色,手机,钉钉ID,浙政钉ID,企业微信ID\n";
        byte[] units = files.unitsCsv(StandardCharsets.UTF_8, false);

        ResponseEntity<String> first = upload(
                as("office1"),
                part("units.csv", units),
                part(
                        "people.csv",
                        OrgFiles.utf8(
                                header + id + ",钱𠀾," + files.id("u1") + ",党员,13800138000,ding-01,zzd-01,wx-01\n")));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(orgService.person(id).contacts())
                .isEqualTo(new Person.Contacts("13800138000", "ding-01", "zzd-01", "wx-01"));
        assertThat(as("office1")
                        .getForEntity("/api/org/people/" + id, String.class)
                        .getBody())
                .as("the people list does not show where people are reached")
                .doesNotContain("13800138000");

        upload(
                as("office1"),
                part("people.csv", OrgFiles.utf8("人员编号,姓名,所在单位编号,角色\n" + id + ",钱𠀾," + files.id("u1") + ",党员\n")));
        assertThat(orgService.person(id).contacts().dingtalkId())
                .as("a column left out keeps what is stored")
                .isEqualTo("ding-01");

        upload(
                as("office1"),
                part("people.csv", OrgFiles.utf8(header + id + ",钱𠀾," + files.id("u1") + ",党员,,,,wx-02\n")));
        assertThat(orgService.person(id).contacts()).isEqualTo(new Person.Contacts(null, null, null, "wx-02"));

        ResponseEntity<String> bad = upload(
                as("office1"),
                part("people.csv", OrgFiles.utf8(header + id + ",钱𠀾," + files.id("u1") + ",党员,打电话给我,ding 01,,\n")));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("手机号码格式无效").contains("钉钉ID不能含空格");
        assertThat(orgService.person(id).contacts().wecomId()).isEqualTo("wx-02");
    }

    @Test
    void importsGbkCsvAsExcelSavesItOnChineseWindows() {
        OrgFiles files = new OrgFiles();
        files.unit(files.id("u1"), "城建档案馆分馆", "直属单位", "pg")
                .person(files.id("p1"), "司马光华", files.id("u1"), "馆长", "单位负责人");

        ResponseEntity<String> response = upload(
                as("demo"), part("单位.csv", files.unitsCsv(GBK, false)), part("人员.csv", files.peopleCsv(GBK, false)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(orgService.unit(files.id("u1")).name()).isEqualTo("城建档案馆分馆");
        assertThat(orgService.person(files.id("p1")).name()).isEqualTo("司马光华");
    }

    @Test
    void importsAWorkbookWithUnitAndPeopleSheetsAndUpdatesOnReimport() throws Exception {
        OrgFiles files = new OrgFiles();
        files.unit(files.id("u1"), "示范协会党支部", "协会", "pg")
                .person(files.id("p1"), "上官婉清", files.id("u1"), "秘书长", "单位负责人")
                .person(files.id("p2"), "东方既白", files.id("u1"), "会员", "党员");
        assertThat(upload(as("office1"), part("组织.xlsx", files.xlsx())).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        OrgFiles moved = new OrgFiles();
        moved.personLine(String.join(",", files.id("p2"), "东方既白", "d01", "科员", "纪检委员、党员", "", ""));
        ResponseEntity<String> reimport =
                upload(as("office1"), part("people.csv", moved.peopleCsv(StandardCharsets.UTF_8, false)));

        assertThat(reimport.getBody()).contains("\"peopleCreated\":0", "\"peopleUpdated\":1");
        assertThat(orgService.person(files.id("p2")).unitId()).isEqualTo("d01");
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupMember(files.id("p2"))
                        .list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("unit-d01", "role-inspector", "role-member");
    }

    static Stream<Arguments> badFiles() {
        OrgFiles f = new OrgFiles();
        String u = f.id("u1");
        return Stream.of(
                Arguments.of(
                        "unknown parent",
                        "units.csv",
                        OrgFiles.csv(
                                OrgFiles.UNIT_HEADER, List.of(u + ",甲处,处室,nowhere,0"), StandardCharsets.UTF_8, false),
                        "上级单位编号",
                        2),
                Arguments.of(
                        "duplicate id",
                        "units.csv",
                        OrgFiles.csv(
                                OrgFiles.UNIT_HEADER,
                                List.of(u + ",甲处,处室,b1,0", u + ",乙处,处室,b1,0"),
                                StandardCharsets.UTF_8,
                                false),
                        "单位编号",
                        3),
                Arguments.of(
                        "missing column",
                        "units.csv",
                        OrgFiles.csv("单位编号,单位名称,上级单位编号", List.of(u + ",甲处,b1"), StandardCharsets.UTF_8, false),
                        "单位类型",
                        1),
                Arguments.of(
                        "unknown unit type",
                        "units.csv",
                        OrgFiles.csv(OrgFiles.UNIT_HEADER, List.of(u + ",甲处,科室,b1,0"), StandardCharsets.UTF_8, false),
                        "单位类型",
                        2),
                Arguments.of(
                        "person in unknown unit",
                        "people.csv",
                        OrgFiles.csv(
                                OrgFiles.PEOPLE_HEADER,
                                List.of(f.id("p1") + ",张三," + f.id("nounit") + ",科员,党员,,"),
                                StandardCharsets.UTF_8,
                                false),
                        "所在单位编号",
                        2),
                Arguments.of(
                        "unknown role",
                        "people.csv",
                        OrgFiles.csv(
                                OrgFiles.PEOPLE_HEADER,
                                List.of(f.id("p1") + ",张三,d01,科员,主任,,"),
                                StandardCharsets.UTF_8,
                                false),
                        "角色",
                        2),
                Arguments.of(
                        "missing name",
                        "people.csv",
                        OrgFiles.csv(
                                OrgFiles.PEOPLE_HEADER,
                                List.of(f.id("p1") + ",,d01,科员,党员,,"),
                                StandardCharsets.UTF_8,
                                false),
                        "姓名",
                        2),
                Arguments.of(
                        "bad encoding (UTF-16)",
                        "units.csv",
                        (OrgFiles.UNIT_HEADER + "\r\n" + u + ",甲处,处室,b1,0").getBytes(StandardCharsets.UTF_16LE),
                        "file",
                        null),
                Arguments.of("not a workbook", "units.xlsx", OrgFiles.utf8("this is not a zip"), "file", null),
                Arguments.of("wrong file type", "units.txt", OrgFiles.utf8(OrgFiles.UNIT_HEADER), "file", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesABadFileWholeNamingTheRowAndChangesNothing(
            String kind, String name, byte[] bytes, String field, Integer row) throws Exception {
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED_TABLES);

        ResponseEntity<String> response = upload(as("office1"), part(name, bytes));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("import-invalid");
        assertThat(problem.path("detail").asText()).contains("未做任何更改");
        JsonNode first = problem.path("errors").get(0);
        assertThat(first.path("field").asText()).isEqualTo(field);
        assertThat(first.path("file").asText()).isEqualTo(name);
        if (row == null) {
            assertThat(first.has("row")).isFalse();
        } else {
            assertThat(first.path("row").asInt()).isEqualTo(row);
        }
        assertThat(TableCounts.of(jdbc, COUNTED_TABLES)).isEqualTo(before);
    }

    @Test
    void listsEveryProblemOfEveryFileAndKeepsTheGoodRowsOutToo() throws Exception {
        OrgFiles files = new OrgFiles();
        files.unit(files.id("ok"), "好处室", "处室", "b1")
                .unitLine(files.id("bad") + ",坏处室,科室,nowhere,x")
                .person(files.id("p1"), "好人", files.id("ok"), "科员", "党员")
                .personLine(files.id("p2") + ",坏人,nowhere,科员,党员,,");
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED_TABLES);

        ResponseEntity<String> response = upload(
                as("office1"),
                part("units.csv", files.unitsCsv(StandardCharsets.UTF_8, false)),
                part("people.csv", files.peopleCsv(StandardCharsets.UTF_8, false)));

        JsonNode errors = json.readTree(response.getBody()).path("errors");
        List<String> where = new ArrayList<>();
        errors.forEach(e -> where.add(e.path("file").asText() + ":"
                + e.path("row").asInt() + ":" + e.path("field").asText()));
        assertThat(where).containsExactlyInAnyOrder("units.csv:3:单位类型", "units.csv:3:排序", "people.csv:3:所在单位编号");
        assertThat(TableCounts.of(jdbc, COUNTED_TABLES)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE id = ?", Long.class, files.id("ok")))
                .isZero();
    }

    @Test
    void anImportCannotTakeOverTheAdministratorOrAnyAccountOutsideTheOrganisation() throws Exception {
        engine.getIdentityService().saveUser(technicalUser());
        User adminBefore =
                engine.getIdentityService().createUserQuery().userId("demo").singleResult();
        OrgFiles files = new OrgFiles();
        files.person("demo", "冒名顶替", "b1", "科员", "党员")
                .person(files.id("ok"), "好人", "b1", "科员", "党员")
                .person("import-technical", "技术账号", "b1", "科员", "党员");
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED_TABLES);

        ResponseEntity<String> response =
                upload(as("office1"), part("people.csv", files.peopleCsv(StandardCharsets.UTF_8, false)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).path("errors");
        List<String> where = new ArrayList<>();
        errors.forEach(e -> where.add(e.path("row").asInt() + ":"
                + e.path("field").asText() + ":" + e.path("message").asText()));
        assertThat(where)
                .containsExactlyInAnyOrder(
                        "2:人员编号:" + OrgService.notOwnedMessage("demo"),
                        "4:人员编号:" + OrgService.notOwnedMessage("import-technical"));
        assertThat(TableCounts.of(jdbc, COUNTED_TABLES)).isEqualTo(before);
        User adminAfter =
                engine.getIdentityService().createUserQuery().userId("demo").singleResult();
        assertThat(adminAfter.getFirstName()).isEqualTo(adminBefore.getFirstName());
        assertThat(adminAfter.getEmail()).isEqualTo(adminBefore.getEmail());
    }

    @Test
    void dotIdsAreRefused() throws Exception {
        OrgFiles files = new OrgFiles().unit("..", "点点", "处室", "b1").person(".", "点", "b1", "科员", "党员");

        ResponseEntity<String> response = upload(
                as("office1"),
                part("units.csv", files.unitsCsv(StandardCharsets.UTF_8, false)),
                part("people.csv", files.peopleCsv(StandardCharsets.UTF_8, false)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getBody())
                .path("errors")
                .forEach(e -> fields.add(
                        e.path("file").asText() + ":" + e.path("field").asText()));
        assertThat(fields).contains("units.csv:单位编号", "people.csv:人员编号");
    }

    private User technicalUser() {
        User existing = engine.getIdentityService()
                .createUserQuery()
                .userId("import-technical")
                .singleResult();
        if (existing != null) {
            return existing;
        }
        User user = engine.getIdentityService().newUser("import-technical");
        user.setFirstName("接口账号");
        user.setPassword("x-" + java.util.UUID.randomUUID());
        return user;
    }

    @Test
    void onlyThePartyOfficeAndAdministratorsMayImport() {
        OrgFiles files = new OrgFiles().unit("x", "x", "处室", "b1");
        ResponseEntity<String> response =
                upload(as("m0001"), part("units.csv", files.unitsCsv(StandardCharsets.UTF_8, false)));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("\"code\":\"forbidden\"");
    }

    @Test
    void commandLineFlagImportsFilesAndReportsRefusalsByExitCode(@TempDir Path dir) throws Exception {
        OrgFiles files = new OrgFiles();
        files.unit(files.id("u1"), "命令行处", "处室", "b2").person(files.id("p1"), "令狐冲", files.id("u1"), "科员", "党员");
        Path units = Files.write(dir.resolve("units.csv"), files.unitsCsv(GBK, false));
        Path people = Files.write(dir.resolve("people.csv"), files.peopleCsv(StandardCharsets.UTF_8, true));
        Path bad = Files.write(
                dir.resolve("bad.csv"),
                new OrgFiles().unitLine("zz,甲,处室,nowhere,0").unitsCsv(StandardCharsets.UTF_8, false));

        assertThat(command.importFiles(List.of(units + "," + people))).isZero();
        assertThat(orgService.person(files.id("p1")).unitId()).isEqualTo(files.id("u1"));
        Map<String, Long> before = TableCounts.of(jdbc, COUNTED_TABLES);
        assertThat(command.importFiles(List.of(bad.toString()))).isEqualTo(1);
        assertThat(command.importFiles(List.of(dir.resolve("missing.csv").toString())))
                .isEqualTo(1);
        assertThat(TableCounts.of(jdbc, COUNTED_TABLES)).isEqualTo(before);
    }

    private static HttpEntity<ByteArrayResource> part(String name, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(
                new ByteArrayResource(bytes) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                },
                headers);
    }

    @SafeVarargs
    private static ResponseEntity<String> upload(TestRestTemplate client, HttpEntity<ByteArrayResource>... files) {
        var body = new LinkedMultiValueMap<String, Object>();
        for (HttpEntity<ByteArrayResource> file : files) {
            body.add("file", file);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/org/import", new HttpEntity<>(body, headers), String.class);
    }
}
