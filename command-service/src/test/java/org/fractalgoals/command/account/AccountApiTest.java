package org.fractalgoals.command.account;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.account.TermsAccepted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.platform.crypto.PersonalDataCipher;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's account over HTTP: accepting the terms, erasure, and the tombstone that follows it. */
class AccountApiTest extends CommandServiceTest {

    private static final String SCALE = """
            {"name": "C major scale", "hasSets": true, "hasMetrics": true,
             "metrics": [{"name": "Tempo", "unit": "bpm", "topSet": true}]}""";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private Response send(String method, String path, String token, Object body, String... headers) {
        ApiClient.Request request = api.method(method, path, body).token(token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.send();
    }

    private static UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private UUID fractalOf(String user, String name) {
        return created(send("POST", "/api/v1/fractals", TestTokens.forUser(user), Map.of("name", name)));
    }

    private List<Object> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().map(DomainEventMessage::getPayload)
                         .map(Object.class::cast).toList();
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from eventstore.domainevententry", Long.class);
    }

    private Response erase(String token) {
        return send("DELETE", "/api/v1/me", token, null);
    }

    private static void assertErasedRefusal(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:account-erased");
        assertThat(response.body().get("title").asText()).isEqualTo("This account was erased");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void terms_are_recorded_once_per_version() {
        String token = TestTokens.forUser(alice);
        Response first = send("POST", "/api/v1/me/terms", token, Map.of("version", "2026-01"));
        Response again = send("POST", "/api/v1/me/terms", token, Map.of("version", "2026-01"));
        Response newer = send("POST", "/api/v1/me/terms", token, Map.of("version", "2026-07"));

        assertThat(List.of(first.status(), again.status(), newer.status())).containsOnly(204);
        assertThat(first.header("X-Consistency-Token")).isPresent();
        assertThat(eventsOf(AccountEvent.aggregateIdOf(alice)))
                .extracting(event -> ((TermsAccepted) event).termsVersion())
                .containsExactly("2026-01", "2026-07");
    }

    @Test
    void a_repeated_acceptance_with_its_idempotency_key_gets_the_first_answer() {
        String key = UUID.randomUUID().toString();
        String token = TestTokens.forUser(alice);
        Response first = send("POST", "/api/v1/me/terms", token, Map.of("version", "2026-01"), "Idempotency-Key", key);
        Response second = send("POST", "/api/v1/me/terms", token, Map.of("version", "2026-01"), "Idempotency-Key", key);

        assertThat(second.status()).isEqualTo(first.status()).isEqualTo(204);
        assertThat(second.header("Idempotent-Replayed")).hasValue("true");
        assertThat(second.header("X-Consistency-Token")).isEqualTo(first.header("X-Consistency-Token"));
        assertThat(eventsOf(AccountEvent.aggregateIdOf(alice))).hasSize(1);
    }

    @Test
    void a_version_is_required_and_at_most_fifty_characters() {
        String token = TestTokens.forUser(alice);
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("version", ""),
                                                                     Map.of("version", "v".repeat(51)))) {
            Response response = send("POST", "/api/v1/me/terms", token, body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("version");
        }
        assertThat(eventsOf(AccountEvent.aggregateIdOf(alice))).isEmpty();
    }

