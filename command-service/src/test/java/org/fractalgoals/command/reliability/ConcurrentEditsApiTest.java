package org.fractalgoals.command.reliability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.goal.GoalChange;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients edit the same goal and the same session at once over HTTP: some with If-Match on the version
 * they just read, some without, some delivering the same Idempotency-Key several times at once. Every 2xx must
 * be in the event store exactly once, no refusal may leave a trace, conflicts answer 412 or 409 and nothing 5xx.
 *
 * <p>The read models live in the query-service, which no test of this module runs; the event store they are
 * built from is checked instead (the system tests check that read models equal a rebuild from it).
 */
class ConcurrentEditsApiTest extends CommandServiceTest {

    static final int CLIENTS = 8;
    static final int REQUESTS_PER_CLIENT = 12;
    /** Each duplicated request is delivered this many times at once with the same key and body. */
    static final int DELIVERIES = 4;

    @Autowired
    private EventStore eventStore;

    private final String token = TestTokens.forUser(TestTokens.newUserId());

    @Test
    void concurrent_edits_of_one_goal_are_each_applied_once_or_refused_cleanly() throws Exception {
        String fractal = created(api.post("/api/v1/fractals", Map.of("name", "Concurrency")).token(token).send());
        String goal = created(api.post("/api/v1/fractals/" + fractal + "/goals",
                                       Map.of("parentId", fractal, "name", "Edited by all", "level", "LONG_TERM"))
                                 .token(token).send());
        String path = "/api/v1/fractals/" + fractal + "/goals/" + goal;

        Outcome outcome = hammer(path, () -> goalVersion(fractal, goal));

        List<String> applied = eventsAfter(fractal, outcome.startVersion()).stream()
                .filter(event -> event instanceof GoalChange change && change.goalId().toString().equals(goal))
                .map(event -> ((GoalRenamed) event).name()).toList();
        outcome.check(applied);
    }

    @Test
    void concurrent_edits_of_one_session_are_each_applied_once_or_refused_cleanly() throws Exception {
        String fractal = created(api.post("/api/v1/fractals", Map.of("name", "Concurrency")).token(token).send());
        String goal = created(api.post("/api/v1/fractals/" + fractal + "/goals",
                                       Map.of("parentId", fractal, "name", "Practised", "level", "SHORT_TERM"))
                                 .token(token).send());
        String session = created(api.post("/api/v1/fractals/" + fractal + "/sessions",
                                          Map.of("name", "Practice", "goalIds", List.of(goal)))
                                    .token(token).send());
        String path = "/api/v1/fractals/" + fractal + "/sessions/" + session;

        Outcome outcome = hammer(path, () -> lastSequence(session));

        List<String> applied = eventsAfter(session, outcome.startVersion()).stream()
                .map(event -> ((SessionRenamed) event).name()).toList();
        outcome.check(applied);
    }

    /**
     * {@link #CLIENTS} clients each send {@link #REQUESTS_PER_CLIENT} renames: every third with If-Match on the
     * version read just before, every third without, every third as {@link #DELIVERIES} simultaneous deliveries
     * of one Idempotency-Key. Each rename carries a name of its own, so that its event can be told apart.
     */
    private Outcome hammer(String path, Callable<Long> version) throws Exception {
        long startVersion = version.call();
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                running.add(clients.submit(() -> {
                    start.await();
                    for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
                        String name = "client " + id + " request " + request;
                        switch (request % 3) {
                            case 0 -> sent.add(new Sent(name, rename(path, name, "\"" + version.call() + "\"", null)));
                            case 1 -> sent.add(new Sent(name, rename(path, name, null, null)));
                            default -> sent.addAll(deliveredAtOnce(path, name));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new Outcome(startVersion, List.copyOf(sent));
    }

    /** The same rename with the same key, sent {@link #DELIVERIES} times at once from other threads. */
    private List<Sent> deliveredAtOnce(String path, String name) throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
        try {
            List<Future<Response>> deliveries = new ArrayList<>();
            for (int delivery = 0; delivery < DELIVERIES; delivery++) {
                deliveries.add(pool.submit(() -> {
                    together.await();
                    return rename(path, name, null, key);
                }));
            }
            together.countDown();
            List<Sent> sent = new ArrayList<>();
            for (Future<Response> delivery : deliveries) {
                sent.add(new Sent(name, delivery.get()));
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    private Response rename(String path, String name, String ifMatch, String idempotencyKey) {
        var request = api.patch(path, Map.of("name", name)).token(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.send();
    }

    private record Sent(String name, Response response) {
    }

    private record Outcome(long startVersion, List<Sent> sent) {

        /** Every 2xx name applied exactly once, nothing refused applied, no 5xx, conflicts only as 412/409. */
        void check(List<String> applied) {
            assertThat(sent).hasSize(CLIENTS * REQUESTS_PER_CLIENT / 3 * (2 + DELIVERIES));
            assertThat(sent).allSatisfy(each -> assertThat(each.response().status())
                    .as(each.name() + ": " + each.response()).isIn(200, 409, 412));
            List<String> succeeded = sent.stream().filter(each -> each.response().status() == 200)
                                         .map(Sent::name).distinct().toList();
            List<String> refused = sent.stream().filter(each -> each.response().status() != 200)
                                       .map(Sent::name).distinct().toList();
            assertThat(applied).as("each name applied once, and only the accepted ones")
                               .doesNotHaveDuplicates()
                               .containsExactlyInAnyOrderElementsOf(succeeded);
            assertThat(refused).as("a name both accepted and refused (only idempotent duplicates share a name)")
                               .doesNotContainAnyElementsOf(succeeded);
            sent.stream().collect(Collectors.groupingBy(Sent::name)).values().stream()
                .filter(deliveries -> deliveries.size() > 1)
                .forEach(deliveries -> {
                    assertThat(deliveries).as("deliveries of one Idempotency-Key")
                                          .allSatisfy(each -> assertThat(each.response().status()).isEqualTo(200));
                    assertThat(deliveries.stream().filter(each -> each.response().header("Idempotent-Replayed")
                                                                      .isEmpty())).as("deliveries applied").hasSize(1);
                });
            // Read into docs/reliability.md.
            System.out.printf("Concurrent edits: %d requests, %d answered 2xx, %d conflicts (409/412), %d events "
                                      + "applied for %d accepted edits%n", sent.size(),
                              sent.stream().filter(each -> each.response().status() == 200).count(),
                              sent.stream().filter(each -> each.response().status() == 409
                                      || each.response().status() == 412).count(), applied.size(), succeeded.size());
        }
    }

    private List<Object> eventsAfter(String aggregate, long sequence) {
        return eventStore.readEvents(aggregate, sequence + 1).asStream().map(DomainEventMessage::getPayload)
                         .map(Object.class::cast).toList();
    }

    /** The goal's version, as the query-service's ETag gives it: the sequence of the last event that touched it. */
    private long goalVersion(String fractal, String goal) {
        return lastSequenceWhere(fractal, event -> event instanceof GoalChange change
                && change.goalId().toString().equals(goal));
    }

    private long lastSequence(String aggregate) {
        return lastSequenceWhere(aggregate, event -> true);
    }

    private long lastSequenceWhere(String aggregate, Function<Object, Boolean> touches) {
        ToLongFunction<DomainEventMessage<?>> sequence = DomainEventMessage::getSequenceNumber;
        return eventStore.readEvents(aggregate, 0).asStream().filter(event -> touches.apply(event.getPayload()))
                         .mapToLong(sequence).max().orElseThrow();
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
