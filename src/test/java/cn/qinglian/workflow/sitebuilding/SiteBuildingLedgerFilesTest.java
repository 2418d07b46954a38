package cn.qinglian.workflow.sitebuilding;

import static cn.qinglian.workflow.sitebuilding.SiteBuildingApiTest.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import cn.qinglian.workflow.common.TableCounts;
import cn.qinglian.workflow.common.export.ExportedWorkbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The office's spreadsheets in (import: all or nothing) and the 台账 out, and the report card's figures. */
class SiteBuildingLedgerFilesTest extends IntegrationTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SiteBuildingService ledger;

    @Autowired
    AgreementService agreements;

    @Autowired
    SiteBuildingQueries queries;

    @Test
    void anImportWithBadRowsIsRefusedWholeNamingEveryRowAndColumn() throws Exception {
        String good = SiteFixtures.unique("城北水厂");
        String csv = "项目名称,项目类型,所在区域,开工日期,计划竣工日期,建设单位,监理单位,施工单位\n"
                + good + ",水利,城北区,2026-03-01,2027-06-30,市水务集团,鼎诚监理,宏建建筑\n"
                + SiteFixtures.unique("别墅区") + ",别墅,城北区,2026/3/1,2027年6月30日,,,\n"
                + good + ",水利,城北区,2026-03-01,明年,,,\n";
        Map<String, Long> before = TableCounts.of(jdbc, SiteBuildingApiTest.COUNTED);

        ResponseEntity<String> response = upload("office1", "项目.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("code").asText()).isEqualTo("import-invalid");
        assertThat(problem.path("detail").asText()).contains("未做任何更改");
        List<String> where = new ArrayList<>();
        problem.path("errors")
                .forEach(e ->
                        where.add(e.path("row").asInt() + ":" + e.path("field").asText()));
        assertThat(where).containsExactlyInAnyOrder("3:项目类型", "4:计划竣工日期", "4:项目名称");
        assertThat(TableCounts.of(jdbc, SiteBuildingApiTest.COUNTED)).isEqualTo(before);
    }

    @Test
    void anXlsxOfProjectsAndTheirOrganisationsIsImportedAndAnotherNameIsADuplicateNextTime() throws Exception {
        String project = SiteFixtures.unique("跨江大桥");
        String org = SiteFixtures.unique("跨江大桥项目临时党支部");
        byte[] xlsx = workbook(
                List.of(
                        List.of("项目名称", "项目类型", "所在区域", "开工日期", "计划竣工日期", "建设单位", "监理单位", "施工单位"),
                        List.of(project, "交通", "江南区", "2026-01-10", "2028-01-10", "市交投", "鼎诚监理", "宏建建筑")),
                List.of(
                        List.of("组织名称", "组织类别", "所属项目", "组织单位编号", "书记编号", "书记姓名", "成立日期"),
                        List.of(org, "临时党支部", project, "", "", "王建军", "2026-02-01")));

        ResponseEntity<String> imported = upload("office2", "项目党建台账.xlsx", xlsx);

        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(imported.getBody()).path("projects").asInt()).isEqualTo(1);
        PartyOrg created = queries.organisations(null, SiteFixtures.OFFICE).stream()
                .filter(o -> o.name().equals(org))
                .findFirst()
                .orElseThrow();
        assertThat(created.kind()).isEqualTo(PartyOrgKind.TEMPORARY_BRANCH);
        assertThat(created.secretaryName()).isEqualTo("王建军");
        assertThat(created.projectName()).isEqualTo(project);

        ResponseEntity<String> again = upload("office2", "项目党建台账.xlsx", xlsx);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(again.getBody()).path("errors").findValuesAsText("message"))
                .anyMatch(m -> m.contains("项目已在台账中"))
                .anyMatch(m -> m.contains("项目党组织已在台账中"));
        assertThat(upload("leader1", "项目党建台账.xlsx", xlsx).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theYearsLedgerOpensAsAWorkbookWithASheetPerKind() throws Exception {
        Project project = ledger.createProject(
                SiteFixtures.project(SiteFixtures.unique("台账导出项目"), today().minusMonths(3), today().plusYears(1)),
                SiteFixtures.OFFICE);
        int year = today().getYear();

        ResponseEntity<byte[]> response =
                as("office1").getForEntity("/api/site-building/export?year=" + year, byte[].class);

        try (ExportedWorkbook workbook =
                ExportedWorkbook.of(response, year + "年度项目党建联建台账.xlsx", "site-building-" + year + ".xlsx")) {
            assertThat(workbook.sheetNames()).containsExactlyElementsOf(SiteBuildingExport.SHEETS);
            assertThat(workbook.header("在建项目")).startsWith("编号", "项目名称", "项目类型");
            assertThat(workbook.rowWhere("在建项目", 1, project.name())).contains("市政", "在建");
        }
        assertThat(as("m0001")
                        .getForEntity("/api/site-building/export?year=" + year, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("office1")
                        .getForEntity("/api/site-building/export?year=abc", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theFiguresCountWhatIsInForceInTotalAndPerUnit() {
        SiteBuildingQueries.SiteBuildingFigures before = queries.figures();
        Project project = ledger.createProject(SiteFixtures.project(SiteFixtures.unique("数字图书馆")), SiteFixtures.OFFICE);
        PartyOrg branch = ledger.createOrg(
                new Requests.PartyOrgRequest(
                        project.id(),
                        "临时党支部",
                        SiteFixtures.unique("图书馆临时党支部"),
                        SiteFixtures.PROJECT_UNIT,
                        null,
                        null,
                        null,
                        List.of()),
                SiteFixtures.OFFICE);
        ledger.createGroup(
                new Requests.ServiceGroupRequest(
                        SiteFixtures.unique("服务指导组"), "leader4", List.of(), List.of(project.id())),
                SiteFixtures.OFFICE);
        ledger.createPost(
                new Requests.ModelPostRequest(null, "吴海波", "宏建建筑", "技术攻关示范岗", project.id(), today(), null),
                SiteFixtures.OFFICE);
        Agreement agreement = agreements.propose(SiteFixtures.agreement(branch.id()), SiteFixtures.OFFICE);
        engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(agreement.businessKey())
                .list()
                .forEach(t ->
                        engine.getTaskService().complete(t.getId(), Map.of(JointBuildingProcess.VAR_SIGNED, true)));
        assertThat(queries.figures().total().jointBuilding())
                .isEqualTo(before.total().jointBuilding());
        engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(agreement.businessKey())
                .list()
                .forEach(t ->
                        engine.getTaskService().complete(t.getId(), Map.of(JointBuildingProcess.VAR_SIGNED, true)));

        SiteBuildingQueries.SiteBuildingFigures after = queries.figures();

        assertThat(after.total())
                .isEqualTo(new SiteBuildingQueries.Counts(
                        before.total().serviceGroups() + 1,
                        before.total().projectOrganisations() + 1,
                        before.total().jointBuilding() + 1,
                        before.total().temporaryBranches() + 1,
                        before.total().modelPosts() + 1));
        SiteBuildingQueries.Counts p01Before = unit(before, SiteFixtures.PROJECT_UNIT);
        SiteBuildingQueries.Counts p01After = unit(after, SiteFixtures.PROJECT_UNIT);
        assertThat(p01After.temporaryBranches()).isEqualTo(p01Before.temporaryBranches() + 1);
        assertThat(p01After.modelPosts()).isEqualTo(p01Before.modelPosts() + 1);
        assertThat(unit(after, SiteFixtures.AGENCY_BRANCH).jointBuilding())
                .isEqualTo(unit(before, SiteFixtures.AGENCY_BRANCH).jointBuilding() + 1);
        assertThat(after.byUnit().stream().map(SiteBuildingQueries.UnitFigures::unitName))
                .contains("轨道交通三号线项目临时党支部", "机关第一党支部");
    }

    private static SiteBuildingQueries.Counts unit(SiteBuildingQueries.SiteBuildingFigures figures, String unitId) {
        return figures.byUnit().stream()
                .filter(u -> unitId.equals(u.unitId()))
                .map(SiteBuildingQueries.UnitFigures::counts)
                .findFirst()
                .orElse(new SiteBuildingQueries.Counts(0, 0, 0, 0, 0));
    }

    private ResponseEntity<String> upload(String user, String name, byte[] bytes) {
        return upload(as(user), "/api/site-building/import", name, bytes);
    }

    @SafeVarargs
    private static byte[] workbook(List<List<String>>... sheets) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int s = 0; s < sheets.length; s++) {
                XSSFSheet sheet = workbook.createSheet("表" + (s + 1));
                for (int r = 0; r < sheets[s].size(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < sheets[s].get(r).size(); c++) {
                        row.createCell(c).setCellValue(sheets[s].get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
