package cn.qinglian.workflow.annualtasks;

import java.util.List;

/**
 * Tasks as Markdown lines for a Tasklist form. A string variable holds at most 4,000 characters,
 * so a long list is cut short with a pointer to the full list (the REST view or the Excel export).
 */
final class TaskSummary {

    static final int LIMIT = 3800;

    private TaskSummary() {}

    static String of(List<TaskItem> items, boolean withUnit) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            TaskItem t = items.get(i);
            String line = "- **第 " + t.itemNo() + " 项**【" + t.sourceList() + "·"
                    + t.responsibility().label() + "】"
                    + shorten(t.content(), 60) + "（" + (withUnit ? "牵头：" + t.leadUnitName() + "；" : "")
                    + "责任领导：" + t.leaderName() + "；时限 " + t.deadline() + "）\n";
            if (text.length() + line.length() > LIMIT) {
                return text + "- ……另有 " + (items.size() - i) + " 项，完整清单请在“导出 Excel”（/api/task-lists/{年度}/export）中查看";
            }
            text.append(line);
        }
        return text.toString().stripTrailing();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
