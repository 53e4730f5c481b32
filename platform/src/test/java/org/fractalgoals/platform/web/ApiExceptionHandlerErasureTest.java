package org.fractalgoals.platform.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.fractalgoals.platform.crypto.DataKeyDestroyedException;
import org.fractalgoals.platform.security.BearerChallenge;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing for an erased user answers the tombstone's problem however deep the refusal arrives. */
class ApiExceptionHandlerErasureTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    private static void assertAccountErased(ResponseEntity<Object> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(((ProblemDetail) response.getBody()).getType().toString())
                .isEqualTo("urn:fractal-goals:problem:account-erased");
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isEqualTo(BearerChallenge.ACCOUNT_ERASED);
    }

    @Test
    void thrown_directly() {
        assertAccountErased(handler.problem(new DataKeyDestroyedException()));
    }

    @Test
    void through_the_command_bus() {
        assertAccountErased(handler.wrapped(new CommandExecutionException("failed", new DataKeyDestroyedException())));
    }

    @Test
    void inside_another_exception_of_the_event_store() {
        assertAccountErased(handler.unexpected(new EventStoreException("append failed",
                                                                       new DataKeyDestroyedException())));
    }

    @Test
    void any_other_failure_stays_internal() {
        ResponseEntity<Object> response = handler.unexpected(new IllegalStateException("boom"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
    }
}
