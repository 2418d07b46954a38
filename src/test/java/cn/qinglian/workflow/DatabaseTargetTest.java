package cn.qinglian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Proves which database the suite really ran on: {@code -Pmysql} must be on the MySQL-protocol
 * server (it cannot pass on a silent fallback to H2), the default build on H2.
 */
class DatabaseTargetTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
        String expected = System.getProperty("qinglian.test.database", "h2");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (expected.equals("mysql")) {
                assertThat(product).containsAnyOf("mysql", "mariadb");
            } else {
                assertThat(product).isEqualTo("h2");
            }
        }
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType())
                .isEqualTo(expected.equals("mysql") ? "mysql" : "h2");
    }

    @Test
    void connectionsRunReadCommittedAsTheEngineRequires() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }
}
