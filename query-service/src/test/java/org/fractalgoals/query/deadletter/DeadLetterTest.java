package org.fractalgoals.query.deadletter;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.platform.eventstore.EventAppendedListener;
import org.fractalgoals.platform.eventstore.NotifiableEventStore;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.SharedPostgres;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that cannot handle one event: the event goes to the read model's dead-letter queue and the stream goes
 * on. The failure is real SQL: a trigger that the test puts on a read-model table refuses one goal's row, so the
 * handler's statement fails inside PostgreSQL, which aborts the transaction unless the handler ran in a savepoint.
 *
 * <p>The class has a database of its own: Spring keeps the other test classes' services running in this JVM, and
 * they would process the same events with the same token-claim owner (the JVM's name) as this service, so both
 * would dead-letter the poisoned event. The replay case leaves a failed replay of goal-tree reportable, which other classes take as "no replay ran":
 * they get a service of their own after this class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@AutoConfigureObservability
@Import(DeadLetterTest.OwnDatabaseNotifications.class)
class DeadLetterTest extends QueryServiceTest {

    private static final String READ_MODEL = "goal-tree";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OWN_DATABASE = SharedPostgres.newDatabase("dead_letter_test");

    /** Bound onto the pool after the URL of {@link QueryServiceTest}, so this one is used. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.hikari.jdbc-url", () -> OWN_DATABASE);
    }

    /** The service's own listener follows {@code spring.datasource.url}; this one wakes the processors for this database. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabaseNotifications {

        @Bean
        EventAppendedListener deadLetterTestEventAppendedListener(NotifiableEventStore eventStore) {
            return new EventAppendedListener(OWN_DATABASE, SharedPostgres.server().user(), SharedPostgres.server().password(),
                                             eventStore);
        }
    }

    @Autowired
    private EventWriter events;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    private final String admin = TestTokens.forUser(TestTokens.newUserId(), "user", "admin");
    private final String owner = TestTokens.newUserId();
    private final String marker = "secret-" + UUID.randomUUID();
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeEach
    void captureWarnings() {
        warnings.start();
        ((Logger) LoggerFactory.getLogger(ObservedDeadLetterQueue.class)).addAppender(warnings);
    }

    @AfterEach
    void cleanUp() {
        ((Logger) LoggerFactory.getLogger(ObservedDeadLetterQueue.class)).detachAppender(warnings);
        dropPoison();
    }

    @Test
    void a_failing_event_is_dead_lettered_its_aggregate_waits_the_stream_goes_on_and_a_retry_applies_them_in_order() {
        UUID poisoned = UUID.randomUUID();
        poison(poisoned);
        UUID fractal = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        double countedBefore = deadLettersCounted();

        events.append(fractal, 0,
                      new FractalCreated(fractal, owner, AT),
                      new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Root " + marker, null, null, null, owner, AT),
                      new GoalCreated(fractal, poisoned, fractal, GoalLevel.LONG_TERM, "Poisoned " + marker, null, null, null,
                                      owner, AT.plusSeconds(1)),
                      new GoalRenamed(fractal, fractal, "Renamed " + marker, owner, AT.plusSeconds(2)));
        events.append(other, 0,
                      new FractalCreated(other, owner, AT),
                      new GoalCreated(other, other, null, GoalLevel.ULTIMATE, "Other " + marker, null, null, null, owner, AT));

        // Later events of another aggregate in the same read model are applied.
        await(() -> count("select count(*) from query.goal where id = ?", other) == 1);
        // Another read model that handles the same events is unaffected.
        await(() -> count("select count(*) from query.goal_history where goal_id = ?", poisoned) == 1);
        await(() -> letters(fractal).size() == 2);

        assertThat(goalName(fractal)).as("the rename waits behind the dead letter").isEqualTo("Root " + marker);
        assertThat(count("select count(*) from query.goal where id = ?", poisoned)).isZero();

        List<JsonNode> letters = letters(fractal);
        JsonNode failed = letters.getFirst();
        assertThat(failed.get("readModel").asText()).isEqualTo(READ_MODEL);
        assertThat(failed.get("sequenceId").asText()).isEqualTo(fractal.toString());
        assertThat(failed.get("eventType").asText()).isEqualTo("GoalCreated");
        assertThat(failed.get("aggregateId").asText()).isEqualTo(fractal.toString());
        assertThat(failed.get("aggregateSequence").asLong()).isEqualTo(2);
        assertThat(failed.get("enqueuedAt").asText()).isNotBlank();
        assertThat(failed.get("retries").asLong()).isZero();
        assertThat(failed.get("cause").get("message").asText()).contains("SQLState P0001");
        assertThat(failed.has("payload")).isFalse();
        JsonNode waiting = letters.get(1);
        assertThat(waiting.get("eventType").asText()).isEqualTo("GoalRenamed");
        assertThat(waiting.get("aggregateSequence").asLong()).isEqualTo(3);
        assertThat(waiting.get("cause").isNull()).isTrue();
        assertThat(letters.toString()).doesNotContain(marker);

        assertThat(storedPayloads(fractal)).as("payloads at rest").hasSize(2).noneMatch(payload -> payload.contains(marker));
        assertThat(projection(READ_MODEL).get("status").asText()).as("the processor is not in error").isEqualTo("RUNNING");
        String metrics = api.get("/actuator/prometheus").send().text();
        assertThat(deadLettersCounted()).as(metrics.lines().filter(line -> line.contains("dead_letters")).toList().toString())
                                        .isEqualTo(countedBefore + 2);
        assertThat(metrics).contains("fractal_dead_letters_total{event_type=\"GoalCreated\",read_model=\"goal-tree\"}")
                           .contains("fractal_dead_letters_queued{read_model=\"goal-tree\"}");
        List<String> lines = warnings.list.stream().map(ILoggingEvent::getFormattedMessage)
                                          .filter(line -> line.contains(fractal.toString())).toList();
        assertThat(lines).hasSize(2).noneMatch(line -> line.contains(marker));
        assertThat(lines).filteredOn(line -> line.contains("GoalCreated")).singleElement().asString().contains("read model goal-tree", "GoalCreated", failed.get("eventId").asText(),
                                              "aggregate " + fractal, "sequence 2", "global position", "SQLState P0001");
        assertThat(warnings.list).allMatch(event -> event.getLevel().toString().equals("WARN"));

        Response stillFailing = api.post(DEAD_LETTERS + "/" + READ_MODEL + "/" + fractal + "/retry", null).token(admin).send();
        assertThat(stillFailing.status()).as(stillFailing.toString()).isEqualTo(200);
        assertThat(stillFailing.body().get("processed").asLong()).isZero();
        assertThat(stillFailing.body().get("stayed").asLong()).isEqualTo(2);
        assertThat(letters(fractal).getFirst().get("retries").asLong()).isEqualTo(1);

        dropPoison();
        Response retried = api.post(DEAD_LETTERS + "/" + READ_MODEL + "/retry", null).token(admin).send();

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.body().get("processed").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(retried.body().get("stayed").asLong()).isZero();
        assertThat(letters(fractal)).isEmpty();
        assertThat(count("select count(*) from query.goal where id = ?", poisoned)).isOne();
        assertThat(goalName(fractal)).as("applied after the goal it waited for").isEqualTo("Renamed " + marker);
        assertThat(count("select version from query.fractal where id = ?", fractal)).isEqualTo(3);
    }

    @Test
    void an_admin_can_evict_a_sequence_and_only_admins_see_or_touch_dead_letters() {
        UUID poisoned = UUID.randomUUID();
        poison(poisoned);
        UUID fractal = UUID.randomUUID();
        events.append(fractal, 0,
                      new FractalCreated(fractal, owner, AT),
                      new GoalCreated(fractal, poisoned, null, GoalLevel.ULTIMATE, "Evicted", null, null, null, owner, AT));
        await(() -> letters(fractal).size() == 1);

        String user = TestTokens.forUser(owner, "user");
        assertThat(api.get(DEAD_LETTERS).token(user).send().status()).isEqualTo(403);
        assertThat(api.post(DEAD_LETTERS + "/" + READ_MODEL + "/retry", null).token(user).send().status()).isEqualTo(403);
        assertThat(api.delete(DEAD_LETTERS + "/" + READ_MODEL + "/" + fractal).token(user).send().status()).isEqualTo(403);
        assertThat(api.get(DEAD_LETTERS).send().status()).isEqualTo(401);
        assertThat(api.post(DEAD_LETTERS + "/" + READ_MODEL + "/retry", null).send().status()).isEqualTo(401);

        Response unknown = api.get(DEAD_LETTERS + "?readModel=no-such-model").token(admin).send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).endsWith(":not-found");
        assertThat(api.post(DEAD_LETTERS + "/no-such-model/retry", null).token(admin).send().status()).isEqualTo(404);
        assertThat(api.post(DEAD_LETTERS + "/" + READ_MODEL + "/" + UUID.randomUUID() + "/retry", null).token(admin).send()
                      .status()).isEqualTo(404);
        assertThat(api.get(DEAD_LETTERS + "?limit=0").token(admin).send().status()).isEqualTo(400);
        assertThat(api.get(DEAD_LETTERS + "?cursor=not-a-cursor").token(admin).send().status()).isEqualTo(400);

        Response firstPage = api.get(DEAD_LETTERS + "?limit=1").token(admin).send();
        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.body().get("items")).hasSize(1);

        Response evicted = api.delete(DEAD_LETTERS + "/" + READ_MODEL + "/" + fractal).token(admin).send();
        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(204);
        assertThat(letters(fractal)).isEmpty();
        assertThat(api.delete(DEAD_LETTERS + "/" + READ_MODEL + "/" + fractal).token(admin).send().status()).isEqualTo(404);
        assertThat(projection(READ_MODEL).get("status").asText()).isEqualTo("RUNNING");
    }

    /** A replay has no dead-letter queue: the same kind of poison fails it, as it always did, and nothing is queued. */
    @Test
    void a_replay_meeting_a_poison_event_fails_instead_of_dead_lettering() {
        UUID poisoned = UUID.randomUUID();
        UUID fractal = UUID.randomUUID();
        events.append(fractal, 0,
                      new FractalCreated(fractal, owner, AT),
                      new GoalCreated(fractal, poisoned, null, GoalLevel.ULTIMATE, "Replayed", null, null, null, owner, AT));
        await(() -> count("select count(*) from query.goal where id = ?", poisoned) == 1);
        // The replay's tables are made when it starts; the poison goes onto its goal table the moment it exists.
        createPoisonFunction(poisoned);
        jdbc.execute("""
                create or replace function query.dead_letter_test_replay_poison() returns event_trigger language plpgsql as $$
                declare created record;
                begin
                  for created in select * from pg_event_trigger_ddl_commands() loop
                    if created.command_tag = 'CREATE TABLE' and created.object_identity = 'replay_goal_tree.goal' then
                      if not exists (select 1 from pg_trigger t join pg_class c on c.oid = t.tgrelid
                                     join pg_namespace n on n.oid = c.relnamespace
                                     where t.tgname = 'dead_letter_test_poison' and c.relname = 'goal'
                                     and n.nspname = 'replay_goal_tree') then
                        execute 'create trigger dead_letter_test_poison before insert on replay_goal_tree.goal '
                                'for each row execute function query.dead_letter_test_poison()';
                      end if;
                    end if;
                  end loop;
                end $$""");
        jdbc.execute("create event trigger dead_letter_test_replay_poison on ddl_command_end when tag in ('CREATE TABLE') "
                     + "execute function query.dead_letter_test_replay_poison()");
        long lettersBefore = count("select count(*) from query.deadletterentry where processinggroup = ?", READ_MODEL);

        String path = "/api/v1/admin/projections/" + READ_MODEL + "/replay";
        Response started = api.post(path, null).token(admin).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode progress = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            progress = api.get(path).token(admin).send().body();
            if (!"RUNNING".equals(progress.get("status").asText())) {
                break;
            }
            pause();
        }

        assertThat(progress.get("status").asText()).as(String.valueOf(progress)).isEqualTo("FAILED");
        assertThat(progress.get("failure").asText()).contains("while handling GoalCreated");
        assertThat(count("select count(*) from query.deadletterentry where processinggroup = ?", READ_MODEL))
                .isEqualTo(lettersBefore);
        assertThat(count("select count(*) from query.goal where id = ?", poisoned)).as("the live read model").isOne();
        assertThat(projection(READ_MODEL).get("status").asText()).isEqualTo("RUNNING");
    }

    /**
     * A rough measure of what the savepoints cost live processing (docs/operations.md): the same single-row inserts
     * in one transaction, as in a batch, bare and each in a nested transaction as {@link SavepointHandlerEnhancer}
     * runs a handler. Printed, not asserted: the numbers depend on the machine.
     */
    @Test
    void savepoint_cost_is_measured() {
        jdbc.execute("create table if not exists query.dead_letter_test_bench (id bigint primary key, name text)");
        try {
            TransactionTemplate batch = new TransactionTemplate(transactions);
            TransactionTemplate nested = new TransactionTemplate(transactions);
            nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            int rows = 2_000;
            long[] bare = new long[5];
            long[] savepoints = new long[5];
            for (int round = 0; round < 5; round++) {
                jdbc.execute("truncate query.dead_letter_test_bench");
                long start = System.nanoTime();
                batch.executeWithoutResult(status -> {
                    for (int i = 0; i < rows; i++) {
                        jdbc.update("insert into query.dead_letter_test_bench values (?, ?)", i, "row " + i);
                    }
                });
                bare[round] = System.nanoTime() - start;
                jdbc.execute("truncate query.dead_letter_test_bench");
                start = System.nanoTime();
                batch.executeWithoutResult(status -> {
                    for (int i = 0; i < rows; i++) {
                        int id = i;
                        nested.executeWithoutResult(savepoint -> jdbc.update(
                                "insert into query.dead_letter_test_bench values (?, ?)", id, "row " + id));
                    }
                });
                savepoints[round] = System.nanoTime() - start;
            }
            long bareBest = java.util.Arrays.stream(bare).min().orElseThrow();
            long savepointBest = java.util.Arrays.stream(savepoints).min().orElseThrow();
            System.out.printf("SAVEPOINT COST: %d inserts in one transaction: bare %.1f ms (%.1f us/row), "
                              + "each in a savepoint %.1f ms (%.1f us/row), +%.1f us per handler call%n",
                              rows, bareBest / 1e6, bareBest / 1e3 / rows, savepointBest / 1e6,
                              savepointBest / 1e3 / rows, (savepointBest - bareBest) / 1e3 / rows);
        } finally {
            jdbc.execute("drop table if exists query.dead_letter_test_bench");
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private void createPoisonFunction(UUID goal) {
        jdbc.execute("create or replace function query.dead_letter_test_poison() returns trigger language plpgsql as $$ "
                     + "begin if new.id = '" + goal + "' then raise exception 'refused by a test'; end if; return new; end $$");
    }

    private void poison(UUID goal) {
        createPoisonFunction(goal);
        jdbc.execute("create trigger dead_letter_test_poison before insert on query.goal "
                     + "for each row execute function query.dead_letter_test_poison()");
    }

    private void dropPoison() {
        jdbc.execute("drop event trigger if exists dead_letter_test_replay_poison");
        jdbc.execute("drop function if exists query.dead_letter_test_replay_poison()");
        jdbc.execute("drop trigger if exists dead_letter_test_poison on query.goal");
        jdbc.execute("drop function if exists query.dead_letter_test_poison() cascade");
    }

    private List<JsonNode> letters(UUID sequence) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = null;
        do {
            Response page = api.get(DEAD_LETTERS + "?readModel=" + READ_MODEL + "&limit=200"
                                    + (cursor == null ? "" : "&cursor=" + cursor)).token(admin).send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().get("items").forEach(item -> {
                if (item.get("sequenceId").asText().equals(sequence.toString())) {
                    found.add(item);
                }
            });
            JsonNode next = page.body().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return found;
    }

    private List<String> storedPayloads(UUID sequence) {
        return jdbc.queryForList("select payload from query.deadletterentry where sequenceidentifier = ?", byte[].class,
                                 sequence.toString())
                   .stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    private double deadLettersCounted() {
        String text = api.get("/actuator/prometheus").send().text();
        return text.lines()
                   .filter(line -> line.startsWith("fractal_dead_letters_total{event_type=\"GoalCreated\",read_model=\"goal-tree\"}")
                                   || line.startsWith("fractal_dead_letters_total{event_type=\"GoalRenamed\",read_model=\"goal-tree\"}"))
                   .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                   .sum();
    }

    private String goalName(UUID goal) {
        return jdbc.queryForObject("select name from query.goal where id = ?", String.class, goal);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private JsonNode projection(String name) {
        for (JsonNode item : api.get("/api/v1/admin/projections").token(admin).send().body().get("items")) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
