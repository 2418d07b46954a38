package cn.qinglian.workflow.common.engine;

import cn.qinglian.workflow.common.security.EngineAuthorizations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user sees, in Chinese: 我的待办, 我所在组的待办, 即将到期 (due in the
 * next three days) and 已逾期. Filters are data, so they are created once and readable by all;
 * what each lists is still limited by the user's own task authorizations.
 */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;
    private final EngineAuthorizations authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, EngineAuthorizations authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    @Order(10)
    void createFilters() {
        create("我的待办", -20, "分配给我的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        create(
                "我所在组的待办",
                -15,
                "我所在单位或角色可认领的任务",
                tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned());
        create(
                "即将到期",
                -10,
                "三天内到期的我的任务",
                tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
        create(
                "已逾期",
                -5,
                "已过期限仍未办理的我的任务",
                tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .dueBeforeExpression("${now()}"));
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("refresh", true);
            filter = filters.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        }
        authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
