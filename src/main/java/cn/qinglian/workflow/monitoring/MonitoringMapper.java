package cn.qinglian.workflow.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The figures behind the gauges and the alerts: grouped counts, never a row per person. */
@Mapper
interface MonitoringMapper {

    /** Open and overdue tasks of a process (by key) or of a unit (the assignee's; "" when offered to a group). */
    record TaskCount(String label, long openTasks, long overdueTasks) {}

    /** Done of expected for one open campaign, cascade or task list, and its due date if it has one. */
    record Progress(String businessKey, String name, long done, long expected, LocalDate due) {}

    record DeliveryFailures(String channel, long failed) {}

    /** A 责任书 being signed: when it was approved and the deepest level still to sign. */
    record OpenCascade(String businessKey, int letterYear, Instant approvedAt, Integer deepestOpenLevel) {}

    List<TaskCount> tasksByProcess(@Param("now") Instant now);

    List<TaskCount> tasksByUnit(@Param("now") Instant now);

    List<Progress> campaigns();

    List<Progress> cascades();

    List<Progress> taskLists(@Param("today") LocalDate today);

    List<OpenCascade> openCascades();

    List<DeliveryFailures> failedDeliveries();

    /** The claim: 1 when this node is first to alert about {@code key}; a second insert fails. */
    int claim(
            @Param("key") String key,
            @Param("kind") String kind,
            @Param("subject") String subject,
            @Param("now") Instant now);

    int alerted(@Param("key") String key);
}
