package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.engine.ProcessVariables;
import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.common.sheets.SheetTable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task list spreadsheet the Party office keeps: one row per task under the header
 * 序号, 任务内容, 问题清单, 责任类型, 牵头单位, 配合单位, 责任领导, 完成时限[, 节点安排].
 */
final class TaskListSheet {

    static final Map<String, String[]> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("itemNo", new String[] {"序号", "编号"});
        COLUMNS.put("content", new String[] {"任务内容", "工作任务", "任务"});
        COLUMNS.put("sourceList", new String[] {"问题清单", "所属清单", "来源清单"});
        COLUMNS.put("responsibility", new String[] {"责任类型", "四责协同"});
        COLUMNS.put("leadUnit", new String[] {"牵头单位", "责任单位"});
        COLUMNS.put("cooperatingUnits", new String[] {"配合单位", "协同单位"});
        COLUMNS.put("leader", new String[] {"责任领导", "分管领导"});
        COLUMNS.put("deadline", new String[] {"完成时限", "截止日期"});
        COLUMNS.put("milestones", new String[] {"节点安排", "阶段目标"});
    }

    private static final List<String> OPTIONAL = List.of("itemNo", "cooperatingUnits", "milestones");
    private static final String SEPARATORS = "[、,，;；\\s]+";

    private TaskListSheet() {}

    /** The spreadsheet column a field is read from, for naming it in a problem. */
    static String column(String field) {
        String[] names = COLUMNS.get(field);
        return names == null ? field : names[0];
    }

    /** The rows as tasks; a missing column or an unreadable cell is a problem of that row. */
    static List<TaskInput> read(SheetTable table, List<FieldProblem> problems) {
        Map<String, Integer> at = new LinkedHashMap<>();
        COLUMNS.forEach((field, names) -> at.put(field, table.column(names)));
        boolean missing = false;
        for (Map.Entry<String, Integer> e : at.entrySet()) {
            if (e.getValue() < 0 && !OPTIONAL.contains(e.getKey())) {
                problems.add(new FieldProblem(
                        column(e.getKey()), "缺少列“" + column(e.getKey()) + "”", table.file(), table.sheet(), 1));
                missing = true;
            }
        }
        List<TaskInput> tasks = new ArrayList<>();
        if (missing) {
            return tasks;
        }
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Integer itemNo = null;
            String no = row.cell(at.get("itemNo"));
            if (!no.isEmpty()) {
                try {
                    itemNo = Integer.valueOf(no.replaceAll("\\.0+$", ""));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("序号", "序号应为数字：" + no, table.file(), table.sheet(), row.rowNumber()));
                }
            }
            String due = row.cell(at.get("deadline"));
            LocalDate deadline = date(due);
            if (!due.isEmpty() && deadline == null) {
                problems.add(new FieldProblem(
                        "完成时限", "日期无法识别：" + due + "（应如 2026-06-30）", table.file(), table.sheet(), row.rowNumber()));
            }
            String cooperating = row.cell(at.get("cooperatingUnits"));
            tasks.add(new TaskInput(
                    itemNo,
                    row.cell(at.get("content")),
                    row.cell(at.get("sourceList")),
                    row.cell(at.get("responsibility")),
                    row.cell(at.get("leadUnit")),
                    cooperating.isEmpty() ? List.of() : Arrays.asList(cooperating.split(SEPARATORS)),
                    row.cell(at.get("leader")),
                    deadline,
                    row.cell(at.get("milestones")),
                    row.rowNumber()));
        }
        return tasks;
    }

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"),
            DateTimeFormatter.ofPattern("yyyy-M-d"));

    /** 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日, as offices write dates. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate iso = ProcessVariables.date(text);
        if (iso != null) {
            return iso;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.trim(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }
}
