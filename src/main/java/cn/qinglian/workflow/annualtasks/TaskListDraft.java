package cn.qinglian.workflow.annualtasks;

import cn.qinglian.workflow.common.error.FieldProblem;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the tasks of a draft list against the organisation and the configured problem lists and
 * resolves names to ids; collects every problem (with its row, for a spreadsheet) instead of
 * stopping at the first.
 */
final class TaskListDraft {

    static final int MAX_CONTENT = 2000;

    private TaskListDraft() {}

    record Checked(List<TaskListMapper.NewItem> items, List<FieldProblem> problems) {}

    static Checked check(List<TaskInput> tasks, Organisation org, List<String> sourceLists, String file) {
        List<TaskListMapper.NewItem> items = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> contents = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskInput t = tasks.get(i);
            Problems p = new Problems(problems, file, t.row(), "tasks[" + i + "].");
            int itemNo = t.itemNo() == null ? i + 1 : t.itemNo();
            if (itemNo < 1 || !numbers.add(itemNo)) {
                p.add("itemNo", "序号 " + itemNo + " 重复或无效");
            }
            if (blank(t.content())) {
                p.add("content", "请填写任务内容");
            } else if (t.content().length() > MAX_CONTENT) {
                p.add("content", "任务内容不超过 " + MAX_CONTENT + " 字");
            } else if (!contents.add(t.content().trim())) {
                p.add("content", "任务重复：" + shorten(t.content()));
            }
            String source = sourceLists.stream()
                    .filter(s -> s.equals(trim(t.sourceList())))
                    .findFirst()
                    .orElse(null);
            if (source == null) {
                p.add("sourceList", "问题清单应为：" + String.join("、", sourceLists));
            }
            Optional<Responsibility> responsibility = Responsibility.parse(t.responsibility());
            if (responsibility.isEmpty()) {
                p.add("responsibility", "责任类型应为：主体责任、监督责任、第一责任人责任或一岗双责");
            }
            Optional<Unit> lead = unit(org, t.leadUnit());
            if (lead.isEmpty()) {
                p.add("leadUnit", blank(t.leadUnit()) ? "请填写牵头单位" : "单位不存在：" + t.leadUnit());
            } else if (org.nearest(lead.get().id(), Role.UNIT_HEAD).isEmpty()) {
                p.add("leadUnit", "牵头单位“" + lead.get().name() + "”没有负责人，无法签收");
            }
            List<String> cooperating = new ArrayList<>();
            for (String name : t.cooperatingUnits() == null ? List.<String>of() : t.cooperatingUnits()) {
                unit(org, name)
                        .ifPresentOrElse(
                                u -> cooperating.add(u.id()), () -> p.add("cooperatingUnits", "配合单位不存在：" + name));
            }
            Optional<Person> leader = person(org, t.leader());
            if (leader.isEmpty()
                    || !leader.get().has(Role.LEADERSHIP_MEMBER)
                            && !leader.get().has(Role.SECRETARY)) {
                p.add("leader", blank(t.leader()) ? "请填写责任领导" : "责任领导应为党组书记或班子成员：" + t.leader());
            }
            if (t.deadline() == null) {
                p.add("deadline", "请填写完成时限（如 2026-06-30）");
            }
            if (p.clean()) {
                items.add(new TaskListMapper.NewItem(
                        itemNo,
                        t.content().trim(),
                        source,
                        responsibility.get(),
                        lead.get().id(),
                        cooperating.isEmpty() ? null : String.join(",", cooperating),
                        leader.get().id(),
                        t.deadline(),
                        blank(t.milestones()) ? null : t.milestones().trim()));
            }
        }
        return new Checked(items, problems);
    }

    private static Optional<Unit> unit(Organisation org, String idOrName) {
        String key = trim(idOrName);
        if (key == null) {
            return Optional.empty();
        }
        return org.unit(key)
                .or(() -> org.units().stream().filter(u -> u.name().equals(key)).findFirst());
    }

    private static Optional<Person> person(Organisation org, String idOrName) {
        String key = trim(idOrName);
        if (key == null) {
            return Optional.empty();
        }
        return org.person(key)
                .or(() -> org.people().stream()
                        .filter(p -> p.active()
                                && p.name().equals(key)
                                && (p.has(Role.LEADERSHIP_MEMBER) || p.has(Role.SECRETARY)))
                        .findFirst());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String shorten(String text) {
        String t = text.trim();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }

    /** Problems of one task, named by JSON path or, for a spreadsheet, by file and row. */
    private static final class Problems {
        private final List<FieldProblem> all;
        private final String file;
        private final Integer row;
        private final String prefix;
        private boolean clean = true;

        Problems(List<FieldProblem> all, String file, Integer row, String prefix) {
            this.all = all;
            this.file = file;
            this.row = row;
            this.prefix = prefix;
        }

        void add(String field, String message) {
            clean = false;
            all.add(
                    row == null
                            ? FieldProblem.of(prefix + field, message)
                            : new FieldProblem(TaskListSheet.column(field), message, file, null, row));
        }

        boolean clean() {
            return clean;
        }
    }
}
