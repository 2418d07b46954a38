package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The query classes' OGNL accessor reads a getter-less property through the method (or field) OGNL
 * finds for it, remembered, and leaves every other name to OGNL; task queries with OR branches and without tenant still find what Camunda finds.
 */
class QueryFieldAccessTest extends IntegrationTest {

    @Test
    void everyQueryClassUsesTheAccessor() throws Exception {
        assertThat(OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class)).isSameAs(QueryFieldAccess.ACCESSOR);
        assertThat(OgnlRuntime.getPropertyAccessor(ProcessInstanceQueryImpl.class))
                .isSameAs(QueryFieldAccess.ACCESSOR);
    }

    @Test
    void onlyNamesWithoutAGetterAreReadDirectly() {
        assertThat(QueryFieldAccess.Accessor.readerWithoutGetter(TaskQueryImpl.class, "isOrQueryActive"))
                .hasValueSatisfying(m -> assertThat(m)
                        .isInstanceOf(Method.class)
                        .extracting(Member::getName)
                        .isEqualTo("isOrQueryActive"));
        assertThat(QueryFieldAccess.Accessor.readerWithoutGetter(TaskQueryImpl.class, "isWithoutTenantId"))
                .isPresent();
        assertThat(QueryFieldAccess.Accessor.readerWithoutGetter(TaskQueryImpl.class, "assignee"))
                .as("getAssignee()")
                .isEmpty();
        assertThat(QueryFieldAccess.Accessor.readerWithoutGetter(TaskQueryImpl.class, "noSuchName"))
                .isEmpty();
    }

    @Test
    void mybatisExpressionsSeeTheFieldsValues() {
        TaskQueryImpl query = (TaskQueryImpl)
                engine.getTaskService().createTaskQuery().taskAssignee("m0041").withoutTenantId();
        TaskQueryImpl branch = (TaskQueryImpl) query.or().taskAssignee("m0042");
        assertThat(OgnlCache.getValue("isOrQueryActive", query)).isEqualTo(false);
        assertThat(OgnlCache.getValue("isOrQueryActive", branch)).isEqualTo(true);
        assertThat(OgnlCache.getValue("isWithoutTenantId", query)).isEqualTo(true);
        assertThat(OgnlCache.getValue("assignee", query)).isEqualTo("m0041");
    }

    /** What is remembered for one query class is not used for another with the same name. */
    @Test
    void eachQueryClassReadsItsOwnMember() throws Exception {
        TaskQueryImpl tasks = (TaskQueryImpl) engine.getTaskService().createTaskQuery();
        ProcessInstanceQueryImpl instances =
                (ProcessInstanceQueryImpl) engine.getRuntimeService().createProcessInstanceQuery();
        ProcessInstanceQueryImpl branch =
                (ProcessInstanceQueryImpl) instances.or().processDefinitionKey("x");
        assertThat(OgnlCache.getValue("isOrQueryActive", tasks)).isEqualTo(false);
        assertThat(OgnlCache.getValue("isOrQueryActive", branch)).isEqualTo(true);
        assertThat(QueryFieldAccess.Accessor.readerWithoutGetter(ProcessInstanceQueryImpl.class, "isOrQueryActive"))
                .hasValueSatisfying(
                        m -> assertThat(m.getDeclaringClass()).isAssignableFrom(ProcessInstanceQueryImpl.class));
    }

    /** Camunda keeps one value per criterion in a branch, hence assignee OR business key. */
    @Test
    void orBranchesAndWithoutTenantFindTheSameTasksAsBefore() {
        Task first = startTestApproval("query-field-access-1", "m0043");
        Task second = startTestApproval("query-field-access-2", "m0044");
        startTestApproval("query-field-access-3", "m0045");
        var either = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKeyLike("query-field-access-%")
                .or()
                .taskAssignee("m0043")
                .processInstanceBusinessKey("query-field-access-2")
                .endOr()
                .withoutTenantId()
                .list();
        assertThat(either).extracting(Task::getId).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKeyLike("query-field-access-%")
                        .or()
                        .taskAssignee("m0043")
                        .processInstanceBusinessKey("query-field-access-2")
                        .endOr()
                        .or()
                        .taskAssignee("m0044")
                        .processInstanceBusinessKey("query-field-access-3")
                        .endOr()
                        .list())
                .extracting(Task::getId)
                .containsExactly(second.getId());
    }
}
