package org.fractalgoals.query.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.personaldata.OwnedEvent;
import java.time.LocalDate;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the goal tree read model through the admin API while the service keeps writing and answering.
 * These tests replay the whole event store of the shared test database, so they also prove that the rebuild
 * copes with every kind of goal event the other tests wrote.
 */
class ReplayTest extends QueryServiceTest {

    private static final String READ_MODEL = "goal-tree";
    private static final String REPLAY = "/api/v1/admin/projections/" + READ_MODEL + "/replay";

    @Autowired
    private EventWriter events;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private ReadModelCatalogue catalogue;

    /**
     * Own threads for the test's writers and readers: the common fork-join pool has one thread on a 2-core
     * machine, and Axon needs it to shut processors down during the switch-over.
     */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private final String admin = TestTokens.forUser(TestTokens.newUserId(), "user", "admin");
    private final String owner = TestTokens.newUserId();

    @Test
    void a_replay_under_concurrent_writes_and_reads_ends_equal_to_a_fresh_build_and_the_service_answers_throughout() throws Exception {
        List<UUID> fractals = new ArrayList<>();
        ConsistencyToken last = null;
        for (int i = 0; i < 300; i++) {
            Written written = writeFractal("Before " + i);
            fractals.add(written.id());
            last = written.token();
        }
        assertThat(caughtUp(fractals.getLast(), last).status()).isEqualTo(200);

        AtomicBoolean stop = new AtomicBoolean();
        List<Written> duringReplay = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            int i = 0;
            while (!stop.get()) {
                duringReplay.add(writeFractal("During " + i++));
                // Users write far more slowly than a replay reads; a writer as fast as the replay would never let it end.
                pause(25);
            }
        }, threads);
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                for (Response answer : List.of(tree(fractals.getFirst(), null), api.get("/actuator/health/readiness").send())) {
                    answers.add(answer.status());
                    if (answer.status() != 200) {
                        refusals.add(answer.raw().uri().getPath() + " -> " + answer);
                    }
                }
            }
        }, threads);

        Response started = api.post(REPLAY, null).token(admin).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(REPLAY));
        List<JsonNode> progress = awaitReplay(node -> !"RUNNING".equals(node.get("status").asText()));
        stop.set(true);
        writer.get();
        reader.get();

        JsonNode done = progress.getLast();
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("processed").asLong()).isEqualTo(done.get("total").asLong()).isPositive();
        assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(done.get("etaSeconds").asLong()).isZero();
        assertThat(duringReplay).as("fractals written while the replay ran").isNotEmpty();
        assertThat(answers).as("reads and readiness probes during the replay").isNotEmpty();
        assertThat(refusals).as("reads and readiness probes during the replay that did not answer 200").isEmpty();

        Written lastDuring = duringReplay.getLast();
        assertThat(tree(lastDuring.id(), lastDuring.token()).status()).isEqualTo(200);
        Map<String, List<String>> afterReplay = dump();
        assertThat(afterReplay.get("fractal")).as("rows written during the replay")
                                              .anyMatch(row -> row.contains(duringReplay.getFirst().id().toString()))
                                              .anyMatch(row -> row.contains(lastDuring.id().toString()));

        assertThat(api.post(REPLAY, null).token(admin).send().status()).isEqualTo(202);
        assertThat(awaitReplay(node -> !"RUNNING".equals(node.get("status").asText())).getLast().get("status").asText())
                .isEqualTo("COMPLETED");
        assertThat(dump()).as("the read model after a replay without concurrent writes").isEqualTo(afterReplay);
        assertThat(replaySchemas()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from query.tokenentry where processorname like '%.replay'", Long.class))
                .isZero();
    }

    /**
     * Other test classes here call projections directly, so live tables hold rows without events; what a replay
     * must give is the same read model from the same events every time.
     */
    @Test
    void every_read_model_can_be_rebuilt_and_rebuilds_the_same_from_the_same_events() {
        Written written = writeMany(20);
        for (ReadModelDefinition readModel : catalogue.all()) {
            Map<String, List<String>> first = rebuild(readModel.name());
            Map<String, List<String>> second = rebuild(readModel.name());

            first.forEach((table, rows) -> assertThat(second.get(table)).as("table " + table).containsExactlyElementsOf(rows));
            assertAnalyzedWithAutovacuum(readModel, second);
        }
        assertThat(dump(READ_MODEL).get("fractal")).anyMatch(row -> row.contains(written.id().toString()));
        assertThat(tree(written.id(), written.token()).status()).isEqualTo(200);
    }

    /**
     * The replay batches of goal-tree, goal-history, goal-analytics and accounts write differently from the live
     * processors (in memory, then in JDBC batches); for the same events they must leave the very rows the live
     * processors left.
     */
    @Test
    void replays_that_batch_their_writes_leave_the_rows_the_live_processors_left() {
        List<String> ours = new ArrayList<>();
        Map<UUID, Long> lastSequences = new HashMap<>();
        ConsistencyToken token = null;
        for (int i = 0; i < 30; i++) {
            UUID fractal = UUID.randomUUID();
            List<OwnedEvent> history = richHistory(fractal, i, i % 10 == 9);
            token = events.append(fractal, 0, history.toArray(OwnedEvent[]::new));
            ours.add(fractal.toString());
            lastSequences.put(fractal, (long) history.size() - 1);
        }
        assertThat(caughtUp(UUID.fromString(ours.getFirst()), token).status()).isEqualTo(200);
        awaitCaughtUp("select version from query.goal_history_fractal where fractal_id = ?", lastSequences);
        awaitCaughtUp("select last_sequence from query.owner_aggregate where aggregate_id = ?::text", lastSequences);
        awaitCaughtUp("select version from query.analytics_goal_fractal where fractal_id = ?", lastSequences);
        Map<String, List<String>> liveTree = rowsOf(dump(READ_MODEL), ours);
        Map<String, List<String>> liveHistory = rowsOf(dump("goal-history"), ours);
        Map<String, List<String>> liveAccounts = rowsOf(dump("accounts"), ours);
        Map<String, List<String>> liveAnalytics = rowsOf(dump("goal-analytics"), ours);
        // Programs keep each goal's deadline: 4 goals in each of the 27 fractals not deleted, one of them deleted
        // and one with a deadline; that count is reached only when the last of these events is in.
        awaitCount("select count(*) filter (where deleted) * 10000 + count(*) filter (where deadline is not null) "
                           + "* 100 + count(*) from query.program_goal where fractal_id = any (?::uuid[])",
                   ours, 27 * 10000 + 27 * 100 + 27 * 4);
        Map<String, List<String>> livePrograms = rowsOf(dump("programs"), ours);
        assertThat(liveHistory.get("goal_history")).as("history rows written live").hasSizeGreaterThan(300);
        assertThat(liveAccounts.get("owner_aggregate")).as("index rows written live").hasSize(30);
        assertThat(liveAnalytics.get("analytics_goal_goal")).as("analytics goals written live").hasSize(27 * 3);

        assertThat(rowsOf(rebuild(READ_MODEL), ours)).isEqualTo(liveTree);
        assertThat(replaySegments).as("goal-tree is replayed in the two segments of its live processor")
                                  .containsEntry(READ_MODEL, 2);
        assertThat(rowsOf(rebuild("goal-history"), ours)).isEqualTo(liveHistory);
        assertThat(rowsOf(rebuild("accounts"), ours)).isEqualTo(liveAccounts);
        assertThat(rowsOf(rebuild("goal-analytics"), ours)).isEqualTo(liveAnalytics);
        assertThat(rowsOf(rebuild("programs"), ours)).isEqualTo(livePrograms);
        assertThat(replaySegments).as("read models of one live segment are replayed in one")
                                  .containsEntry("goal-history", 1).containsEntry("programs", 1);
    }

    /**
     * A replay keeps autovacuum off while it fills its tables and analyzes them before the switch: the tables now
     * live have planner statistics (for those holding rows) and autovacuum on again (no storage options left).
     */
    private void assertAnalyzedWithAutovacuum(ReadModelDefinition readModel, Map<String, List<String>> rows) {
        for (String table : readModel.tables()) {
            String name = "query." + table;
            assertThat(jdbc.queryForObject("select reloptions is null from pg_class where oid = ?::regclass",
                                           Boolean.class, name)).as("autovacuum of " + name).isTrue();
            if (!rows.getOrDefault(table, List.of()).isEmpty()) {
                assertThat(jdbc.queryForObject("select count(*) from pg_stats where schemaname = 'query' and tablename = ?",
                                               Integer.class, table)).as("statistics of " + name).isPositive();
            }
        }
    }

    private void awaitCount(String sql, List<String> fractals, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String array = "{" + String.join(",", fractals) + "}";
        long count = -1;
        while (System.nanoTime() < deadline) {
            count = jdbc.queryForObject(sql, Long.class, array);
            if (count == expected) {
                return;
            }
            pause(50);
        }
        assertThat(count).as(sql).isEqualTo(expected);
    }

    private List<OwnedEvent> richHistory(UUID fractal, int n, boolean deleteAtEnd) {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant at = Instant.parse("2026-02-01T00:00:00Z").plusSeconds(n * 100L);
        List<OwnedEvent> history = new ArrayList<>(List.of(
                new FractalCreated(fractal, owner, at),
                new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Root " + n, "why", null, null, owner, at),
                new GoalCreated(fractal, a, fractal, GoalLevel.LONG_TERM, "A", null, null, null, owner, at.plusSeconds(1)),
                new GoalCreated(fractal, b, a, GoalLevel.MID_TERM, "B", "b", null, null, owner, at.plusSeconds(2)),
                new GoalCreated(fractal, c, b, GoalLevel.SHORT_TERM, "C", null, null, null, owner, at.plusSeconds(3)),
                new GoalRenamed(fractal, a, "A renamed", owner, at.plusSeconds(4)),
                new GoalDescriptionChanged(fractal, b, "b changed", owner, at.plusSeconds(5)),
                new TargetAdded(fractal, a, first, "First", null, List.<Threshold>of(), owner, at.plusSeconds(6)),
                new TargetChanged(fractal, a, first, "First changed", null, List.<Threshold>of(),
                                                               owner, at.plusSeconds(7)),
                new TargetAdded(fractal, b, second, "Second", null, List.<Threshold>of(), owner, at.plusSeconds(8)),
                new GoalDeadlineChanged(fractal, c, LocalDate.parse("2026-12-31"),
                                                                     owner, at.plusSeconds(9)),
                new GoalMoved(fractal, c, b, fractal, owner, at.plusSeconds(10)),
                new GoalCompleted(fractal, a, CompletionSource.MANUAL,
                                                               null, owner, at.plusSeconds(11)),
                new TargetAchieved(fractal, a, first, null, null, owner, at.plusSeconds(12)),
                new GoalUncompleted(fractal, a, owner, at.plusSeconds(13)),
                new TargetReopened(fractal, a, first,
                                                                ReopenCause.GOAL_UNCOMPLETED,
                                                                owner, at.plusSeconds(14)),
                new TargetRemoved(fractal, b, second, owner, at.plusSeconds(15)),
                new GoalRenamed(fractal, c, "C renamed", owner, at.plusSeconds(16)),
                new GoalDeleted(fractal, b, List.of(b), owner, at.plusSeconds(17)),
                new GoalRenamed(fractal, a, "A renamed again", owner, at.plusSeconds(18))));
        if (deleteAtEnd) {
            history.add(new FractalDeleted(fractal, owner, at.plusSeconds(19)));
        }
        return history;
    }

    /** Waits until {@code sql} (one parameter: the fractal) gives each fractal's last sequence number. */
    private void awaitCaughtUp(String sql, Map<UUID, Long> lastSequences) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long done = lastSequences.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(jdbc.queryForList(sql, Long.class, entry.getKey())
                                                                 .stream().findFirst().orElse(-1L)))
                    .count();
            if (done == lastSequences.size()) {
                return;
            }
            pause(50);
        }
        throw new AssertionError("not caught up with the test's events within 30 s: " + sql);
    }

    /** Per table, the rows that name one of the given fractals. */
    private static Map<String, List<String>> rowsOf(Map<String, List<String>> dump, List<String> fractals) {
        Map<String, List<String>> rows = new TreeMap<>();
        dump.forEach((table, all) -> rows.put(table, all.stream()
                .filter(row -> fractals.stream().anyMatch(row::contains)).toList()));
        return rows;
    }

    private final Map<String, Integer> replaySegments = new HashMap<>();

    private Map<String, List<String>> rebuild(String readModel) {
        String path = "/api/v1/admin/projections/" + readModel + "/replay";
        Response started = api.post(path, null).token(admin).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode done = awaitReplay(path, node -> !"RUNNING".equals(node.get("status").asText())).getLast();
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        replaySegments.put(readModel, done.get("segments").asInt());
        return dump(readModel);
    }

    @Test
    void a_cancelled_replay_leaves_the_live_read_model_as_it_was() throws Exception {
        Written written = writeMany(400);
        Map<String, List<String>> before = dump();

        assertThat(api.post(REPLAY, null).token(admin).send().status()).isEqualTo(202);
        Response cancelled = withReplayBlocked(() -> api.delete(REPLAY).token(admin).send(), false);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get(REPLAY).token(admin).send().body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.delete(REPLAY).token(admin).send().status()).as("cancelling an ended replay").isEqualTo(409);
        assertThat(replaySchemas()).isEmpty();
        assertThat(dump()).isEqualTo(before);
        assertThat(tree(written.id(), written.token()).status()).isEqualTo(200);
    }

    @Test
    void a_replay_that_fails_says_why_and_leaves_the_live_read_model_as_it_was() throws Exception {
        Written written = writeMany(400);
        Map<String, List<String>> before = dump();

        assertThat(api.post(REPLAY, null).token(admin).send().status()).isEqualTo(202);
        // While its batch waits, one of the replay's own tables disappears: its next write fails.
        withReplayBlocked(() -> null, true);
        JsonNode failed = awaitReplay(node -> !"RUNNING".equals(node.get("status").asText())).getLast();

        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).contains("while handling");
        assertThat(replaySchemas()).isEmpty();
        assertThat(dump()).isEqualTo(before);
        assertThat(tree(written.id(), written.token()).status()).isEqualTo(200);
        assertThat(projection(READ_MODEL).get("status").asText()).isEqualTo("RUNNING");
    }

    @Test
    void the_overview_lists_every_read_model_with_its_position_and_lag() {
        Written written = writeFractal("Overview");
        assertThat(tree(written.id(), written.token()).status()).isEqualTo(200);

        Response response = api.get("/api/v1/admin/projections").token(admin).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.body().get("items").forEach(item -> names.add(item.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(catalogue.all().stream().map(ReadModelDefinition::name).toList())
                         .contains(READ_MODEL, "sessions", "activities");
        JsonNode goalTree = projection(READ_MODEL);
        assertThat(goalTree.get("position").asLong()).isGreaterThanOrEqualTo(written.token().positions().last());
        assertThat(goalTree.get("lag").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(goalTree.get("status").asText()).isIn("RUNNING", "REPLAYING");
    }

    @Test
    void only_admins_may_see_or_start_replays_and_names_and_states_are_checked() {
        String user = TestTokens.forUser(owner, "user");
        assertThat(api.get("/api/v1/admin/projections").token(user).send().status()).isEqualTo(403);
        assertThat(api.post(REPLAY, null).token(user).send().status()).isEqualTo(403);
        assertThat(api.get(REPLAY).token(user).send().status()).isEqualTo(403);
        assertThat(api.delete(REPLAY).token(user).send().status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/projections").send().status()).isEqualTo(401);
        assertThat(api.post(REPLAY, null).send().status()).isEqualTo(401);

        Response unknown = api.post("/api/v1/admin/projections/no-such-model/replay", null).token(admin).send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).endsWith(":not-found");
        assertThat(api.get("/api/v1/admin/projections/templates/replay").token(admin).send().status())
                .as("no replay of templates has run").isEqualTo(404);
    }

    @Test
    void a_second_replay_of_the_same_read_model_is_refused_while_the_first_runs() throws Exception {
        writeMany(400);
        assertThat(api.post(REPLAY, null).token(admin).send().status()).isEqualTo(202);
        Response second = withReplayBlocked(() -> api.post(REPLAY, null).token(admin).send(), false);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("type").asText()).endsWith(":conflict");
        awaitReplay(node -> !"RUNNING".equals(node.get("status").asText()));
    }

    @Test
    void every_table_of_the_query_schema_belongs_to_exactly_one_read_model() {
        List<String> declared = catalogue.all().stream().flatMap(model -> model.tables().stream()).toList();
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = 'query'", String.class)
                                  .stream().filter(table -> !ReadModelCatalogue.OPERATIONAL_TABLES.contains(table)).toList();

        assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tables);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private record Written(UUID id, ConsistencyToken token) {
    }

    private Written writeFractal(String name) {
        UUID id = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        ConsistencyToken token = events.append(id, 0,
                new FractalCreated(id, owner, at),
                new GoalCreated(id, id, null, GoalLevel.LONG_TERM, name, "why", null, null, owner, at),
                new GoalCreated(id, child, id, GoalLevel.MID_TERM, name + " child", null, null, null, owner, at.plusSeconds(1)),
                new GoalRenamed(id, child, name + " renamed", owner, at.plusSeconds(2)),
                new TargetAdded(id, child, UUID.randomUUID(), "Target", null, List.<Threshold>of(), owner, at.plusSeconds(3)));
        return new Written(id, token);
    }

    private Written writeMany(int fractals) {
        Written last = null;
        for (int i = 0; i < fractals; i++) {
            last = writeFractal("Many " + i);
        }
        assertThat(caughtUp(last.id(), last.token()).status()).isEqualTo(200);
        return last;
    }

    /**
     * The tree once the live read model has caught up with the writes of a test's set-up: a consistency token waits
     * only 2 s here, which hundreds of writes on a busy machine can outlast, so the set-up asks again (bounded).
     */
    private Response caughtUp(UUID fractal, ConsistencyToken token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response response = tree(fractal, token);
        while (response.status() == 503 && System.nanoTime() < deadline) {
            response = tree(fractal, token);
        }
        return response;
    }

    private Response tree(UUID fractal, ConsistencyToken token) {
        var request = api.get("/api/v1/fractals/" + fractal + "/tree").token(TestTokens.forUser(owner, "user"));
        if (token != null) {
            request.header(ConsistencyToken.HEADER, token.encode());
        }
        return request.send();
    }

    private JsonNode projection(String name) {
        for (JsonNode item : api.get("/api/v1/admin/projections").token(admin).send().body().get("items")) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    /** Polls the replay's progress until {@code done} holds; answers every answer seen. */
    private List<JsonNode> awaitReplay(Predicate<JsonNode> done) {
        return awaitReplay(REPLAY, done);
    }

    private List<JsonNode> awaitReplay(String path, Predicate<JsonNode> done) {
        List<JsonNode> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Response response = api.get(path).token(admin).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            seen.add(response.body());
            if (done.test(response.body())) {
                return seen;
            }
            pause(50);
        }
        throw new AssertionError("the replay did not end: " + seen.getLast());
    }

    /**
     * Holds the replay's batch on a lock of one of its tables while {@code action} runs (the replay cannot end
     * meanwhile), then either lets it go on or first drops one of its tables so that it fails.
     */
    private <T> T withReplayBlocked(java.util.concurrent.Callable<T> action, boolean breakReplay) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        CompletableFuture<Void> locked = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            JdbcTemplate locking = new JdbcTemplate(dataSource);
            locking.execute("lock table replay_goal_tree.fractal in access exclusive mode");
            locked.complete(null);
            release.join();
            if (breakReplay) {
                locking.execute("drop table replay_goal_tree.goal cascade");
            }
        }), threads);
        locked.get();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        pause(300);
        release.complete(null);
        holder.get();
        return result.get();
    }

    private Map<String, List<String>> dump() {
        return dump(READ_MODEL);
    }

    private Map<String, List<String>> dump(String readModel) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : catalogue.find(readModel).orElseThrow().tables()) {
            rows.put(table, jdbc.queryForList("select t::text from query." + table + " t order by 1", String.class));
        }
        return rows;
    }

    private List<String> replaySchemas() {
        return jdbc.queryForList("select nspname from pg_namespace where nspname like 'replay\\_%'", String.class);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
