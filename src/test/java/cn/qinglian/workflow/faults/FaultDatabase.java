package cn.qinglian.workflow.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault suite's own database on the local MySQL-protocol server, created fresh and dropped after:
 * root over the Unix socket ({@code mysql -uroot}) creates it and its user; the tests count rows over
 * JDBC as that user, directly on port 3306 (never through the proxy a node may be cut off by).
 */
final class FaultDatabase {

    static final String PARAMS = "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&sendFractionalSeconds=false&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true"
            + "&rewriteBatchedStatements=true";

    private final String name;
    private final String user = "qlfaults";
    private final String password = "qlfaults";

    FaultDatabase() {
        this(System.getProperty("qinglian.faults.database", "qinglian_faults"));
    }

    /** Another database on the same server, for a test that must not share the suite's (the restore drill). */
    FaultDatabase(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The JDBC URL of this database on the server at {@code port} of 127.0.0.1 (3306, or a proxy's). */
    String url(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name + PARAMS;
    }

    void create() throws IOException, InterruptedException {
        root("DROP DATABASE IF EXISTS `" + name + "`;"
                + "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
                + "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + "GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'127.0.0.1';"
                + "FLUSH PRIVILEGES;");
    }

    void drop() throws IOException, InterruptedException {
        root("DROP DATABASE IF EXISTS `" + name + "`;");
    }

    long count(String sql, Object... args) throws SQLException {
        return ((Number) rows(sql, args).get(0)[0]).longValue();
    }

    int update(String sql, Object... args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(3306), user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }

    List<Object[]> rows(String sql, Object... args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(3306), user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static void root(String sql) throws IOException, InterruptedException {
        Process mysql = new ProcessBuilder("mysql", "--protocol=socket", "-uroot")
                .redirectErrorStream(true)
                .start();
        mysql.getOutputStream().write(sql.getBytes(StandardCharsets.UTF_8));
        mysql.getOutputStream().close();
        String output = new String(mysql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (mysql.waitFor() != 0) {
            throw new IllegalStateException("mysql -uroot failed: " + output);
        }
    }
}
