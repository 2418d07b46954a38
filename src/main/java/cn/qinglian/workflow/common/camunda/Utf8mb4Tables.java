package cn.qinglian.workflow.common.camunda;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda creates its MySQL tables as {@code utf8} (3 bytes), which rejects names with
 * characters outside the BMP (生僻字 such as 𠀾) and emoji in opinions. Once the engine has
 * created its schema, this converts every ACT_ table still on utf8 to {@code utf8mb4_bin}
 * (binary, like Camunda's own {@code utf8_bin}). MariaDB will not convert a column a foreign key
 * uses, so Camunda's foreign keys are dropped for the conversion and recreated as they were.
 * A no-op on H2 and once converted.
 */
@Component
class Utf8mb4Tables extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(Utf8mb4Tables.class);

    private record ForeignKey(
            String name,
            String table,
            String referencedTable,
            String columns,
            String referencedColumns,
            String deleteRule,
            String updateRule) {}

    private DataSource dataSource;
    private String databaseType;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.dataSource = configuration.getDataSource();
        this.databaseType = configuration.getDatabaseType();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!"mysql".equals(databaseType)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            List<String> tables = strings(sql, """
                    SELECT TABLE_NAME FROM information_schema.TABLES
                     WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) LIKE 'ACT\\_%'
                       AND TABLE_COLLATION NOT LIKE 'utf8mb4%'""");
            if (tables.isEmpty()) {
                return;
            }
            List<ForeignKey> foreignKeys = foreignKeys(connection);
            for (ForeignKey fk : foreignKeys) {
                sql.execute("ALTER TABLE `" + fk.table() + "` DROP FOREIGN KEY `" + fk.name() + "`");
            }
            for (String table : tables) {
                sql.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            for (ForeignKey fk : foreignKeys) {
                sql.execute("ALTER TABLE `" + fk.table() + "` ADD CONSTRAINT `" + fk.name() + "` FOREIGN KEY ("
                        + fk.columns() + ") REFERENCES `" + fk.referencedTable() + "` (" + fk.referencedColumns()
                        + ") ON DELETE " + fk.deleteRule() + " ON UPDATE " + fk.updateRule());
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            log.info(
                    "Converted {} Camunda tables to utf8mb4 ({} foreign keys recreated)",
                    tables.size(),
                    foreignKeys.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not convert Camunda's tables to utf8mb4: " + e.getMessage(), e);
        }
    }

    private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("""
                SELECT CONSTRAINT_NAME, TABLE_NAME, REFERENCED_TABLE_NAME, DELETE_RULE, UPDATE_RULE
                  FROM information_schema.REFERENTIAL_CONSTRAINTS
                 WHERE CONSTRAINT_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) LIKE 'ACT\\_%'""")) {
            while (rs.next()) {
                keys.add(new ForeignKey(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        null,
                        null,
                        rs.getString(4),
                        rs.getString(5)));
            }
        }
        List<ForeignKey> complete = new ArrayList<>();
        try (PreparedStatement columns = connection.prepareStatement("""
                SELECT COLUMN_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                 WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?
                 ORDER BY ORDINAL_POSITION""")) {
            for (ForeignKey key : keys) {
                columns.setString(1, key.table());
                columns.setString(2, key.name());
                List<String> own = new ArrayList<>();
                List<String> referenced = new ArrayList<>();
                try (ResultSet rs = columns.executeQuery()) {
                    while (rs.next()) {
                        own.add("`" + rs.getString(1) + "`");
                        referenced.add("`" + rs.getString(2) + "`");
                    }
                }
                complete.add(new ForeignKey(
                        key.name(),
                        key.table(),
                        key.referencedTable(),
                        String.join(", ", own),
                        String.join(", ", referenced),
                        key.deleteRule(),
                        key.updateRule()));
            }
        }
        return complete;
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
