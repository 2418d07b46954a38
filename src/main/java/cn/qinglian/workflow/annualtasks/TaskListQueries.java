package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.annualtasks.TaskListProgress.TaskProgress;
import cn.qinglian.workflow.annualtasks.TaskListProgress.Totals;
import cn.qinglian.workflow.annualtasks.TaskListProgress.UnitProgress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the year's list: its tasks, progress at a glance, its events, and the export to Excel. */
@Service
public class TaskListQueries {

    private static final String[] EXPORT_HEADER = {"序号", "任务内容", "问题清单", "责任类型", "牵头单位", "配合单位", "责任领导",
        "完成时限", "节点安排", "状态", "完成百分比", "最近报告", "逾期"};

    private final TaskListMapper mapper;
    private final Clock clock;

    TaskListQueries(TaskListMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TaskList list(int year) {
        TaskList list = mapper.findListByYear(year);
        if (list == null) {
            throw ApiException.notFound("task-list-not-found", year + " 年度没有任务清单");
        }
        return list;
    }

    @Transactional(readOnly = true)
    public List<TaskItem> items(int year) {
        return mapper.findItems(list(year).id());
    }

    @Transactional(readOnly = true)
    public List<TaskListEvent> events(int year, TaskListEvent.Kind kind) {
        return mapper.findEvents(list(year).id(), kind);
    }

    @Transactional(readOnly = true)
    public TaskListProgress progress(int year) {
        TaskList list = list(year);
        List<TaskItem> items = mapper.findItems(list.id());
        LocalDate today = ChinaTime.today(clock);
        Map<String, List<TaskItem>> byUnit = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> a.leadUnitId().compareTo(b.leadUnitId()))
                .forEach(i -> byUnit.computeIfAbsent(i.leadUnitId(), k -> new java.util.ArrayList<>()).add(i));
        List<UnitProgress> units = byUnit.values().stream()
                .map(unitItems -> new UnitProgress(unitItems.get(0).leadUnitId(), unitItems.get(0).leadUnitName(),
                        Totals.of(unitItems, today))).toList();
        return new TaskListProgress(list, Totals.of(items, today), units,
                items.stream().map(i -> TaskProgress.of(i, today)).toList());
    }

    /** The year's list with its progress, as the office keeps it in Excel. */
    @Transactional(readOnly = true)
    public byte[] export(int year) {
        TaskListProgress progress = progress(year);
        List<TaskItem> items = mapper.findItems(progress.list().id());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(year + "年度任务清单");
            Row header = sheet.createRow(0);
            for (int c = 0; c < EXPORT_HEADER.length; c++) {
                header.createCell(c).setCellValue(EXPORT_HEADER[c]);
            }
            for (int r = 0; r < items.size(); r++) {
                TaskItem i = items.get(r);
                TaskProgress p = progress.tasks().get(r);
                Row row = sheet.createRow(r + 1);
                Object[] cells = {i.itemNo(), i.content(), i.sourceList(), i.responsibility().label(), i.leadUnitName(),
                    i.cooperatingUnits() == null ? "" : i.cooperatingUnits().replace(",", "、"), i.leaderName(),
                    i.deadline().toString(), i.milestones() == null ? "" : i.milestones(), label(i.status()), i.percentDone(),
                    i.lastReportedAt() == null ? "" : i.lastReportedAt().atZone(ChinaTime.ZONE).toLocalDate().toString(),
                    p.overdue() ? "是" : ""};
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(cells[c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(TaskStatus status) {
        return switch (status) {
            case PENDING -> "待签收";
            case SIGNED -> "已签收";
            case IN_PROGRESS -> "推进中";
            case REPORTED_COMPLETE -> "待核验";
            case CLOSED -> "已销号";
        };
    }
}
