package cn.qinglian.workflow.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached is a 503 problem on /engine-rest as on /api, however the engine wraps it. */
class EngineRestErrorsTest {

    @Test
    void aLostConnectionInsideAnEngineCommandIs503() {
        var lost = new ProcessEngineException(
                "query failed",
                new PersistenceException(new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms.")));

        assertUnavailable(new EngineRestErrors.EngineRefusals().toResponse(lost));
    }

    @Test
    void noTransactionBeforeTheCommandIs503() {
        var noTransaction = new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("Connection refused"));

        assertUnavailable(new EngineRestErrors.EngineFailures().toResponse(noTransaction));
        assertUnavailable(new EngineRestErrors.RestRefusals()
                .toResponse(
                        new RestException(Response.Status.INTERNAL_SERVER_ERROR, noTransaction, "task query failed")));
    }

    @Test
    void otherEngineErrorsKeepCamundasAnswer() {
        Response other = new EngineRestErrors.EngineFailures().toResponse(new IllegalStateException("something else"));

        assertThat(other.getStatus()).isEqualTo(500);
        assertThat(String.valueOf(other.getEntity())).doesNotContain("database-unavailable");
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = (Map<String, Object>) response.getEntity();
        assertThat(problem)
                .containsEntry("code", "database-unavailable")
                .containsEntry("detail", "数据库暂时无法访问，请稍后重试；本次操作未做任何更改。");
    }
}
