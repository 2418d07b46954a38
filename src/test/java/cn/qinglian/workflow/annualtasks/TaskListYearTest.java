package cn.qinglian.workflow.annualtasks;

import static cn.qinglian.workflow.annualtasks.TaskListFixtures.OFFICE;
import static cn.qinglian.workflow.annualtasks.TaskListFixtures.sampleXlsx;
import static cn.qinglian.workflow.annualtasks.TaskListFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole year of the 47-task sample list, from import to the last 销号 (on MySQL in the -Pmysql run). */
class TaskListYearTest extends IntegrationTest {

    @Autowired
    TaskListService lists;

    @Autowired
    TaskListQueries queries;

    @Test
    void theFortySevenTaskYearRunsFromImportToClosed() throws Exception {
        TaskList list = lists.importSheet(
                2050, "2050年度清廉机关建设任务清单", today().plusDays(10), "任务清单.xlsx", sampleXlsx(rows -> rows), OFFICE);
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(list.businessKey())
                .singleResult();
        TaskService tasks = engine.getTaskService();
        tasks.complete(only(instance, TaskListProcess.TASK_APPROVE).getId(), Map.of("approved", true, "opinion", "同意"));
        runAsyncJobs(instance.getId());

        List<Task> signOffs = tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(TaskListProcess.TASK_SIGN_OFF)
                .list();
        assertThat(signOffs).hasSize(20).extracting(Task::getAssignee).allMatch(a -> a.startsWith("head-"));
        signOffs.forEach(t -> tasks.complete(t.getId(), Map.of("signed", true)));
        assertThat(queries.progress(2050).total().signed()).isEqualTo(47);

        ManagementService management = engine.getManagementService();
        management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(TaskListProcess.TIMER_NEXT_REPORT)
                .list()
                .forEach(j -> management.executeJob(j.getId()));
        List<Task> reports = tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(TaskListProcess.TASK_REPORT)
                .list();
        assertThat(reports).hasSize(47);
        reports.forEach(t -> tasks.complete(t.getId(), Map.of("progress", "COMPLETED", "percent", 100, "note", "已完成")));
        assertThat(queries.progress(2050).total().reportedComplete()).isEqualTo(47);
        List<Task> verifications = tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(TaskListProcess.TASK_VERIFY)
                .list();
        verifications.forEach(t -> {
            tasks.claim(t.getId(), "office2");
            tasks.complete(t.getId(), Map.of("accepted", true));
        });
        runAsyncJobs(instance.getId());

        assertThat(instance).isEnded().hasPassed(TaskListProcess.END_CLOSED);
        TaskListProgress progress = queries.progress(2050);
        assertThat(progress.list().status()).isEqualTo(ListStatus.CLOSED);
        assertThat(progress.total().closed()).isEqualTo(47);
        assertThat(progress.units())
                .hasSize(20)
                .allSatisfy(u -> assertThat(u.totals().averagePercent()).isEqualTo(100));
        assertThat(queries.events(2050, TaskListEvent.Kind.ACCEPTED)).hasSize(47);
    }

    private Task only(ProcessInstance instance, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }
}
