package cn.qinglian.workflow.monitoring;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.SystemAuthentication;
import cn.qinglian.workflow.monitoring.MonitoringMapper.Progress;
import cn.qinglian.workflow.monitoring.MonitoringMapper.TaskCount;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The figures Prometheus reads at {@code /actuator/prometheus}: the engine's (jobs, incidents) and the
 * business's (open and overdue tasks by process and by unit, the progress of each open 查改剖 campaign,
 * 责任书 cascade and 任务清单, failed notice deliveries). Counted from a few grouped queries when a scrape
 * finds the last count older than {@code qinglian.monitoring.refresh} (30 s): two Prometheus servers
 * scraping every 15 s cost one count, and nobody scraping costs none. Labels are processes, units,
 * channels and open campaigns — never people.
 */
@Component
class MonitoringMetrics implements MeterBinder {

    /** The meter names, as Prometheus shows them with dots made underscores (DockerFilesTest reads the dashboard). */
    static final String TASKS_OPEN = "qinglian.tasks.open";

    static final String TASKS_OVERDUE = "qinglian.tasks.overdue";
    static final String UNIT_TASKS_OPEN = "qinglian.unit.tasks.open";
    static final String UNIT_TASKS_OVERDUE = "qinglian.unit.tasks.overdue";
    static final String CAMPAIGN_DONE = "qinglian.selfreview.campaign.done";
    static final String CAMPAIGN_EXPECTED = "qinglian.selfreview.campaign.expected";
    static final String CASCADE_DONE = "qinglian.letter.cascade.done";
    static final String CASCADE_EXPECTED = "qinglian.letter.cascade.expected";
    static final String TASK_LIST_DONE = "qinglian.tasklist.done";
    static final String TASK_LIST_EXPECTED = "qinglian.tasklist.expected";
    static final String DELIVERIES_FAILED = "qinglian.notice.deliveries.failed";
    static final String INCIDENTS_OPEN = "qinglian.engine.incidents.open";
    static final String JOBS_NO_RETRIES = "qinglian.engine.jobs.no.retries";
    static final String JOB_ACQUISITION_ATTEMPTS = "qinglian.engine.job.acquisition.attempts";
    static final String JOB_ACQUISITIONS = "qinglian.engine.job.acquisitions";
    static final String JOBS_EXECUTED = "qinglian.engine.jobs.executed";
    static final String JOBS_FAILED = "qinglian.engine.jobs.failed";

    /** One count of everything, replaced whole by each refresh. */
    record Figures(
            List<TaskCount> byProcess,
            List<TaskCount> byUnit,
            List<Progress> campaigns,
            List<Progress> cascades,
            List<Progress> taskLists,
            Map<String, Long> failedDeliveries,
            long incidents,
            long jobsWithoutRetries,
            Map<String, Long> engineMetrics) {

        static final Figures NONE =
                new Figures(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), 0, 0, Map.of());

