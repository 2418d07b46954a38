package cn.qinglian.workflow.common.error;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises "the database is not there" however it is wrapped: the engine and MyBatis wrap a lost or
 * refused connection in their own exceptions (a connection that dies inside a transaction does not
 * become Spring's DataAccessResourceFailureException), and the login check sees the engine's. When
 * the connection dies under a statement, the pool closes it and Spring's rollback then fails too:
 * the rollback's exception replaces the statement's, which it keeps as its application exception.
 */
public final class DatabaseFailures {

    public static final String CODE = "database-unavailable";
    public static final String DETAIL = "数据库暂时无法访问，请稍后重试；本次操作未做任何更改。";

    private DatabaseFailures() {}

    public static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && unreachable(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
