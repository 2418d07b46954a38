package cn.qinglian.workflow.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void recognisesALostConnectionWrappedByTheEngine() {
        // What an engine command throws when Hikari cannot hand out a connection.
        var wrapped = new ProcessEngineException("query failed", new PersistenceException(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms.")));

        assertThat(DatabaseFailures.unreachable(wrapped)).isTrue();
    }

    @Test
    void leavesOtherDatabaseErrorsAlone() {
        var constraint = new ProcessEngineException("insert failed", new PersistenceException(
                new SQLIntegrityConstraintViolationException("Cannot add or update a child row")));

        assertThat(DatabaseFailures.unreachable(constraint)).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("no"))).isFalse();
    }
}
