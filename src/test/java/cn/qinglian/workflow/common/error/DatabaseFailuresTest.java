package cn.qinglian.workflow.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

class DatabaseFailuresTest {

    @Test
    void recognisesALostConnectionWrappedByTheEngine() {
        // What an engine command throws when Hikari cannot hand out a connection.
        var wrapped = new ProcessEngineException(
                "query failed",
                new PersistenceException(new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms.")));

        assertThat(DatabaseFailures.unreachable(wrapped)).isTrue();
    }

    /**
     * The connection died under a statement (Connector/J's CommunicationsException is an
     * SQLRecoverableException); the pool closed it, so Spring's rollback failed as well and threw its
     * own exception, keeping the statement's as the application exception (seen in the fault suite).
     */
    @Test
    void recognisesALostConnectionBehindAFailedRollback() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new ProcessEngineException(
                "query failed", new PersistenceException(new SQLRecoverableException("Communications link failure"))));

        assertThat(DatabaseFailures.unreachable(rollback)).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException("wrapped", rollback)))
                .isTrue();
    }

    @Test
    void aFailedRollbackAfterAnotherErrorIsNotAnOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));

        assertThat(DatabaseFailures.unreachable(rollback)).isFalse();
        assertThat(DatabaseFailures.unreachable(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isFalse();
    }

    @Test
    void leavesOtherDatabaseErrorsAlone() {
        var constraint = new ProcessEngineException(
                "insert failed",
                new PersistenceException(
                        new SQLIntegrityConstraintViolationException("Cannot add or update a child row")));

        assertThat(DatabaseFailures.unreachable(constraint)).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("no")))
                .isFalse();
    }
}
