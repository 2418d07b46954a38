package cn.qinglian.workflow.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row count of every table of the app's schema — its own tables and all of Camunda's — read
 * from the database's metadata, so a table added by a later migration is counted too.
 */
public final class TableCounts {

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final String quote;

    public TableCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = tables(jdbc.getDataSource());
        this.quote = jdbc.execute((Connection c) -> c.getMetaData().getIdentifierQuoteString())
                .trim();
    }

    /** The row counts of just these tables, in the order given: what a refused request must leave unchanged. */
    public static Map<String, Long> of(JdbcTemplate jdbc, List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
        return counts;
    }

    public List<String> tables() {
        return tables;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(
                    table.toLowerCase(Locale.ROOT),
                    jdbc.queryForObject("SELECT COUNT(*) FROM " + quote + table + quote, Long.class));
        }
        return counts;
    }

    private static List<String> tables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs =
                    meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase("ACT_RU_TASK"))
                    || names.stream().noneMatch(n -> n.equalsIgnoreCase("audit_record"))) {
                throw new IllegalStateException(
                        "the schema's metadata lists neither Camunda's nor the app's tables: " + names);
            }
            return List.copyOf(names);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
