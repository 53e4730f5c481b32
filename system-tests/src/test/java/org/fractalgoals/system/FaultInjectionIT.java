package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.system.CommandLoad.Ack;
import org.fractalgoals.system.ConcurrentEdits.Kind;
import org.fractalgoals.system.ConcurrentEdits.Sent;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency and faults under load, against both services started from their jars on a PostgreSQL of this class
 * alone:
 * <ol>
 *   <li>many clients editing the same goal and the same session at once (first, while nothing else runs);</li>
 *   <li>kill -9 of the command-service and of the query-service at random moments (seeded; the seed is printed and
 *   {@code -Dfractal.faults.seed=} repeats a run), each restarted at once;</li>
 *   <li>PostgreSQL stopped for a while and started again.</li>
 * </ol>
 * After each: every acknowledged command is in the event store exactly once, and every read model equals a fresh
 * rebuild of itself. The figures go to docs/reliability.md ("Faults").(concurrency: docs/reliability.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final int CLIENTS = 3;
    private static final Duration POSTGRES_DOWN = Duration.ofSeconds(12);

    private static DedicatedPostgres postgres;
    private static FaultAudit audit;
    private static final Map<String, Map<String, String>> environments = new HashMap<>();
    private static final Map<String, ServiceProcess> services = new HashMap<>();
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void start() throws InterruptedException {
        postgres = DedicatedPostgres.start(Path.of("target", "fault-postgres").toAbsolutePath());
        String database = postgres.createDatabase("faults");
        audit = new FaultAudit(database, DedicatedPostgres.USER, DedicatedPostgres.PASSWORD);
        Map<String, String> common = Map.of(
                "FRACTAL_JDBC_URL", database,
                "FRACTAL_DB_USER", DedicatedPostgres.USER,
                "FRACTAL_DB_PASSWORD", DedicatedPostgres.PASSWORD,
                "FRACTAL_SECURITY_PUBLIC_KEY_LOCATION", "file:" + TestTokens.publicKeyFile(),
                "FRACTAL_DB_POOL_SIZE", "20",
                // The test rebuilds every read model as one admin, twice.
                "FRACTAL_RATELIMITS_REPLAY_CAPACITY", "100",
                "FRACTAL_RATELIMITS_REPLAY_REFILL", "100");
        for (String name : List.of("command-service", "query-service")) {
            Map<String, String> environment = new HashMap<>(common);
            int port = ServiceProcess.freePort();
            environment.put(name.equals("command-service") ? "COMMAND_SERVICE_PORT" : "QUERY_SERVICE_PORT",
                            Integer.toString(port));
            environments.put(name, environment);
            services.put(name, ServiceProcess.start(name, port, environment));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(START);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess service : services.values()) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.out.println("=== Fault injection figures ===\n" + String.join("\n", figures));
    }

    @Test
    @Order(1)
    void concurrent_edits_of_one_goal_and_one_session_are_applied_once_each_and_read_as_the_last_acknowledged()
            throws Exception {
        String token = TestTokens.forUser(TestTokens.newUserId());
        ApiClient queries = new ApiClient(services.get("query-service").baseUrl());
        ConcurrentEdits edits = new ConcurrentEdits(new ApiClient(services.get("command-service").baseUrl()), queries,
                                                    token);
        long before = audit.lastPosition();
        List<Sent> sent = edits.run(8);

        List<String> unexpected = sent.stream()
                .filter(each -> !each.acknowledged() && each.response().status() != 409 && each.response().status() != 412)
                .map(each -> each.kind() + " " + each.text() + ": " + each.response()).toList();
        Map<String, List<Sent>> byKey = sent.stream().collect(Collectors.groupingBy(Sent::key));
        List<String> keyMismatches = new ArrayList<>();
        List<Sent> accepted = new ArrayList<>();
        for (List<Sent> deliveries : byKey.values()) {
            Set<Integer> statuses = deliveries.stream().map(each -> each.response().status()).collect(Collectors.toSet());
            if (statuses.size() != 1) {
                keyMismatches.add(deliveries.getFirst().text() + " answered " + statuses);
            } else if (deliveries.getFirst().acknowledged()) {
                long applied = deliveries.stream().filter(each -> each.response().header("Idempotent-Replayed").isEmpty())
                                         .count();
                Set<String> tokens = deliveries.stream()
                        .map(each -> each.response().header("X-Consistency-Token").orElse("none"))
                        .collect(Collectors.toSet());
                if (applied != 1 || tokens.size() != 1) {
                    keyMismatches.add(deliveries.getFirst().text() + ": " + applied + " applied, tokens " + tokens);
                }
                accepted.add(deliveries.getFirst());
            }
        }

        // Each accepted edit owns the event positions its consistency token names, one of them of its own type.
        Map<Long, String> goalEvents = audit.eventsOf(edits.fractal, before);
        Map<Long, String> sessionEvents = audit.eventsOf(edits.session, before);
        Map<Long, Sent> owner = new TreeMap<>();
        Map<Sent, Long> positionOf = new HashMap<>();
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        int goalPositions = 0;
        int sessionPositions = 0;
        for (Sent edit : accepted) {
            Map<Long, String> events = edit.kind().ofGoal() ? goalEvents : sessionEvents;
            Set<Long> positions = FaultAudit.positions(edit.response().header("X-Consistency-Token").orElseThrow());
            List<Long> own = positions.stream().filter(p -> edit.kind().event.equals(events.get(p))).toList();
            if (own.size() != 1 || !events.keySet().containsAll(positions)) {
                lost.add(edit.kind() + " " + edit.text() + " positions " + positions + " hold " + own.size() + " "
                         + edit.kind().event);
            } else {
                positionOf.put(edit, own.getFirst());
            }
            for (long position : positions) {
                if (owner.put(position, edit) != null) {
                    duplicated.add("position " + position + " named by two edits");
                }
            }
            if (edit.kind().ofGoal()) {
                goalPositions += positions.size();
            } else {
                sessionPositions += positions.size();
            }
        }
        Map<Long, String> stored = new TreeMap<>(goalEvents);
        stored.putAll(sessionEvents);
        stored.keySet().stream().filter(position -> !owner.containsKey(position))
              .forEach(position -> duplicated.add("event " + stored.get(position) + " at " + position
                                                  + " that no acknowledged edit caused"));

        // The read side, read with the consistency token of the latest acknowledged edit of each aggregate.
        List<String> readMismatches = new ArrayList<>();
        JsonNode goal = readAfter(queries, token, edits.goalPath(), latest(positionOf, Kind.GOAL_NAME, Kind.GOAL_DESCRIPTION));
        expectText(readMismatches, "goal name", goal.path("name").asText(),
                   lastText(positionOf, Kind.GOAL_NAME, "Edited by all"));
        expectText(readMismatches, "goal description", goal.path("description").asText(null),
                   lastText(positionOf, Kind.GOAL_DESCRIPTION, null));
        JsonNode session = readAfter(queries, token, edits.sessionPath(),
                                     latest(positionOf, Kind.SESSION_NAME, Kind.SESSION_DESCRIPTION, Kind.INSTANCE));
        expectText(readMismatches, "session name", session.path("name").asText(),
                   lastText(positionOf, Kind.SESSION_NAME, "Practice"));
        expectText(readMismatches, "session description", session.path("description").asText(null),
                   lastText(positionOf, Kind.SESSION_DESCRIPTION, null));
        Set<String> instancesRead = new HashSet<>();
        session.path("sections").forEach(section -> section.path("instances")
                                                            .forEach(instance -> instancesRead.add(instance.get("id").asText())));
        Set<String> instancesAdded = accepted.stream().filter(edit -> edit.kind() == Kind.INSTANCE)
                                             .map(edit -> edit.response().body().get("id").asText())
                                             .collect(Collectors.toSet());
        if (!instancesRead.equals(instancesAdded)) {
            readMismatches.add("instances read " + instancesRead + ", added " + instancesAdded);
        }

        FaultAudit.awaitCaughtUp(queries, Duration.ofSeconds(90));
        Map<String, List<String>> live = audit.readModelRows();
        List<String> replayed = FaultAudit.replayEveryReadModel(queries, Duration.ofSeconds(90));
        Map<String, String> rebuildMismatches = FaultAudit.differences(live, audit.readModelRows());

        long conflicts409 = sent.stream().filter(each -> each.response().status() == 409).count();
        long conflicts412 = sent.stream().filter(each -> each.response().status() == 412).count();
        long serverErrors = sent.stream().filter(each -> each.response().status() >= 500).count();
        figures.add("concurrent edits (8 clients, one goal and one session): " + sent.size() + " requests ("
                    + byKey.size() + " edits), 2xx " + sent.stream().filter(Sent::acknowledged).count() + ", 409 "
                    + conflicts409 + ", 412 " + conflicts412 + ", 5xx " + serverErrors + ", other " + unexpected.size()
                    + "; accepted edits " + accepted.size() + " (goal "
                    + accepted.stream().filter(edit -> edit.kind().ofGoal()).count() + ", session "
                    + accepted.stream().filter(edit -> !edit.kind().ofGoal()).count() + "), events goal "
                    + goalEvents.size() + " of " + goalPositions + " acknowledged, session " + sessionEvents.size()
                    + " of " + sessionPositions + " acknowledged (" + instancesAdded.size() + " instances added); lost "
                    + lost.size() + ", duplicated " + duplicated.size() + ", key mismatches " + keyMismatches.size()
                    + ", read mismatches " + readMismatches.size() + ", read models rebuilt " + replayed.size()
                    + ", mismatches with the rebuild " + rebuildMismatches.size());
        System.out.println(figures.getLast());
        assertThat(unexpected).as("answers other than 2xx, 409 and 412").isEmpty();
        assertThat(keyMismatches).as("deliveries of one Idempotency-Key").isEmpty();
        assertThat(lost).as("acknowledged edits without their event").isEmpty();
        assertThat(duplicated).as("events applied twice or without an acknowledgement").isEmpty();
        assertThat(goalEvents).as("events of the goal's fractal").hasSize(goalPositions);
        assertThat(sessionEvents).as("events of the session").hasSize(sessionPositions);
        assertThat(readMismatches).as("the query API against the last acknowledged edits").isEmpty();
        assertThat(rebuildMismatches).as("read models against a fresh rebuild").isEmpty();
        assertThat(conflicts409 + conflicts412).as("the clients did collide").isPositive();
    }

    /** The acknowledged edit of these kinds whose event came last in the event store. */
    private static Sent latest(Map<Sent, Long> positionOf, Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return positionOf.entrySet().stream().filter(entry -> wanted.contains(entry.getKey().kind()))
                         .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    private static String lastText(Map<Sent, Long> positionOf, Kind kind, String otherwise) {
        return positionOf.keySet().stream().anyMatch(edit -> edit.kind() == kind)
               ? latest(positionOf, kind).text() : otherwise;
    }

    private static void expectText(List<String> mismatches, String what, String read, String expected) {
        if (!Objects.equals(read, expected)) {
            mismatches.add(what + " reads " + read + ", the last acknowledged is " + expected);
        }
    }

    private static JsonNode readAfter(ApiClient queries, String token, String path, Sent edit) {
        Response read = queries.get(path).token(token)
                               .header("X-Consistency-Token", edit.response().header("X-Consistency-Token").orElseThrow())
                               .send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.body();
    }

    @Test
    @Order(2)
    void every_acknowledged_command_survives_kill_9_of_either_service_and_the_read_models_equal_a_rebuild()
            throws Exception {
        long seed = Long.getLong("fractal.faults.seed", System.nanoTime());
        System.out.println("FaultInjectionIT kill -9 seed: " + seed + " (repeat with -Dfractal.faults.seed=" + seed + ")");
        Random random = new Random(seed);
        String user = TestTokens.newUserId();
        Queue<String> kills = new ConcurrentLinkedQueue<>();
        long eventsBefore = audit.lastPosition();

        CommandLoad load = new CommandLoad(services.get("command-service").baseUrl(), user, CLIENTS).start(random.nextLong());
        List<Thread> killers = new ArrayList<>();
        List<Throwable> killerErrors = new ArrayList<>();
        for (String name : List.of("command-service", "query-service")) {
            long killerSeed = random.nextLong();
            killers.add(Thread.ofPlatform().name("killer-" + name).start(() -> {
                try {
                    killTwice(name, new Random(killerSeed), kills);
                } catch (Throwable e) {
                    synchronized (killerErrors) {
                        killerErrors.add(e);
                    }
                }
            }));
        }
        for (Thread killer : killers) {
            killer.join();
        }
        Thread.sleep(2_000);
        load.stop();
        assertThat(killerErrors).isEmpty();

        Verdict verdict = verify(load, user, eventsBefore);
        assertThat(load.refusals()).as("commands refused or never acknowledged").isEmpty();
        assertThat(load.serverErrors()).as("5xx answers: a killed service answers nothing, a running one no 5xx")
                                       .isEmpty();
        figures.add("kill -9 (seed " + seed + "): " + load.attempts() + " requests tried, " + load.acks().size()
                    + " acknowledged, " + kills.size() + " kills " + kills + ", failed attempts " + load.failures()
                    + ", 5xx " + load.serverErrorCount() + ", " + verdict);
        System.out.println(figures.getLast());
        assertThat(verdict.lost()).as("acknowledged commands missing from the event store").isEmpty();
        assertThat(verdict.countMismatches()).as("events per type against acknowledged commands").isEmpty();
        assertThat(verdict.readModelMismatches()).as("read models against a fresh rebuild").isEmpty();
        assertThat(kills).hasSize(4);
    }

    /**
     * Twice: at a random moment 4 to 10 s after the service is ready (while it serves the load), kill -9, start it
     * again at once and wait until it is ready.
     */
    private static void killTwice(String name, Random random, Queue<String> kills) throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            Thread.sleep(4_000 + random.nextInt(6_000));
            ServiceProcess victim = services.get(name);
            long pid = victim.pid();
            victim.kill();
            kills.add(name + " pid " + pid);
            System.out.println("kill -9 " + name + " (pid " + pid + ")");
            ServiceProcess restarted = ServiceProcess.start(name, victim.port(), environments.get(name));
            services.put(name, restarted);
            restarted.awaitReady(START);
        }
    }

    @Test
    @Order(3)
    void postgres_down_answers_503_and_readiness_down_and_both_services_recover_by_themselves() throws Exception {
        long seed = Long.getLong("fractal.faults.seed", System.nanoTime()) + 1;
        String user = TestTokens.newUserId();
        long eventsBefore = audit.lastPosition();
        Queue<String> unclean = new ConcurrentLinkedQueue<>();
        CommandLoad load = new CommandLoad(services.get("command-service").baseUrl(), user, CLIENTS)
                .onServerError(response -> {
                    if (!isCleanUnavailable(response)) {
                        unclean.add(response + " " + response.raw().headers().map());
                    }
                })
                .start(seed);
        Thread.sleep(4_000);

        postgres.stop();
        long downSince = System.nanoTime();
        System.out.println("PostgreSQL stopped");
        Map<String, AtomicInteger> readinessWhileDown = new ConcurrentHashMap<>();
        Queue<Response> probes = new ConcurrentLinkedQueue<>();
        List<Thread> watchers = new ArrayList<>();
        for (String name : services.keySet()) {
            watchers.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() - downSince < POSTGRES_DOWN.toNanos()) {
                    int status = readiness(services.get(name));
                    readinessWhileDown.computeIfAbsent(name + " " + status, key -> new AtomicInteger()).incrementAndGet();
                    pause(500);
                }
            }));
        }
        // A command sent from the third second of the outage on, when no pooled connection is left to fail on.
        watchers.add(Thread.ofPlatform().start(() -> {
            pause(3_000);
            while (System.nanoTime() - downSince < POSTGRES_DOWN.toNanos() - Duration.ofSeconds(6).toNanos()) {
                probes.add(new ApiClient(services.get("command-service").baseUrl())
                                   .post("/api/v1/fractals", Map.of("name", "While the database is down"))
                                   .token(TestTokens.forUser(user)).send());
                pause(500);
            }
        }));
        for (Thread watcher : watchers) {
            watcher.join();
        }
        postgres.start();
        long upAgain = System.nanoTime();
        System.out.println("PostgreSQL started again");
        for (ServiceProcess service : services.values()) {
            awaitReadiness(service, 200, Duration.ofSeconds(60));
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - upAgain);
        Thread.sleep(3_000);
        load.stop();

        // Commands sent while the database was away end as clean 503s.
        assertThat(probes).as("commands while PostgreSQL is down").isNotEmpty()
                              .allSatisfy(probe -> assertThat(isCleanUnavailable(probe)).as(probe.toString()).isTrue());
        assertThat(unclean).as("5xx answers other than a 503 problem detail with Retry-After").isEmpty();
        assertThat(readinessWhileDown).as("readiness while PostgreSQL is down")
                                      .containsKeys("command-service 503", "query-service 503");

        Verdict verdict = verify(load, user, eventsBefore);
        assertThat(load.refusals()).as("commands refused or never acknowledged").isEmpty();
        figures.add("PostgreSQL down " + POSTGRES_DOWN.toSeconds() + " s (1 outage): " + load.attempts()
                    + " requests tried by the load + " + probes.size() + " probes, " + load.acks().size()
                    + " acknowledged, failed attempts " + load.failures() + ", probes "
                    + probes.stream().map(Response::status).toList() + ", readiness while down " + readinessWhileDown
                    + ", both ready again " + recovery.toMillis() + " ms after PostgreSQL, " + verdict);
        System.out.println(figures.getLast());
        assertThat(verdict.lost()).as("acknowledged commands missing from the event store").isEmpty();
        assertThat(verdict.countMismatches()).as("events per type against acknowledged commands").isEmpty();
        assertThat(verdict.readModelMismatches()).as("read models against a fresh rebuild").isEmpty();
    }

    private static boolean isCleanUnavailable(Response response) {
        return response.status() == 503
               && response.header("Content-Type").orElse("").startsWith("application/problem+json")
               && response.header("Retry-After").isPresent()
               && response.body().path("status").asInt() == 503
               && !response.body().path("type").asText().isEmpty();
    }

    private record Verdict(List<String> lost, Map<String, String> countMismatches, Map<String, String> readModelMismatches,
                           long events, long readModelRows, List<String> replayed) {

        @Override
        public String toString() {
            return "events written " + events + ", events lost " + lost.size() + ", event count mismatches "
                   + countMismatches.size() + ", read models rebuilt " + replayed.size() + " (" + readModelRows
                   + " rows), mismatches " + readModelMismatches.size();
        }
    }

    /** The event store against the acknowledged commands; the read models (live and via the API) against a rebuild. */
    private static Verdict verify(CommandLoad load, String user, long eventsBefore) throws InterruptedException {
        List<Ack> acks = load.acks();
        ApiClient queries = new ApiClient(services.get("query-service").baseUrl());
        FaultAudit.awaitCaughtUp(queries, Duration.ofSeconds(90));

        List<String> lost = new ArrayList<>(audit.lostCommands(acks));
        Map<String, String> countMismatches = new HashMap<>(audit.eventCountMismatches(acks, eventsBefore));
        Map<String, Long> fractalCreations = audit.creationEventsOf("FractalCreated");
        for (Ack fractal : load.acks("create fractal")) {
            if (fractalCreations.getOrDefault(fractal.createdId(), 0L) != 1L) {
                countMismatches.put("FractalCreated of " + fractal.createdId(),
                                    fractalCreations.getOrDefault(fractal.createdId(), 0L) + " events");
            }
        }
        lost.addAll(missingFromTheReadSide(queries, load, user));

        Map<String, List<String>> live = audit.readModelRows();
        List<String> replayed = FaultAudit.replayEveryReadModel(queries, Duration.ofSeconds(90));
        Map<String, List<String>> rebuilt = audit.readModelRows();
        return new Verdict(lost, countMismatches, FaultAudit.differences(live, rebuilt), audit.eventCountAfter(eventsBefore),
                           FaultAudit.rowCount(rebuilt), replayed);
    }

    /** Every acknowledged fractal is listed, with its goal renamed and completed exactly as acknowledged. */
    private static List<String> missingFromTheReadSide(ApiClient queries, CommandLoad load, String user) {
        String token = TestTokens.forUser(user);
        Set<String> listed = new HashSet<>();
        String cursor = null;
        do {
            Response page = queries.get("/api/v1/fractals?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                                   .token(token).send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().get("items").forEach(item -> listed.add(item.get("id").asText()));
            cursor = page.body().path("nextCursor").isTextual() ? page.body().get("nextCursor").asText() : null;
        } while (cursor != null);

        Set<String> completedGoals = new HashSet<>();
        load.acks("complete goal").forEach(ack -> completedGoals.add(ack.aggregateId() + "/"));
        Map<String, String> goalOfFractal = new HashMap<>();
        load.acks("create goal").forEach(ack -> goalOfFractal.put(ack.aggregateId(), ack.createdId()));
        Set<String> renamed = new HashSet<>();
        load.acks("rename goal").forEach(ack -> renamed.add(ack.aggregateId()));

        List<String> missing = new ArrayList<>();
        for (Ack fractal : load.acks("create fractal")) {
            String id = fractal.createdId();
            if (!listed.contains(id)) {
                missing.add("fractal " + id + " not listed");
                continue;
            }
            String goal = goalOfFractal.get(id);
            if (goal == null) {
                continue;
            }
            Response tree = queries.get("/api/v1/fractals/" + id + "/tree").token(token).send();
            JsonNode node = null;
            for (JsonNode child : tree.body().path("children")) {
                if (child.get("id").asText().equals(goal)) {
                    node = child;
                }
            }
            if (node == null) {
                missing.add("goal " + goal + " not in the tree of " + id);
            } else if (renamed.contains(id) != node.get("name").asText().endsWith(" renamed")
                       || completedGoals.contains(id + "/") != node.get("completed").asBoolean()) {
                missing.add("goal " + goal + " reads " + node);
            }
        }
        return missing;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int readiness(ServiceProcess service) {
        try {
            return new ApiClient(service.baseUrl()).get("/actuator/health/readiness").send().status();
        } catch (UncheckedIOException | IllegalStateException noAnswer) {
            return -1;
        }
    }

    private static void awaitReadiness(ServiceProcess service, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int status;
        while ((status = readiness(service)) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(service.name() + " readiness answered " + status + ", not " + expected
                                         + ", " + timeout + " after PostgreSQL came back");
            }
            Thread.sleep(250);
        }
    }
}
