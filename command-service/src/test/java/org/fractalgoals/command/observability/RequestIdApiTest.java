package org.fractalgoals.command.observability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's id is answered back and recorded on every event the request caused. */
class RequestIdApiTest extends CommandServiceTest {

    @Autowired
    private EventStore eventStore;

    private final String token = TestTokens.forUser(TestTokens.newUserId());

    private List<? extends DomainEventMessage<?>> eventsOf(String aggregate) {
        return eventStore.readEvents(aggregate).asStream().toList();
    }

    @Test
    void the_callers_request_id_is_echoed_and_stored_on_every_event_of_the_command() {
        Response created = api.post("/api/v1/fractals", Map.of("name", "Learn piano")).token(token)
                              .header("X-Request-Id", "checkout-42.a").send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).hasValue("checkout-42.a");
        List<? extends DomainEventMessage<?>> events = eventsOf(created.body().get("id").asText());
        assertThat(events).hasSize(2).allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry("requestId", "checkout-42.a"));
    }

    @Test
    void a_request_without_an_id_gets_a_fresh_one_on_its_events() {
        Response created = api.post("/api/v1/fractals", Map.of("name", "Learn piano")).token(token).send();

        String id = created.header("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(eventsOf(created.body().get("id").asText()))
                .allSatisfy(event -> assertThat(event.getMetaData()).containsEntry("requestId", id));
    }

    @Test
    void an_id_that_could_forge_log_lines_is_replaced() {
        Response created = api.post("/api/v1/fractals", Map.of("name", "Learn piano")).token(token)
                              .header("X-Request-Id", "x\"} {\"level\":\"ERROR").send();

        assertThat(created.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void refused_requests_have_an_id_too() {
        Response refused = api.post("/api/v1/fractals", Map.of("name", "x")).send();

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Request-Id")).isPresent();
    }
}
