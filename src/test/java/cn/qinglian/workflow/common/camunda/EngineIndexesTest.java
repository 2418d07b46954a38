package cn.qinglian.workflow.common.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinglian.workflow.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The index Camunda's schema lacks exists after start, the subtask lookup uses it, and a missing one is made once. */
class EngineIndexesTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EngineIndexes indexes;

    @Test
    void theSubtaskLookupUsesTheParentIndex() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, EngineIndexes.INDEXES.get(0)))
                    .isTrue();
            // Camunda's selectTasksByParentTaskId, run on every task completion
            assertThat(plan(connection, "SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'x'"))
                    .containsIgnoringCase("QL_IDX_TASK_PARENT");
        }
    }

    @Test
    void theDoneListUsesTheAssigneeIndex() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, EngineIndexes.INDEXES.get(1)))
                    .isTrue();
            // 已办: Camunda's historic task query by assignee, finished, newest first (WorkLists.done)
            assertThat(plan(
                            connection,
                            "SELECT * FROM ACT_HI_TASKINST RES WHERE RES.ASSIGNEE_ = 'x' AND RES.END_TIME_ IS NOT NULL"
                                    + " ORDER BY RES.END_TIME_ DESC"))
                    .containsIgnoringCase("QL_IDX_HI_TASK_ASSIGNEE");
        }
    }

    @Test
    void aMissingIndexIsCreatedAndAnExistingOneLeftAlone() throws Exception {
        var probe = new EngineIndexes.Index("QL_IDX_TEST_PROBE", "ACT_RU_TASK", "DESCRIPTION_");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, probe)).isFalse();
            try {
                EngineIndexes.create(connection, probe);
                assertThat(EngineIndexes.exists(connection, probe)).isTrue();
                EngineIndexes.create(connection, probe); // a second start: no error, still one index
                assertThat(EngineIndexes.exists(connection, probe)).isTrue();
            } finally {
                try (Statement sql = connection.createStatement()) {
                    boolean mysql = connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase()
                            .matches(".*(mysql|mariadb).*");
                    sql.execute(mysql ? "DROP INDEX QL_IDX_TEST_PROBE ON ACT_RU_TASK" : "DROP INDEX QL_IDX_TEST_PROBE");
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                }
            }
            assertThat(EngineIndexes.exists(connection, probe)).isFalse();
        }
        // the engine's own start again: the real index is there and stays
        indexes.postProcessEngineBuild(engine);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(EngineIndexes.exists(connection, EngineIndexes.INDEXES.get(0)))
                    .isTrue();
        }
    }

    private static String plan(Connection connection, String query) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("EXPLAIN " + query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rs.getString(i)).append(' ');
                }
            }
        }
        return text.toString();
    }
}
