package org.fractalgoals.query.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.platform.crypto.PersonalDataCipher;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.query.SampleAccount;
import org.fractalgoals.query.consistency.ConsistencyGate;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An erased user disappears from every read model, stays gone through a full replay of every read model, and their
 * events stay in the event store with their personal text unreadable. The erasure is written as the command side
 * writes it: the {@link AccountErased} event and the destruction of the data key in one transaction.
 *
 * <p>Replaying every read model leaves each one's last replay reportable until the service restarts, which other test
 * classes take as "no replay ran yet": they get a service of their own after this class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ErasureTest extends QueryServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private EventWriter writer;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private ConsistencyGate gate;
    @Autowired
    private EventStore eventStore;

    private final String admin = TestTokens.forUser(TestTokens.newUserId(), "user", "admin");

    @Test
    void an_erased_user_leaves_no_row_in_any_read_model_not_even_after_replaying_them_all() {
        SampleAccount erased = SampleAccount.write(writer, TestTokens.newUserId());
        SampleAccount kept = SampleAccount.write(writer, TestTokens.newUserId());
        awaitAllReadModels(kept.last());
        assertThat(traces(erased)).as("the user's rows before the erasure")
                                  .containsKeys("fractal", "goal", "goal_target", "deleted_fractal", "goal_history",
                                                "activity", "activity_group", "session", "session_instance", "note",
                                                "note_hidden", "program", "program_day", "session_template", "account",
                                                "owner_aggregate");
        assertThat(goalName(erased.fractal)).as("readable before").isEqualTo(erased.text("Root"));

        awaitAllReadModels(erase(erased.owner));

        assertThat(traces(erased)).as("tables with a row of the erased user").isEmpty();
        assertThat(traces(kept)).as("the other user's rows").containsKeys("fractal", "goal", "session", "note", "program");

        ConsistencyToken late = writer.appendTo("Fractal", erased.fractal.toString(), 99,
                                                new FractalCreated(erased.fractal, erased.owner, SampleAccount.AT));
        awaitAllReadModels(late);
        assertThat(traces(erased)).as("after an event appended behind the erasure").isEmpty();

        for (String readModel : readModels()) {
            replay(readModel);
        }

        assertThat(traces(erased)).as("tables with a row of the erased user after every replay").isEmpty();
        assertThat(traces(kept)).as("the other user's rows after every replay")
                                .containsKeys("fractal", "goal", "goal_history", "session", "note", "program",
                                              "session_template", "activity", "account", "owner_aggregate");
    }

    @Test
    void the_event_store_keeps_the_erased_users_events_with_their_personal_text_unreadable() {
        SampleAccount erased = SampleAccount.write(writer, TestTokens.newUserId());
        awaitAllReadModels(erased.last());
        List<String> before = eventTypes(erased.fractal);
        assertThat(goalName(erased.fractal)).as("read (and its key cached) before").isEqualTo(erased.text("Root"));

        awaitAllReadModels(erase(erased.owner));

        assertThat(eventTypes(erased.fractal)).isEqualTo(before);
        assertThat(goalName(erased.fractal)).isEqualTo(PersonalDataCipher.ERASED);
        assertThat(eventStore.readEvents(erased.fractal.toString(), 0).asStream().map(DomainEventMessage::getPayload)
                             .map(Object::toString))
                .isNotEmpty()
                .noneMatch(event -> event.contains(erased.marker));
    }

    /** The erasure as the command side records it: the event and the destroyed key commit together. */
    private ConsistencyToken erase(String owner) {
        return transaction.execute(status -> {
            jdbc.update("insert into eventstore.user_data_key (owner_id, wrapped_key, master_key_id, destroyed_at) "
                        + "values (?, null, 'test', now()) on conflict (owner_id) do update set wrapped_key = null, "
                        + "destroyed_at = coalesce(user_data_key.destroyed_at, excluded.destroyed_at)", owner);
            long next = jdbc.queryForObject("select count(*) from eventstore.domainevententry where aggregateidentifier = ?",
                                            Long.class, AccountEvent.aggregateIdOf(owner));
            return writer.appendTo("Account", AccountEvent.aggregateIdOf(owner), next,
                                   new AccountErased(owner, SampleAccount.AT.plusSeconds(86_400)));
        });
    }

    private List<String> eventTypes(UUID aggregate) {
        return eventStore.readEvents(aggregate.toString(), 0).asStream()
                         .map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    private String goalName(UUID fractal) {
        return eventStore.readEvents(fractal.toString(), 0).asStream()
                         .map(DomainEventMessage::getPayload)
                         .filter(GoalCreated.class::isInstance)
                         .map(event -> ((GoalCreated) event).name())
                         .findFirst().orElseThrow();
    }

    private void awaitAllReadModels(ConsistencyToken token) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!gate.await(token, List.of())) {
            assertThat(System.nanoTime()).as("read models caught up in time").isLessThan(deadline);
        }
    }

    /** Table → its rows that hold any id of the user or any text the user typed, over every table of schema query. */
    private Map<String, List<String>> traces(SampleAccount account) {
        List<String> needles = new ArrayList<>(account.ids());
        needles.add(account.marker);
        Map<String, List<String>> found = new TreeMap<>();
        for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = 'query'", String.class)) {
            List<String> rows = jdbc.queryForList("select t::text from query." + table + " t", String.class).stream()
                                    .filter(row -> needles.stream().anyMatch(row::contains))
                                    .toList();
            if (!rows.isEmpty()) {
                found.put(table, rows);
            }
        }
        return found;
    }

    private List<String> readModels() {
        Response response = api.get("/api/v1/admin/projections").token(admin).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.body().get("items").forEach(item -> names.add(item.get("name").asText()));
        assertThat(names).contains("accounts", "goal-tree", "goal-history", "activities", "templates", "sessions",
                                   "notes", "programs");
        return names;
    }

    private void replay(String readModel) {
        String path = "/api/v1/admin/projections/" + readModel + "/replay";
        Response started = api.post(path, null).token(admin).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonNode progress = api.get(path).token(admin).send().body();
            if (!"RUNNING".equals(progress.get("status").asText())) {
                assertThat(progress.get("status").asText()).as(readModel + ": " + progress).isEqualTo("COMPLETED");
                return;
            }
            assertThat(System.nanoTime()).as("replay of " + readModel + " ended in time").isLessThan(deadline);
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
