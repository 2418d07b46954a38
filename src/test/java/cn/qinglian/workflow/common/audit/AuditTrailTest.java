package cn.qinglian.workflow.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinglian.workflow.IntegrationTest;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail: written only inside a transaction, read per business key and per person. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditMapper mapper;

    @Autowired
    DataSource dataSource;

    @Test
    void refusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> audit.record(entry("m0010", "k-" + UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    /**
     * The pool hands out connections with auto-commit off (application.yaml); a MyBatis write outside
     * any transaction must still be committed (by mybatis-spring), not rolled back by the pool.
     */
    @Test
    void aMapperWriteOutsideATransactionIsCommitted() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getAutoCommit()).isFalse();
        }
        String key = "no-tx-" + UUID.randomUUID();
        mapper.insert(entry("m0010", key), Instant.now());
        assertThat(audit.forBusinessKey(key)).hasSize(1);
    }

    @Test
    void personReadsTheirOwnRecordButNotSomeoneElses() {
        String key = "audit-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> audit.record(entry("m0010", key)));

        ResponseEntity<String> own = as("m0010").getForEntity("/api/audit/people/m0010", String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).contains(key, "郑重承诺👍");

        assertThat(as("m0011")
                        .getForEntity("/api/audit/people/m0010", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("m0011")
                        .getForEntity("/api/audit/business-keys/" + key, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void partyOfficeReadsTheTrailOfABusinessKeyInOrder() {
        String key = "audit-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            audit.record(entry("m0012", key));
            audit.record(entry("secretary", key));
        });

        ResponseEntity<String> trail = as("office1").getForEntity("/api/audit/business-keys/" + key, String.class);
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trail.getBody())
                .containsSubsequence("\"actorId\":\"m0012\"", "\"actorId\":\"secretary\"", "\"actorName\":\"张建国\"");
    }

    private static AuditEntry entry(String actor, String businessKey) {
        return new AuditEntry(actor, "test", null, "userTask_sign", "签订", null, businessKey, "signed", "郑重承诺👍");
    }
}
