package cn.qinglian.workflow.common.camunda;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's tables that its schema lacks and our load needs, created once the engine
 * has made its tables (Flyway runs before the engine, so it cannot), and left alone once there.
 *
 * <p>{@code ACT_RU_TASK.PARENT_TASK_ID_}: completing any task looks for its subtasks
 * ({@code selectTasksByParentTaskId}), which without an index reads every open task — 1,400 rows and
 * ≈ 1.5 ms per completion in the benchmark, 12,000 rows with a 6,000-person campaign open.
 *
 * <p>{@code ACT_HI_TASKINST(ASSIGNEE_, END_TIME_)}: 已办 asks for a person's finished tasks, newest
 * first, and counts them; without it both read every finished task in history — p95 110–280 ms at a
 * city's 20,000 people (bench/, part 4), against 34 ms at 6,000.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    /** {@code columns} as they go between the parentheses of CREATE INDEX. */
    record Index(String name, String table, String columns) {}

    static final List<Index> INDEXES = List.of(
            new Index("QL_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"),
            new Index("QL_IDX_HI_TASK_ASSIGNEE", "ACT_HI_TASKINST", "ASSIGNEE_, END_TIME_"));

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private DataSource dataSource;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = dataSource.getConnection()) {
            for (Index index : INDEXES) {
                create(connection, index);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create indexes on Camunda's tables: " + e.getMessage(), e);
        }
    }

    static void create(Connection connection, Index index) throws SQLException {
        if (exists(connection, index)) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE INDEX " + index.name() + " ON " + index.table() + " (" + index.columns() + ")");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            log.info("Created index {} on {}({})", index.name(), index.table(), index.columns());
        } catch (SQLException e) {
            // another node starting on the same database may have created it meanwhile
            if (!exists(connection, index)) {
                throw e;
            }
        }
    }

    static boolean exists(Connection connection, Index index) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // Camunda names its tables in upper case; a MySQL with lower_case_table_names=1 stores them in lower
        for (String table : List.of(index.table(), index.table().toLowerCase())) {
            try (ResultSet rs =
                    meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
                while (rs.next()) {
                    if (index.name().equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
