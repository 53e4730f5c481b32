package org.fractalgoals.platform.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that cannot be reached answers 503 with Retry-After however its failure arrives; a bug stays a 500. */
class ApiExceptionHandlerUnavailableTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    private static void assertUnavailable(ResponseEntity<Object> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getType().toString()).isEqualTo("urn:fractal-goals:problem:unavailable");
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void no_connection_from_the_pool_when_a_transaction_starts() {
        assertUnavailable(handler.unexpected(new CannotCreateTransactionException(
                "Could not open JDBC Connection", new SQLTransientConnectionException("pool - Connection is not available"))));
    }

    @Test
    void a_connection_that_broke_while_the_event_store_appended_through_the_command_bus() {
        SQLException broken = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertUnavailable(handler.wrapped(new CommandExecutionException("failed", new EventStoreException("append", broken))));
    }

    @Test
    void the_server_shutting_down_or_starting_up() {
        assertUnavailable(handler.unexpected(new IllegalStateException(new SQLException("terminating connection", "57P01"))));
        assertUnavailable(handler.unexpected(new IllegalStateException(new SQLException("the database system is starting up", "57P03"))));
    }

    @Test
    void a_rollback_that_failed_on_the_cut_connection_after_the_server_terminated_it() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                                                                              new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertUnavailable(handler.unexpected(rollback));
    }

    @Test
    void a_rollback_on_a_connection_the_pool_had_already_closed_as_broken() {
        assertUnavailable(handler.unexpected(new TransactionSystemException("JDBC rollback failed",
                                                                            new SQLException("Connection is closed"))));
    }

    @Test
    void no_connection_for_a_plain_jdbc_read() {
        assertUnavailable(handler.unexpected(new CannotGetJdbcConnectionException("no connection", new SQLException(new ConnectException()))));
    }

    @Test
    void other_database_errors_stay_internal() {
        SQLException constraint = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(handler.unexpected(new EventStoreException("append", constraint)).getStatusCode().value()).isEqualTo(500);
        assertThat(handler.unexpected(new IllegalStateException("boom")).getStatusCode().value()).isEqualTo(500);
        TransactionSystemException deferredConstraint = new TransactionSystemException("JDBC commit failed",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(handler.unexpected(deferredConstraint).getStatusCode().value()).isEqualTo(500);
    }
}