        long engine(String metric) {
            return engineMetrics.getOrDefault(metric, 0L);
        }
    }

    private final MonitoringMapper mapper;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final SystemAuthentication system;
    private final Clock clock;
    private final Duration maxAge;
    private final AtomicReference<Figures> figures = new AtomicReference<>(Figures.NONE);
    private Instant countedAt = Instant.MIN;
    private MultiGauge byProcessOpen, byProcessOverdue, byUnitOpen, byUnitOverdue;
    private MultiGauge campaignDone, campaignExpected, cascadeDone, cascadeExpected, listDone, listExpected;
    private MultiGauge deliveriesFailed;

    MonitoringMetrics(
            MonitoringMapper mapper,
            ManagementService management,
            RuntimeService runtime,
            SystemAuthentication system,
            Clock clock,
            MonitoringProperties properties) {
        this.maxAge = properties.refresh();
        this.mapper = mapper;
        this.management = management;
        this.runtime = runtime;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        byProcessOpen = multi(registry, TASKS_OPEN, "待办任务数（按流程）");
        byProcessOverdue = multi(registry, TASKS_OVERDUE, "逾期待办任务数（按流程）");
        byUnitOpen = multi(registry, UNIT_TASKS_OPEN, "待办任务数（按办理人所在单位）");
        byUnitOverdue = multi(registry, UNIT_TASKS_OVERDUE, "逾期待办任务数（按办理人所在单位）");
        campaignDone = multi(registry, CAMPAIGN_DONE, "查改剖：已通过的自查数");
        campaignExpected = multi(registry, CAMPAIGN_EXPECTED, "查改剖：应完成的自查数");
        cascadeDone = multi(registry, CASCADE_DONE, "责任书：已签订数");
        cascadeExpected = multi(registry, CASCADE_EXPECTED, "责任书：应签订数");
        listDone = multi(registry, TASK_LIST_DONE, "任务清单：已销号任务数");
        listExpected = multi(registry, TASK_LIST_EXPECTED, "任务清单：任务总数");
        deliveriesFailed = multi(registry, DELIVERIES_FAILED, "发送失败的消息数（按渠道）");
        gauge(registry, INCIDENTS_OPEN, "未处理的流程事故（incident）数", Figures::incidents);
        gauge(registry, JOBS_NO_RETRIES, "重试次数已用尽的作业数", Figures::jobsWithoutRetries);
        counter(registry, JOB_ACQUISITION_ATTEMPTS, "作业获取尝试次数（全集群，引擎上报）", Metrics.JOB_ACQUISITION_ATTEMPT);
        counter(registry, JOB_ACQUISITIONS, "成功获取的作业数（全集群，引擎上报）", Metrics.JOB_ACQUIRED_SUCCESS);
        counter(registry, JOBS_EXECUTED, "执行成功的作业数（全集群，引擎上报）", Metrics.JOB_SUCCESSFUL);
        counter(registry, JOBS_FAILED, "执行失败的作业数（全集群，引擎上报）", Metrics.JOB_FAILED);
    }

    /** Before a scrape: counts again if the last count is older than {@code refresh}. */
    synchronized void refreshIfStale() {
        Instant now = clock.instant();
        if (!countedAt.plus(maxAge).isAfter(now)) {
            refresh();
            countedAt = now;
        }
    }

    /** Counts everything again and shows it; about a dozen queries, none of them per person. */
    synchronized void refresh() {
        Figures now = system.call(this::count);
        figures.set(now);
        if (byProcessOpen == null) {
            return;
        }
        byProcessOpen.register(rows(now.byProcess(), "process", TaskCount::label, TaskCount::openTasks), true);
        byProcessOverdue.register(rows(now.byProcess(), "process", TaskCount::label, TaskCount::overdueTasks), true);
        byUnitOpen.register(rows(now.byUnit(), "unit", TaskCount::label, TaskCount::openTasks), true);
        byUnitOverdue.register(rows(now.byUnit(), "unit", TaskCount::label, TaskCount::overdueTasks), true);
        campaignDone.register(rows(now.campaigns(), "campaign", Progress::businessKey, Progress::done), true);
        campaignExpected.register(rows(now.campaigns(), "campaign", Progress::businessKey, Progress::expected), true);
        cascadeDone.register(rows(now.cascades(), "cascade", Progress::businessKey, Progress::done), true);
        cascadeExpected.register(rows(now.cascades(), "cascade", Progress::businessKey, Progress::expected), true);
        listDone.register(rows(now.taskLists(), "list", Progress::businessKey, Progress::done), true);
        listExpected.register(rows(now.taskLists(), "list", Progress::businessKey, Progress::expected), true);
        deliveriesFailed.register(
                now.failedDeliveries().entrySet().stream()
                        .map(e -> MultiGauge.Row.of(Tags.of("channel", e.getKey()), e.getValue()))
                        .toList(),
                true);
    }

    Figures figures() {
        return figures.get();
    }

    private Figures count() {
        var now = clock.instant();
        Map<String, Long> engineMetrics = Map.of(
                Metrics.JOB_ACQUISITION_ATTEMPT, sum(Metrics.JOB_ACQUISITION_ATTEMPT),
                Metrics.JOB_ACQUIRED_SUCCESS, sum(Metrics.JOB_ACQUIRED_SUCCESS),
                Metrics.JOB_SUCCESSFUL, sum(Metrics.JOB_SUCCESSFUL),
                Metrics.JOB_FAILED, sum(Metrics.JOB_FAILED));
        return new Figures(
                mapper.tasksByProcess(now),
                mapper.tasksByUnit(now),
                mapper.campaigns(),
                mapper.cascades(),
                mapper.taskLists(ChinaTime.today(clock)),
                mapper.failedDeliveries().stream()
                        .collect(Collectors.toMap(
                                MonitoringMapper.DeliveryFailures::channel, MonitoringMapper.DeliveryFailures::failed)),
                runtime.createIncidentQuery().count(),
                management.createJobQuery().noRetriesLeft().count(),
                engineMetrics);
    }

    private long sum(String metric) {
        return management.createMetricsQuery().name(metric).sum();
    }

    private static <T> List<MultiGauge.Row<?>> rows(
            List<T> items, String tag, Function<T, String> label, ToLongFunction<T> value) {
        return items.stream()
                .map(item -> MultiGauge.Row.of(Tags.of(tag, label.apply(item)), value.applyAsLong(item)))
                .collect(Collectors.toList());
    }

    private MultiGauge multi(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<Figures> value) {
        ToDoubleFunction<MonitoringMetrics> read = m -> value.applyAsLong(m.figures());
        Gauge.builder(name, this, read).description(description).register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description, String metric) {
        FunctionCounter.builder(name, this, m -> m.figures().engine(metric))
                .description(description)
                .register(registry);
    }
}
