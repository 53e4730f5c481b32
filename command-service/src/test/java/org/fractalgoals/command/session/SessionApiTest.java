package org.fractalgoals.command.session;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the session and note API tests: the command-service with {@link TestCatalogue}'s activities and
 * templates, and helpers to build a fractal with goals and sessions through the API.
 */
@Import(TestCatalogue.class)
public abstract class SessionApiTest extends CommandServiceTest {

    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TestCatalogue catalogue;

    protected final String alice = TestTokens.newUserId();
    protected final String bob = TestTokens.newUserId();

    protected UUID fractal;
    protected UUID shortTerm;

    protected Response send(String method, String path, String user, Object body) {
        return send(method, path, user, body, Map.of());
    }

    protected Response send(String method, String path, String user, Object body, Map<String, String> headers) {
        ApiClient.Request request = api.method(method, path, body).token(TestTokens.forUser(user));
        headers.forEach(request::header);
        return request.send();
    }

    protected UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    protected String base() {
        return "/api/v1/fractals/" + fractal;
    }

    protected String session(UUID sessionId) {
        return base() + "/sessions/" + sessionId;
    }

    protected String instance(UUID sessionId, UUID instanceId) {
        return session(sessionId) + "/activities/" + instanceId;
    }

    /** Alice's fractal with a short-term goal under its root. */
    protected void aFractalWithAShortTermGoal() {
        fractal = created(send("POST", "/api/v1/fractals", alice, Map.of("name", "Become a pianist")));
        shortTerm = created(send("POST", base() + "/goals", alice,
                                 Map.of("parentId", fractal, "name", "Hands together at 60 bpm", "level", "SHORT_TERM")));
    }

    protected UUID anEmptySession() {
        return created(send("POST", base() + "/sessions", alice, Map.of("goalIds", List.of(shortTerm))));
    }

    protected UUID addInstance(UUID sessionId, UUID activityId) {
        return created(send("POST", session(sessionId) + "/activities", alice, Map.of("activityId", activityId)));
    }

    protected UUID activity(boolean sets, Set<UUID> metrics) {
        return catalogue.activity(fractal, sets, metrics, Set.of());
    }

    protected List<Object> events(UUID aggregateId) {
        return eventStore.readEvents(aggregateId.toString(), 0).asStream().map(DomainEventMessage::getPayload)
                         .map(Object.class::cast).toList();
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from eventstore.domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    /** The positions the answer's consistency token names. */
    protected static java.util.SortedSet<Long> positions(Response response) {
        return ConsistencyToken.decode(response.header(ConsistencyToken.HEADER).orElseThrow()).positions();
    }
}
