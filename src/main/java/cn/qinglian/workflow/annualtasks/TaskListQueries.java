package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.annualtasks.TaskListProgress.TaskProgress;
import cn.qinglian.workflow.annualtasks.TaskListProgress.Totals;
import cn.qinglian.workflow.annualtasks.TaskListProgress.UnitProgress;
import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.export.XlsxDownload;
import cn.qinglian.workflow.common.export.XlsxSheet;
import cn.qinglian.workflow.common.export.XlsxWorkbook;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the year's list: its tasks, progress at a glance, its events, and the export to Excel. */
@Service
public class TaskListQueries {

    private static final Role[] OVERSEERS = {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER, Role.UNIT_HEAD};

    private final TaskListMapper mapper;
    private final OrgService org;
    private final Clock clock;

    TaskListQueries(TaskListMapper mapper, OrgService org, Clock clock) {
        this.mapper = mapper;
        this.org = org;
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

    /**
     * Progress, events and the 台账 show every unit's standing (a 通报 among those answerable for the
     * tasks): for the Party office, the 党组, the units' heads and administrators. The list itself (what
     * each unit must do) is issued to everyone.
     */
    public void requireOverseer(CurrentUser user) {
        if (!user.isAdmin() && !org.organisation().holds(user.userId(), OVERSEERS)) {
            throw ApiException.forbidden("任务清单的进度、事件和台账仅机关党委（办公室）、党组成员、单位负责人和管理员可以查看。");
        }
    }

    @Transactional(readOnly = true)
    public List<TaskListEvent> events(int year, TaskListEvent.Kind kind) {
        return mapper.findEvents(list(year).id(), kind);
    }

    /** A year without a list is a 404 that leaves a caller's transaction usable (the report card reads on). */
    @Transactional(readOnly = true, noRollbackFor = ApiException.class)
    public TaskListProgress progress(int year) {
        TaskList list = list(year);
        List<TaskItem> items = mapper.findItems(list.id());
        LocalDate today = ChinaTime.today(clock);
        Map<String, List<TaskItem>> byUnit = new LinkedHashMap<>();
        items.stream()
                .sorted((a, b) -> a.leadUnitId().compareTo(b.leadUnitId()))
                .forEach(i -> byUnit.computeIfAbsent(i.leadUnitId(), k -> new java.util.ArrayList<>())
                        .add(i));
        List<UnitProgress> units = byUnit.values().stream()
                .map(unitItems -> new UnitProgress(
                        unitItems.get(0).leadUnitId(), unitItems.get(0).leadUnitName(), Totals.of(unitItems, today)))
                .toList();
        return new TaskListProgress(
                list,
                Totals.of(items, today),
                units,
                items.stream().map(i -> TaskProgress.of(i, today)).toList());
    }

    /**
     * The year's 台账 as the office keeps it in Excel: every task with its progress, and each lead unit's
     * totals.
     */
    @Transactional(readOnly = true)
    public XlsxDownload export(int year) {
        TaskListProgress progress = progress(year);
        List<TaskItem> items = mapper.findItems(progress.list().id());
        Organisation organisation = org.organisation();
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            XlsxSheet tasks = workbook.sheet(
                    year + "年度任务清单",
                    "序号",
                    "任务内容",
                    "问题清单",
                    "责任类型",
                    "牵头单位",
                    "配合单位",
                    "责任领导",
                    "完成时限",
                    "节点安排",
                    "状态",
                    "完成百分比",
                    "最近报告",
                    "逾期");
            for (int r = 0; r < items.size(); r++) {
                TaskItem i = items.get(r);
                tasks.row(
                        i.itemNo(),
                        i.content(),
                        i.sourceList(),
                        i.responsibility().label(),
                        i.leadUnitName(),
                        unitNames(i.cooperatingUnits(), organisation),
                        i.leaderName(),
                        i.deadline(),
                        i.milestones(),
                        label(i.status()),
                        i.percentDone(),
                        i.lastReportedAt(),
                        progress.tasks().get(r).overdue() ? "是" : null);
            }
            XlsxSheet units = workbook.sheet("单位进度", "牵头单位", "任务数", "已签收", "待核验", "已销号", "逾期", "平均完成百分比");
            progress.units().forEach(u -> unitRow(units, u.unitName(), u.totals()));
            unitRow(units, "合计", progress.total());
            return new XlsxDownload(year + "年度任务清单台账.xlsx", "task-list-" + year + ".xlsx", workbook.toBytes());
        }
    }

    private static void unitRow(XlsxSheet sheet, String name, Totals t) {
        sheet.row(name, t.tasks(), t.signed(), t.reportedComplete(), t.closed(), t.overdue(), t.averagePercent());
    }

    /** Comma-separated unit ids as their names, 、-separated. */
    private static String unitNames(String unitIds, Organisation organisation) {
        if (unitIds == null || unitIds.isBlank()) {
            return null;
        }
        return Arrays.stream(unitIds.split(","))
                .map(String::trim)
                .map(id -> organisation.unit(id).map(Unit::name).orElse(id))
                .collect(Collectors.joining("、"));
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