    @Test
    void erasure_is_recorded_and_the_users_old_text_then_reads_as_the_placeholder() {
        String token = TestTokens.forUser(alice);
        UUID fractal = fractalOf(alice, "Run a marathon");
        assertThat(((GoalCreated) eventsOf(fractal.toString()).get(1)).name()).isEqualTo("Run a marathon");

        Response response = erase(token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Instant erasedAt = Instant.parse(response.body().get("erasedAt").asText());
        assertThat(response.header("X-Consistency-Token")).hasValueSatisfying(value -> assertThat(value).isNotBlank());
        assertThat(eventsOf(AccountEvent.aggregateIdOf(alice))).containsExactly(new AccountErased(alice, erasedAt));
        assertThat(jdbc.queryForObject("select wrapped_key is null and destroyed_at is not null "
                                               + "from eventstore.user_data_key where owner_id = ?", Boolean.class, alice))
                .isTrue();
        List<Object> fractalEvents = eventsOf(fractal.toString());
        assertThat(fractalEvents).hasSize(2);
        assertThat(((GoalCreated) fractalEvents.get(1)).name()).isEqualTo(PersonalDataCipher.ERASED);
    }

    @Test
    void a_user_who_never_stored_anything_is_erased_and_tombstoned_too() {
        String token = TestTokens.forUser(alice);

        assertThat(erase(token).status()).isEqualTo(200);

        assertErasedRefusal(send("POST", "/api/v1/fractals", token, Map.of("name", "Too late")));
    }

    @Test
    void a_still_valid_token_of_an_erased_user_is_refused_on_every_command_while_others_carry_on() {
        String token = TestTokens.forUser(alice);
        UUID fractal = fractalOf(alice, "Learn the cello");
        UUID goal = created(send("POST", "/api/v1/fractals/" + fractal + "/goals", token,
                                 Map.of("parentId", fractal, "name", "Scales", "level", "SHORT_TERM")));
        assertThat(erase(token).status()).isEqualTo(200);
        long before = eventCount();

        String f = "/api/v1/fractals/" + fractal;
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("POST /api/v1/fractals", Map.of("name", "Another"));
        calls.put("PATCH " + f, Map.of("name", "Renamed"));
        calls.put("POST " + f + "/goals", Map.of("parentId", fractal, "name", "More"));
        calls.put("PATCH " + f + "/goals/" + goal, Map.of("name", "Renamed"));
        calls.put("POST " + f + "/goals/" + goal + "/complete", null);
        calls.put("POST " + f + "/activity-groups", Map.of("name", "Warm-ups"));
        calls.put("POST " + f + "/sessions", Map.of("goalIds", List.of(goal)));
        calls.put("DELETE " + f, null);
        calls.put("POST /api/v1/me/terms", Map.of("version", "2026-01"));
        calls.put("DELETE /api/v1/me", null);
        calls.forEach((call, body) -> {
            String[] parts = call.split(" ", 2);
            assertErasedRefusal(send(parts[0], parts[1], token, body));
        });
        assertErasedRefusal(send("POST", "/api/v1/fractals", TestTokens.forUser(alice), Map.of("name", "New token")));

        assertThat(eventCount()).isEqualTo(before);
        assertThat(send("GET", "/actuator/health/liveness", token, null).status()).isEqualTo(200);
        assertThat(fractalOf(bob, "Unaffected")).isNotNull();
        assertThat(send("POST", "/api/v1/me/terms", TestTokens.forUser(bob), Map.of("version", "2026-01")).status())
                .isEqualTo(204);
    }

    @Test
    void erasure_purges_the_users_rows_from_the_command_sides_tables_and_leaves_others_alone() {
        String token = TestTokens.forUser(alice);
        UUID fractal = created(send("POST", "/api/v1/fractals", token, Map.of("name", "Piano"),
                                    "Idempotency-Key", UUID.randomUUID().toString()));
        String f = "/api/v1/fractals/" + fractal;
        UUID goal = created(send("POST", f + "/goals", token,
                                 Map.of("parentId", fractal, "name", "Hands together", "level", "SHORT_TERM")));
        created(send("POST", f + "/activity-groups", token, Map.of("name", "Technique")));
        created(send("POST", f + "/activities", token, SCALE));
        UUID session = created(send("POST", f + "/sessions", token, Map.of("goalIds", List.of(goal))));
        created(send("POST", f + "/notes", token, Map.of("context", "session", "contextId", session, "text", "Slow")));
        UUID deleted = fractalOf(alice, "Given up");
        assertThat(send("DELETE", "/api/v1/fractals/" + deleted, token, null).status()).isEqualTo(204);
        UUID bobs = fractalOf(bob, "Bob's");
        List<UUID> alices = List.of(fractal, deleted);
        Map<String, Integer> rowsBefore = rowsOf(alices);
        assertThat(rowsBefore).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(ownerRows(alice)).isEqualTo(2);

        assertThat(erase(token).status()).isEqualTo(200);

        assertThat(rowsOf(alices)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(ownerRows(alice)).isZero();
        assertThat(rowsOf(List.of(bobs)).get("goal_ref")).isEqualTo(1);
        assertThat(ownerRows(bob)).isEqualTo(1);
    }

    /** Rows about these fractals in the lookup tables that the test's data reaches. */
    private Map<String, Integer> rowsOf(List<UUID> fractals) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : List.of("goal_ref", "activity_ref", "activity_group_ref", "session_ref", "note_ref")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where fractal_id = any(?)",
                                                Integer.class, (Object) fractals.toArray(UUID[]::new)));
        }
        return rows;
    }

    private int ownerRows(String owner) {
        return jdbc.queryForObject("select (select count(*) from fractal_owner where owner_id = ?) "
                                           + "+ (select count(*) from idempotency_record where owner_id = ?)",
                                   Integer.class, owner, owner);
    }

    @Test
    void every_table_of_the_command_side_is_known_to_the_purge() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                                                        + "where table_schema = 'command' and table_name <> 'flyway_schema_history'",
                                                String.class);
        List<String> known = new ArrayList<>(CommandSidePurge.FRACTAL_TABLES);
        known.addAll(CommandSidePurge.OWNER_TABLES);

        assertThat(known).containsExactlyInAnyOrderElementsOf(tables);
        for (String table : CommandSidePurge.FRACTAL_TABLES) {
            assertThat(columnsOf(table)).as(table).contains("fractal_id");
        }
        for (String table : CommandSidePurge.OWNER_TABLES) {
            assertThat(columnsOf(table)).as(table).contains("owner_id");
        }
    }

    private List<String> columnsOf(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_schema = 'command' "
                                         + "and table_name = ?", String.class, table);
    }
}
