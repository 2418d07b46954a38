package cn.qinglian.workflow.annualtasks;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qinglian.task-list.*}: the seven problem lists tasks come from, how often progress is
 * reported (ISO 8601 duration, default monthly) and how long a report may take, the days before the
 * sign-off deadline a unit is reminded, the days after a missed report before its leader is told,
 * and how often missed reports are looked for.
 */
@ConfigurationProperties("qinglian.task-list")
record TaskListProperties(
        List<String> sourceLists,
        String reportCycle,
        int reportWindowDays,
        int reminderDays,
        int escalateAfterDays,
        String dueCheckCycle) {

    public static final List<String> SEVEN_LISTS =
            List.of("政治建设问题清单", "思想建设问题清单", "组织建设问题清单", "作风建设问题清单", "纪律建设问题清单", "制度建设问题清单", "廉政风险问题清单");

    public TaskListProperties {
        sourceLists = sourceLists == null || sourceLists.isEmpty() ? SEVEN_LISTS : List.copyOf(sourceLists);
        reportCycle = reportCycle == null ? "P1M" : reportCycle;
        reportWindowDays = reportWindowDays <= 0 ? 10 : reportWindowDays;
        reminderDays = reminderDays <= 0 ? 3 : reminderDays;
        escalateAfterDays = escalateAfterDays <= 0 ? 3 : escalateAfterDays;
        dueCheckCycle = dueCheckCycle == null ? "R/P1D" : dueCheckCycle;
    }
}
