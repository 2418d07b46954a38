package cn.qinglian.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 待办 is read as the system (issue #26: Camunda's authorized task query grew with the grants of the
 * Party office's group); it must still be exactly what Camunda's own query under the caller's
 * authorizations returns, in the same order, page by page.
 */
class TodoListTest extends IntegrationTest {

    static final String GROUP_TASK = "testGroupTask";
    static final String OFFICE = "office1";
    static final String OFFICE_GROUP = "role-party-office";
    static final String MEMBER = "m0031";

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identity;

    @Test
    void isWhatCamundasAuthorizedQueryReturnsForTheOfficeAndForAMember() throws Exception {
        deployTestProcess("bpmn/test-group-task.bpmn", GROUP_TASK);
        for (int i = 0; i < 7; i++) {
            startAs(OFFICE, GROUP_TASK, "todo-" + UUID.randomUUID(), Map.of("group", OFFICE_GROUP));
        }
        // A task for another group, which neither may see, and one the office claimed.
        startAs(OFFICE, GROUP_TASK, "todo-" + UUID.randomUUID(), Map.of("group", "role-inspector"));
        String claimedPid = startAs(OFFICE, GROUP_TASK, "todo-" + UUID.randomUUID(), Map.of("group", OFFICE_GROUP));
        Task claimed =
                taskService.createTaskQuery().processInstanceId(claimedPid).singleResult();
        taskService.claim(claimed.getId(), OFFICE);
        for (int i = 0; i < 3; i++) {
            startTestApproval("todo-" + UUID.randomUUID(), MEMBER);
        }

        for (String user : List.of(OFFICE, MEMBER, "office2", "m0032")) {
            List<String> listed = pagedTodo(user, 3);
            assertThat(listed).as(user).containsExactlyInAnyOrderElementsOf(authorizedQuery(user));
            assertThat(createTimes(listed)).as(user + ", newest first").isSortedAccordingTo(Comparator.reverseOrder());
        }
        assertThat(pagedTodo(OFFICE, 3)).contains(claimed.getId()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pagedTodo("office2", 3)).doesNotContain(claimed.getId());
        assertThat(pagedTodo(MEMBER, 3)).hasSizeGreaterThanOrEqualTo(3);
    }

    private List<String> pagedTodo(String user, int size) throws Exception {
        List<String> ids = new ArrayList<>();
        long total;
        int page = 1;
        do {
            JsonNode body =
                    json.readTree(as(user).getForEntity("/api/tasks/todo?page=" + page + "&size=" + size, String.class)
                            .getBody());
            total = body.path("total").asLong();
            body.path("items").forEach(item -> ids.add(item.path("taskId").asText()));
            page++;
        } while (ids.size() < total && page < 100);
        assertThat(ids).as(user + "'s pages add up to the total").hasSize((int) total);
        return ids;
    }

    private List<Date> createTimes(List<String> ids) {
        Map<String, Date> created = new HashMap<>();
        taskService
                .createTaskQuery()
                .taskIdIn(ids.toArray(String[]::new))
                .list()
                .forEach(t -> created.put(t.getId(), t.getCreateTime()));
        return ids.stream().map(created::get).toList();
    }

    private List<String> authorizedQuery(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
        identity.setAuthentication(user, groups);
        try {
            return taskService
                    .createTaskQuery()
                    .or()
                    .taskAssignee(user)
                    .taskCandidateUser(user)
                    .endOr()
                    .orderByTaskCreateTime()
                    .desc()
                    .list()
                    .stream()
                    .map(Task::getId)
                    .toList();
        } finally {
            identity.clearAuthentication();
        }
    }
}
