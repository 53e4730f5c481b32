package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What a few users clicking through the app send, from client threads of its own, while a test breaks things
 * underneath: each client creates a fractal, a goal in it, renames the goal, creates an activity, starts a session
 * for the goal with that activity, starts and stops its timer, completes the session and the goal, and begins again.
 *
 * <p>Every command carries an {@code Idempotency-Key}; a command that gets no answer or a 5xx is sent again with the
 * same key until it is acknowledged (what a careful client does), so every command sent is acknowledged exactly once
 * in the end, and the test can count the events it must find. Acknowledged commands are recorded with what they
 * answered; every failed attempt is counted by its kind.
 */
final class CommandLoad implements AutoCloseable {

    /** One command that answered 2xx. {@code aggregateId} is the aggregate whose events it appended. */
    record Ack(String operation, String aggregateId, String createdId, String consistencyToken) {
    }

    private static final Duration RETRY_FOR = Duration.ofMinutes(5);

    private final ApiClient commands;
    private final String user;
    private final int clients;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicLong attempts = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Queue<Response> serverErrors = new ConcurrentLinkedQueue<>();
    private final Map<String, String> lastFailure = new ConcurrentHashMap<>();
    private volatile Consumer<Response> onServerError = response -> { };

    CommandLoad(String commandServiceUrl, String user, int clients) {
        this.commands = new ApiClient(commandServiceUrl);
        this.user = user;
        this.clients = clients;
    }

    /** Called for every 5xx answer, as it arrives (a test checks what it may be while a fault lasts). */
    CommandLoad onServerError(Consumer<Response> check) {
        this.onServerError = check;
        return this;
    }

    CommandLoad start(long seed) {
        for (int i = 0; i < clients; i++) {
            Random random = new Random(seed + i);
            int client = i;
            threads.add(Thread.ofPlatform().name("load-client-" + i).start(() -> runClient(client, random)));
        }
        return this;
    }

    /** Lets every client finish the command it is on (retrying it until acknowledged), then waits for them. */
    void stop() throws InterruptedException {
        stopping.set(true);
        for (Thread thread : threads) {
            thread.join(RETRY_FOR.toMillis() + 30_000);
            if (thread.isAlive()) {
                throw new AssertionError(thread.getName() + " did not finish its last command");
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    List<Ack> acks(String operation) {
        return acks.stream().filter(ack -> ack.operation().equals(operation)).toList();
    }

    long attempts() {
        return attempts.get();
    }

    /** Failed attempts by kind: "connection" (no answer) or the HTTP status of a 5xx. */
    Map<String, Long> failures() {
        Map<String, Long> copy = new TreeMap<>();
        failures.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    long serverErrorCount() {
        return failures().entrySet().stream().filter(entry -> entry.getKey().startsWith("5"))
                         .mapToLong(Map.Entry::getValue).sum();
    }

    List<Response> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /** Answers other than 2xx and 5xx: none is expected, the load only sends valid commands. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    private void runClient(int client, Random random) {
        int round = 0;
        try {
            while (!stopping.get()) {
                story(client + "-" + round++, random);
            }
        } catch (Stopped stopped) {
            // the load ended between two commands
        } catch (AssertionError unacknowledged) {
            refusals.add(unacknowledged.getMessage());
        }
    }

    private void story(String label, Random random) {
        String fractal = send("create fractal", null, "POST", "/api/v1/fractals", Map.of("name", "Fractal " + label)).createdId();
        String base = "/api/v1/fractals/" + fractal;
        String goal = send("create goal", fractal, "POST", base + "/goals",
                           Map.of("parentId", fractal, "name", "Goal " + label)).createdId();
        send("rename goal", fractal, "PATCH", base + "/goals/" + goal, Map.of("name", "Goal " + label + " renamed"));
        String activity = send("create activity", null, "POST", base + "/activities", Map.of(
                "name", "Scales " + label, "hasSets", false, "hasSplits", false, "hasMetrics", false,
                "multiplicative", false, "metrics", List.of(), "splits", List.of())).createdId();
        String session = send("create session", null, "POST", base + "/sessions",
                              Map.of("name", "Practice " + label, "goalIds", List.of(goal))).createdId();
        String sessionPath = base + "/sessions/" + session;
        String instance = send("add activity", session, "POST", sessionPath + "/activities",
                               Map.of("activityId", activity)).createdId();
        send("start timer", session, "POST", sessionPath + "/activities/" + instance + "/timer/start", null);
        pause(random.nextInt(50));
        send("stop timer", session, "POST", sessionPath + "/activities/" + instance + "/timer/stop", null);
        send("complete session", session, "POST", sessionPath + "/complete", null);
        if (random.nextBoolean()) {
            send("complete goal", fractal, "POST", base + "/goals/" + goal + "/complete", null);
        }
    }

    /**
     * Sends one command until it is acknowledged. A creation's aggregate is the id it answers, unless the caller
     * names it ({@code aggregateId}: goals live in their fractal, instances in their session).
     */
    private Ack send(String operation, String aggregateId, String method, String path, Object body) {
        if (stopping.get()) {
            throw new Stopped();
        }
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            attempts.incrementAndGet();
            Response response;
            try {
                response = commands.method(method, path, body).token(TestTokens.forUser(user))
                                   .header("Idempotency-Key", key).send();
            } catch (UncheckedIOException | IllegalStateException noAnswer) {
                failures.computeIfAbsent("connection", kind -> new AtomicLong()).incrementAndGet();
                lastFailure.put(operation, String.valueOf(noAnswer.getCause()));
                retryOrGiveUp(operation, deadline);
                continue;
            }
            int status = response.status();
            if (status >= 200 && status < 300) {
                JsonNode id = response.body().get("id");
                String created = id == null ? null : id.asText();
                Ack ack = new Ack(operation, aggregateId != null ? aggregateId : created, created,
                                  response.header("X-Consistency-Token").orElse(null));
                acks.add(ack);
                return ack;
            }
            if (status >= 500) {
                failures.computeIfAbsent(Integer.toString(status), kind -> new AtomicLong()).incrementAndGet();
                serverErrors.add(response);
                lastFailure.put(operation, response.toString());
                onServerError.accept(response);
                retryOrGiveUp(operation, deadline);
                continue;
            }
            refusals.add(operation + ": " + response);
            throw new Stopped();
        }
    }

    private void retryOrGiveUp(String operation, long deadline) {
        if (System.nanoTime() > deadline) {
            throw new AssertionError(operation + " was not acknowledged within " + RETRY_FOR + "; last failure: "
                                     + lastFailure.get(operation));
        }
        pause(200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Ends a client's story: the load is stopping, or a command was refused (recorded, and the test fails on it). */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
