package org.fractalgoals.platform.web;

import org.fractalgoals.platform.errors.ProblemType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Failures that say a dependency is out of reach for now, not that the request or our code is wrong: the database
 * is stopped, restarting or unreachable. They answer 503 with {@code Retry-After}, so that clients retry (the
 * command with its {@code Idempotency-Key}) instead of reporting a bug; the service recovers by itself once the
 * database is back, because the pool opens new connections.
 */
public final class Unavailable {

    /** Seconds a client should wait before retrying. */
    public static final String RETRY_AFTER_SECONDS = "5";
    public static final String DATABASE_DETAIL = "The service cannot reach its database right now; retry shortly";

    private Unavailable() {
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnreachableState(sql.getSQLState())) {
                return true;
            }
            // A rollback on a connection that was cut fails too, and hides the failure that said why; one that
            // fails on a connection the pool already closed as broken says only "Connection is closed" (no SQLSTATE).
            if (cause instanceof TransactionSystemException rollback
                    && (rollback.getApplicationException() != null && isDatabaseUnreachable(rollback.getApplicationException())
                        || rollback.getCause() instanceof SQLException sql && sql.getSQLState() == null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and the operator interventions of a stopping or starting server:
     * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
     */
    private static boolean isUnreachableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                                 || state.equals("57P03"));
    }

    public static ProblemDetail databaseProblem() {
        return Problems.of(ProblemType.UNAVAILABLE, DATABASE_DETAIL);
    }

    public static HttpHeaders retryAfter() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }
}
