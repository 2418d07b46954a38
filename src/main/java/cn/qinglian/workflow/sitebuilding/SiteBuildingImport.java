package cn.qinglian.workflow.sitebuilding;

import cn.qinglian.workflow.common.GeneratedId;
import cn.qinglian.workflow.common.audit.AuditEntry;
import cn.qinglian.workflow.common.audit.AuditService;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.common.sheets.SheetTable;
import cn.qinglian.workflow.common.sheets.SpreadsheetReader;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.UnitType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports projects and project Party organisations from the spreadsheets the office keeps (.xlsx with a
 * sheet of each, or a .csv of either), recognised by their Chinese headers. All or nothing: every problem
 * of every row is reported with its file, sheet, row and column, and if there is any, nothing is written.
 * A name already in the ledger, or twice in the files, is a problem: the import only adds.
 */
@Service
class SiteBuildingImport {

    record UploadedFile(String name, byte[] bytes) {}

    /** What was added. */
    record Imported(int projects, int organisations) {}

    static final String[] PROJECT_COLUMNS = {"项目名称", "项目类型", "所在区域", "开工日期", "计划竣工日期", "建设单位", "监理单位", "施工单位"};
    static final String[] ORG_COLUMNS = {"组织名称", "组织类别", "所属项目", "组织单位编号", "书记编号", "书记姓名", "成立日期"};
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Logger log = LoggerFactory.getLogger(SiteBuildingImport.class);

    private final SpreadsheetReader reader;
    private final SiteBuildingMapper mapper;
    private final OrgService org;
    private final AuditService audit;
    private final Clock clock;

