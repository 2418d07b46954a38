package cn.qinglian.workflow.org.importing;

import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.sheets.SheetTable;
import cn.qinglian.workflow.org.OrgIds;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.org.UnitType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two tables an organisation file may hold — 单位 (units) and 人员 (people) — told apart by
 * their headers, and turned row by row into units and people, each bad cell a problem.
 */
final class OrgSheet {

    static final String[] UNIT_ID = {"单位编号", "单位代码", "unitId"};
    static final String[] UNIT_NAME = {"单位名称", "name"};
    static final String[] UNIT_TYPE = {"单位类型", "类型", "type"};
    static final String[] UNIT_PARENT = {"上级单位编号", "上级单位", "parentId"};
    static final String[] UNIT_SORT = {"排序", "sortOrder"};
    static final String[] PERSON_ID = {"人员编号", "工号", "personId"};
    static final String[] PERSON_NAME = {"姓名", "personName"};
    static final String[] PERSON_UNIT = {"所在单位编号", "所在单位", "unit"};
    static final String[] PERSON_POST = {"职务", "岗位", "post"};
    static final String[] PERSON_ROLES = {"角色", "roles"};
    static final String[] PERSON_SUPERVISES = {"分管单位", "分管单位编号", "supervises"};
    static final String[] PERSON_EMAIL = {"邮箱", "电子邮箱", "email"};
    static final String[] PERSON_STATUS = {"状态", "status"};
    static final String[] PERSON_MOBILE = {"手机", "手机号", "mobile"};
    static final String[] PERSON_DINGTALK = {"钉钉ID", "钉钉用户ID", "dingtalkId"};
    static final String[] PERSON_ZZD = {"浙政钉ID", "浙政钉账号ID", "zzdId"};
    static final String[] PERSON_WECOM = {"企业微信ID", "企业微信账号", "wecomId"};

    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9][0-9 -]{5,19}");
    private static final Pattern ACCOUNT = Pattern.compile("[^\\s]{1,64}");

    private static final String LIST_SEPARATORS = "[、,，;；\\s]+";

    private OrgSheet() {}

    static void read(
            SheetTable table,
            Map<String, OrgImportService.Located<Unit>> units,
            Map<String, OrgImportService.Located<Person>> people,
            List<FieldProblem> problems) {
        if (table.column(PERSON_ID) >= 0 || table.column(PERSON_NAME) >= 0) {
            readPeople(table, people, problems);
        } else if (table.column(UNIT_ID) >= 0 || table.column(UNIT_NAME) >= 0) {
            readUnits(table, units, problems);
        } else {
            problems.add(headerProblem(table, "表头", "无法识别的表格：单位表须有“单位编号”列，人员表须有“人员编号”列"));
        }
    }

    private static void readUnits(
            SheetTable table, Map<String, OrgImportService.Located<Unit>> units, List<FieldProblem> problems) {
        if (!requireColumns(table, problems, UNIT_ID, UNIT_NAME, UNIT_TYPE, UNIT_PARENT)) {
            return;
        }
        int id = table.column(UNIT_ID);
        int name = table.column(UNIT_NAME);
        int type = table.column(UNIT_TYPE);
        int parent = table.column(UNIT_PARENT);
        int sort = table.column(UNIT_SORT);
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Cells cells = new Cells(table, row, problems);
            String unitId = cells.id(id, UNIT_ID[0]);
            String unitName = cells.text(name, UNIT_NAME[0], 200, true);
            Optional<UnitType> unitType = UnitType.parse(row.cell(type));
            if (unitType.isEmpty()) {
                cells.problem(
                        UNIT_TYPE[0],
                        "单位类型无效：“" + row.cell(type) + "”，应为 "
                                + String.join(
                                        "、",
                                        Arrays.stream(UnitType.values())
                                                .map(UnitType::label)
                                                .toList()));
            }
            String parentId = row.cell(parent).isEmpty() ? null : cells.id(parent, UNIT_PARENT[0]);
            int sortOrder = cells.integer(sort, UNIT_SORT[0]);
            if (cells.ok() && units.containsKey(unitId)) {
                cells.problem(
                        UNIT_ID[0],
                        "单位编号重复：" + unitId + "（第 " + units.get(unitId).row() + " 行已有）");
            }
            if (cells.ok()) {
                units.put(
                        unitId,
                        new OrgImportService.Located<>(
                                new Unit(unitId, unitName, unitType.get(), parentId, sortOrder),
                                table,
                                row.rowNumber()));
            }
        }
    }

    private static void readPeople(
            SheetTable table, Map<String, OrgImportService.Located<Person>> people, List<FieldProblem> problems) {
        if (!requireColumns(table, problems, PERSON_ID, PERSON_NAME, PERSON_UNIT)) {
            return;
        }
        int id = table.column(PERSON_ID);
        int name = table.column(PERSON_NAME);
        int unit = table.column(PERSON_UNIT);
        int post = table.column(PERSON_POST);
        int roles = table.column(PERSON_ROLES);
        int supervises = table.column(PERSON_SUPERVISES);
        int email = table.column(PERSON_EMAIL);
        int status = table.column(PERSON_STATUS);
        int mobile = table.column(PERSON_MOBILE);
        int dingtalk = table.column(PERSON_DINGTALK);
        int zzd = table.column(PERSON_ZZD);
        int wecom = table.column(PERSON_WECOM);
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Cells cells = new Cells(table, row, problems);
            String personId = cells.id(id, PERSON_ID[0]);
            String personName = cells.text(name, PERSON_NAME[0], 100, true);
            String unitId = cells.id(unit, PERSON_UNIT[0]);
            String personPost = cells.text(post, PERSON_POST[0], 100, false);
            String personEmail = cells.text(email, PERSON_EMAIL[0], 200, false);
            Person.Contacts contacts = new Person.Contacts(
                    cells.contact(mobile, PERSON_MOBILE[0], MOBILE, "手机号码格式无效"),
                    cells.contact(dingtalk, PERSON_DINGTALK[0], ACCOUNT, "钉钉ID不能含空格，最长 64 位"),
                    cells.contact(zzd, PERSON_ZZD[0], ACCOUNT, "浙政钉ID不能含空格，最长 64 位"),
                    cells.contact(wecom, PERSON_WECOM[0], ACCOUNT, "企业微信ID不能含空格，最长 64 位"));
            Set<Role> personRoles = EnumSet.noneOf(Role.class);
            for (String label : split(row.cell(roles))) {
                Role.parse(label)
                        .ifPresentOrElse(
                                personRoles::add,
                                () -> cells.problem(
                                        PERSON_ROLES[0],
                                        "角色无效：“" + label + "”，应为 "
                                                + String.join(
                                                        "、",
                                                        Arrays.stream(Role.values())
                                                                .map(Role::label)
                                                                .toList())));
            }
            List<String> supervised = split(row.cell(supervises));
            supervised.stream()
                    .filter(s -> !OrgIds.isValid(s))
                    .forEach(s -> cells.problem(PERSON_SUPERVISES[0], "单位编号格式无效：" + s));
            boolean active = !Set.of("离职", "离岗", "调出", "inactive").contains(row.cell(status));
            if (cells.ok() && people.containsKey(personId)) {
                cells.problem(
                        PERSON_ID[0],
                        "人员编号重复：" + personId + "（第 " + people.get(personId).row() + " 行已有）");
            }
            if (cells.ok()) {
                people.put(
                        personId,
                        new OrgImportService.Located<>(
                                new Person(
                                        personId,
                                        personName,
                                        unitId,
                                        personPost,
                                        personEmail,
                                        active,
                                        personRoles,
                                        supervised,
                                        contacts),
                                table,
                                row.rowNumber()));
            }
        }
    }

    private static boolean requireColumns(SheetTable table, List<FieldProblem> problems, String[]... columns) {
        List<String> missing = new ArrayList<>();
        for (String[] names : columns) {
            if (table.column(names) < 0) {
                missing.add(names[0]);
            }
        }
        missing.forEach(column -> problems.add(headerProblem(table, column, "缺少列：" + column)));
        return missing.isEmpty();
    }

    private static FieldProblem headerProblem(SheetTable table, String field, String message) {
        return new FieldProblem(field, message, table.file(), table.sheet(), 1);
    }

    private static List<String> split(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.trim().split(LIST_SEPARATORS))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    /** Reads cells of one row, recording a problem for each bad one. */
    private static final class Cells {
        private final SheetTable table;
        private final SheetTable.Row row;
        private final List<FieldProblem> problems;
        private int found;

        Cells(SheetTable table, SheetTable.Row row, List<FieldProblem> problems) {
            this.table = table;
            this.row = row;
            this.problems = problems;
        }

        String id(int column, String field) {
            String value = row.cell(column);
            if (value.isEmpty()) {
                problem(field, field + "不能为空");
            } else if (!OrgIds.isValid(value)) {
                problem(field, "编号只能由字母、数字、“-”“_”“.”组成（不能只是“.”），最长 60 位：" + value);
            }
            return value;
        }

        /**
         * A contact: null when the sheet has no such column (what is stored stays), "" for an empty
         * cell (what is stored is cleared).
         */
        String contact(int column, String field, Pattern format, String message) {
            if (column < 0) {
                return null;
            }
            String value = row.cell(column);
            if (!value.isEmpty() && !format.matcher(value).matches()) {
                problem(field, message + "：" + value);
            }
            return value;
        }

        String text(int column, String field, int maxLength, boolean required) {
            String value = row.cell(column);
            if (required && value.isEmpty()) {
                problem(field, field + "不能为空");
            } else if (value.codePointCount(0, value.length()) > maxLength) {
                problem(field, field + "超过 " + maxLength + " 个字");
            }
            return value.isEmpty() ? null : value;
        }

        int integer(int column, String field) {
            String value = row.cell(column);
            if (value.isEmpty()) {
                return 0;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                problem(field, field + "应为整数：" + value);
                return 0;
            }
        }

        void problem(String field, String message) {
            problems.add(new FieldProblem(field, message, table.file(), table.sheet(), row.rowNumber()));
            found++;
        }

        boolean ok() {
            return found == 0;
        }
    }
}