    SiteBuildingImport(
            SpreadsheetReader reader, SiteBuildingMapper mapper, OrgService org, AuditService audit, Clock clock) {
        this.reader = reader;
        this.mapper = mapper;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    private record Located<T>(T value, SheetTable table, int row) {}

    private record OrgRow(String projectName, SiteBuildingMapper.OrgValues values) {}

    @Transactional
    public Imported importFiles(List<UploadedFile> files, CurrentUser user) {
        Organisation organisation = org.organisation();
        SiteAccess.requireImporter(user, organisation);
        if (files.isEmpty()) {
            throw ApiException.invalidField("file", "请选择要导入的文件");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Located<SiteBuildingMapper.ProjectValues>> projects = new LinkedHashMap<>();
        Map<String, Located<OrgRow>> orgs = new LinkedHashMap<>();
        for (UploadedFile file : files) {
            SpreadsheetReader.Result result = reader.read(file.name(), file.bytes());
            result.problem().ifPresent(problems::add);
            for (SheetTable table : result.tables()) {
                if (table.column(ORG_COLUMNS[0]) >= 0) {
                    readOrgs(table, organisation, orgs, problems);
                } else if (table.column(PROJECT_COLUMNS[0]) >= 0) {
                    readProjects(table, projects, problems);
                } else {
                    problems.add(new FieldProblem(
                            "表头", "无法识别的表格：项目表须有“项目名称”列，项目党组织表须有“组织名称”列", table.file(), table.sheet(), 1));
                }
            }
        }
        if (problems.isEmpty() && projects.isEmpty() && orgs.isEmpty()) {
            problems.add(FieldProblem.of("file", "文件中没有项目或项目党组织（只有表头或为空）"));
        }
        Map<String, Project> existing =
                mapper.findProjects().stream().collect(Collectors.toMap(Project::name, Function.identity()));
        Set<String> existingOrgs =
                mapper.findOrgs(null).stream().map(PartyOrg::name).collect(Collectors.toSet());
        projects.forEach((name, located) -> {
            if (existing.containsKey(name)) {
                problems.add(problem(located, PROJECT_COLUMNS[0], "项目已在台账中：" + name));
            }
        });
        orgs.forEach((name, located) -> {
            if (existingOrgs.contains(name)) {
                problems.add(problem(located, ORG_COLUMNS[0], "项目党组织已在台账中：" + name));
            }
            String project = located.value().projectName();
            if (project != null && !projects.containsKey(project) && !existing.containsKey(project)) {
                problems.add(problem(located, ORG_COLUMNS[2], "项目不存在（不在台账中，也不在导入的项目表中）：" + project));
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.invalid(
                    "import-invalid", "导入文件有 " + problems.size() + " 处问题，未做任何更改。请修改后重新导入。", problems);
        }
        Map<String, Long> projectIds = new HashMap<>();
        existing.forEach((name, p) -> projectIds.put(name, p.id()));
        for (Located<SiteBuildingMapper.ProjectValues> located : projects.values()) {
            GeneratedId id = new GeneratedId();
            mapper.insertProject(located.value(), user.userId(), id, clock.instant());
            projectIds.put(located.value().name(), id.getValue());
        }
        for (Located<OrgRow> located : orgs.values()) {
            SiteBuildingMapper.OrgValues v = located.value().values();
            mapper.insertOrg(
                    new SiteBuildingMapper.OrgValues(
                            projectIds.get(located.value().projectName()),
                            v.kind(),
                            v.name(),
                            v.unitId(),
                            v.secretaryId(),
                            v.secretaryName(),
                            v.establishedOn()),
                    new GeneratedId(),
                    clock.instant());
        }
        Imported imported = new Imported(projects.size(), orgs.size());
        audit.record(new AuditEntry(
                user.userId(),
                SiteBuildingService.LEDGER_KEY,
                null,
                null,
                null,
                null,
                "site-building-import",
                SiteBuildingOutcome.IMPORTED.code(),
                "项目 " + imported.projects() + " 个，项目党组织 " + imported.organisations() + " 个"));
        log.info("Imported site building ledger: {}", imported);
        return imported;
    }

    private static void readProjects(
            SheetTable table,
            Map<String, Located<SiteBuildingMapper.ProjectValues>> projects,
            List<FieldProblem> problems) {
        int[] col = columns(table, PROJECT_COLUMNS, Set.of(0, 1, 3, 4), problems);
        if (col == null) {
            return;
        }
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Cells cells = new Cells(table, row, problems);
            String name = cells.text(col[0], PROJECT_COLUMNS[0], 200, true);
            Optional<ProjectType> type = ProjectType.parse(row.cell(col[1]));
            if (type.isEmpty()) {
                cells.problem(
                        PROJECT_COLUMNS[1],
                        "项目类型无效：“" + row.cell(col[1]) + "”，应为 " + Labelled.of(ProjectType.values()));
            }
            String district = cells.text(col[2], PROJECT_COLUMNS[2], 100, false);
            LocalDate start = cells.date(col[3], PROJECT_COLUMNS[3], true);
            LocalDate end = cells.date(col[4], PROJECT_COLUMNS[4], true);
            if (start != null && end != null && end.isBefore(start)) {
                cells.problem(PROJECT_COLUMNS[4], "计划竣工日期不能早于开工日期");
            }
            String owner = cells.text(col[5], PROJECT_COLUMNS[5], 200, false);
            String supervisor = cells.text(col[6], PROJECT_COLUMNS[6], 200, false);
            String contractor = cells.text(col[7], PROJECT_COLUMNS[7], 200, false);
            if (name != null && projects.containsKey(name)) {
                cells.problem(
                        PROJECT_COLUMNS[0],
                        "项目名称重复：" + name + "（第 " + projects.get(name).row() + " 行已有）");
            } else if (cells.clean() && name != null) {
                projects.put(
                        name,
                        new Located<>(
                                new SiteBuildingMapper.ProjectValues(
                                        name, type.get(), district, start, end, owner, supervisor, contractor),
                                table,
                                row.rowNumber()));
            }
        }
    }

    private static void readOrgs(
            SheetTable table,
            Organisation organisation,
            Map<String, Located<OrgRow>> orgs,
            List<FieldProblem> problems) {
        int[] col = columns(table, ORG_COLUMNS, Set.of(0, 1, 2), problems);
        if (col == null) {
            return;
        }
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Cells cells = new Cells(table, row, problems);
            String name = cells.text(col[0], ORG_COLUMNS[0], 200, true);
            Optional<PartyOrgKind> kind = PartyOrgKind.parse(row.cell(col[1]));
            if (kind.isEmpty()) {
                cells.problem(
                        ORG_COLUMNS[1], "组织类别无效：“" + row.cell(col[1]) + "”，应为 " + Labelled.of(PartyOrgKind.values()));
            }
            String project = cells.text(col[2], ORG_COLUMNS[2], 200, true);
            String unitId = cells.text(col[3], ORG_COLUMNS[3], 64, false);
            if (unitId != null
                    && organisation
                            .unit(unitId)
                            .filter(u -> u.unitType() == UnitType.PROJECT_PARTY_ORG)
                            .isEmpty()) {
                cells.problem(ORG_COLUMNS[3], "不是组织中的项目党组织单位：" + unitId);
            }
            String secretaryId = cells.text(col[4], ORG_COLUMNS[4], 64, false);
            if (secretaryId != null
                    && organisation.person(secretaryId).filter(Person::active).isEmpty()) {
                cells.problem(ORG_COLUMNS[4], "书记不在组织架构中：" + secretaryId);
            }
            String secretaryName = cells.text(col[5], ORG_COLUMNS[5], 100, false);
            LocalDate established = cells.date(col[6], ORG_COLUMNS[6], false);
            if (name != null && orgs.containsKey(name)) {
                cells.problem(
                        ORG_COLUMNS[0],
                        "组织名称重复：" + name + "（第 " + orgs.get(name).row() + " 行已有）");
            } else if (cells.clean() && name != null) {
                orgs.put(
                        name,
                        new Located<>(
                                new OrgRow(
                                        project,
                                        new SiteBuildingMapper.OrgValues(
                                                0,
                                                kind.get(),
                                                name,
                                                unitId,
                                                secretaryId,
                                                secretaryId == null ? secretaryName : null,
                                                established)),
                                table,
                                row.rowNumber()));
            }
        }
    }

    /** The column of each header (-1 when absent); null, with a problem each, when a required one is missing. */
    private static int[] columns(
            SheetTable table, String[] headers, Set<Integer> required, List<FieldProblem> problems) {
        int[] columns = new int[headers.length];
        boolean missing = false;
        for (int i = 0; i < headers.length; i++) {
            columns[i] = table.column(headers[i]);
            if (columns[i] < 0 && required.contains(i)) {
                problems.add(new FieldProblem(headers[i], "缺少列：" + headers[i], table.file(), table.sheet(), 1));
                missing = true;
            }
        }
        return missing ? null : columns;
    }

    private static FieldProblem problem(Located<?> located, String column, String message) {
        return new FieldProblem(
                column, message, located.table().file(), located.table().sheet(), located.row());
    }

    /** Reads one row's cells, recording a problem for each bad one. */
    private static final class Cells {

        private final SheetTable table;
        private final SheetTable.Row row;
        private final List<FieldProblem> problems;
        private boolean clean = true;

        Cells(SheetTable table, SheetTable.Row row, List<FieldProblem> problems) {
            this.table = table;
            this.row = row;
            this.problems = problems;
        }

        void problem(String column, String message) {
            problems.add(new FieldProblem(column, message, table.file(), table.sheet(), row.rowNumber()));
            clean = false;
        }

        boolean clean() {
            return clean;
        }

        String text(int column, String header, int max, boolean required) {
            String value = row.cell(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(header, "请填写" + header);
                }
                return null;
            }
            if (value.length() > max) {
                problem(header, header + "不超过 " + max + " 字");
            }
            return value;
        }

        LocalDate date(int column, String header, boolean required) {
            String value = row.cell(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(header, "请填写" + header);
                }
                return null;
            }
            Matcher m = DATE.matcher(value);
            try {
                if (m.matches()) {
                    return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            } catch (RuntimeException e) {
                // falls through to the problem below
            }
            problem(header, header + "无法识别：“" + value + "”，请写成 2026-03-01");
            return null;
        }
    }
}
