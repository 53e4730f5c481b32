package org.fractalgoals.command.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.command.importing.ImportContext.Outcome;
import org.fractalgoals.events.goal.CompleteGoal;
import org.fractalgoals.events.goal.CreateFractal;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports over HTTP, with the import machinery for real (ledger, refusals, progress, the wait for the read models)
 * and the content of the file scripted ({@link ScriptedImport}). The query-service's read models are stood in for by
 * one processor's row in the token table, which the test moves on as the query-service would.
 */
@Import(ScriptedImport.class)
@TestPropertySource(properties = "fractal.imports.read-models.timeout=PT3S")
class ImportApiTest extends CommandServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant ORIGINAL = Instant.parse("2025-11-10T18:30:00Z");
    private static final String READ_MODEL = "import-test-read-model";
    private static final FakeKeycloak KEYCLOAK = new FakeKeycloak();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("fractal.identity.admin-base-url", KEYCLOAK::baseUrl);
    }

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.server.stop(0);
    }

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    @Qualifier("serializer")
    private Serializer serializer;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String alice = TestTokens.newUserId();
    private final String aliceToken = TestTokens.forUser(alice);

    @BeforeEach
    void readModelsUpToDate() {
        jdbc.execute("create schema if not exists query");
        jdbc.execute("create table if not exists query.tokenentry (processorname varchar(255) not null, "
                             + "segment integer not null, token bytea, tokentype varchar(255), timestamp varchar(255), "
                             + "owner varchar(255), primary key (processorname, segment))");
        jdbc.update("delete from query.tokenentry");
        jdbc.update("insert into query.tokenentry (processorname, segment) values (?, 0)", READ_MODEL);
        catchUp();
        ScriptedImport.script(0, (source, context) -> { });
        ScriptedImport.readForReal = false;
    }

    // ---- the v1.2 fixture, read and imported by the real reader and steps -------------------------------------

    @Test
    void the_v1_fixture_is_imported_once_and_a_second_import_sends_nothing() throws Exception {
        ScriptedImport.readForReal = true;
        JsonNode manifest = JSON.readTree(ImportApiTest.class.getResourceAsStream("/fixtures/original-v1.2/small.json"))
                                .path("counts");

        JsonNode first = finished(start(aliceToken), aliceToken, true);

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.path("total").asInt()).isPositive();
        assertThat(first.path("processed").asInt()).isEqualTo(first.path("total").asInt());
        assertThat(first.path("summary").path("refused")).as(first.toString()).isEmpty();
        JsonNode counts = first.path("summary").path("counts");
        assertThat(counts.path("goals").asInt()).isEqualTo(manifest.path("goals_total").asInt());
        assertThat(counts.path("activities").asInt()).isEqualTo(manifest.path("activities").asInt());
        assertThat(counts.path("sessions").asInt())
                .isEqualTo(manifest.path("sessions").path("total").asInt() - manifest.path("sessions").path("deleted").asInt());
        long events = eventsOfImport(first.path("id").asText());
        assertThat(events).isGreaterThan(counts.path("goals").asInt());
        // S2's evidence meets targets of "Hands together at 60 bpm": achieving them is the system's step on alice's
        // behalf, as it is live.
        List<String> achievers = jdbc.queryForList(
                "select (convert_from(metadata, 'UTF8')::jsonb ->> 'actor') || '/' "
                + "|| (convert_from(metadata, 'UTF8')::jsonb ->> 'onBehalfOf') from eventstore.domainevententry "
                + "where payloadtype = 'org.fractalgoals.events.goal.TargetAchieved' "
                + "and convert_from(metadata, 'UTF8')::jsonb ->> 'importId' = ?", String.class, first.path("id").asText());
        assertThat(achievers).isNotEmpty().allMatch(("system/" + alice)::equals);

        JsonNode second = finished(start(aliceToken), aliceToken, false);

        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("COMPLETED");
        assertThat(second.path("summary").path("counts")).isEqualTo(counts);
        assertThat(second.path("summary").path("refused")).isEmpty();
        assertThat(eventsOfImport(second.path("id").asText())).isZero();
    }

    // ---- the upload ------------------------------------------------------------------------------------------

    @Test
    void a_file_that_is_not_sqlite_is_refused_with_400_and_nothing_is_imported() {
        Response response = upload("/api/v1/imports", aliceToken, "just some text".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body().path("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("not a SQLite database");
        assertThat(importsOf(alice)).isZero();
    }

    @Test
    void a_sqlite_file_of_another_app_is_refused_with_400() throws Exception {
        Response response = upload("/api/v1/imports", aliceToken, sqliteWithTables("notes", "todos"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("Fractal Goals v1.2");
        assertThat(importsOf(alice)).isZero();
    }

    @Test
    void a_request_without_the_file_part_is_refused_with_400() {
        Response response = upload("/api/v1/imports", aliceToken, (byte[]) null);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void a_file_of_more_than_100_megabytes_is_accepted() throws Exception {
        Path file = Files.createTempFile("large-v1", ".sqlite");
        try {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                for (String table : List.of("goals", "sessions", "activity_definitions", "activity_instances")) {
                    connection.createStatement().execute("create table " + table + " (id text primary key)");
                }
                connection.createStatement().execute("create table attachments (content blob)");
                connection.createStatement().execute("insert into attachments values (zeroblob(101 * 1024 * 1024))");
            }
            assertThat(Files.size(file)).isGreaterThan(100L * 1024 * 1024);

            Response response = upload("/api/v1/imports", aliceToken, file);

            assertThat(response.status()).as(response.toString()).isEqualTo(202);
            assertThat(finished(response.body().path("id").asText(), aliceToken, true).path("status").asText())
                    .isEqualTo("COMPLETED");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void imports_have_a_rate_limit_of_their_own() {
        String token = TestTokens.forUser(TestTokens.newUserId());
        byte[] notSqlite = "nope".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            assertThat(upload("/api/v1/imports", token, notSqlite).status()).isEqualTo(400);
        }

        Response limited = upload("/api/v1/imports", token, notSqlite);

        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(limited.body().path("detail").asText()).contains("imports");
        assertThat(limited.header("Retry-After")).isPresent();
        // Other calls of the same user are not held up by it.
        assertThat(api.get("/api/v1/imports/" + UUID.randomUUID()).token(token).send().status()).isEqualTo(404);
    }

    @Test
    void without_a_token_nothing_is_accepted_or_shown() {
        assertThat(upload("/api/v1/imports", null, v1File()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/imports/" + UUID.randomUUID()).send().status()).isEqualTo(401);
        assertThat(importsOf(alice)).isZero();
    }

    @Test
    void an_import_is_shown_to_its_owner_only() {
        ScriptedImport.script(1, (source, context) -> context.create("goals", "1", fractal(context, "1", "Mine")));
        Response started = upload("/api/v1/imports", aliceToken, v1File());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.body().path("id").asText();
        assertThat(started.header("Location")).contains("/api/v1/imports/" + id);
        assertThat(started.body().path("total").asInt()).isEqualTo(1);

        Response foreign = api.get("/api/v1/imports/" + id).token(TestTokens.forUser(TestTokens.newUserId())).send();
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.body().path("type").asText()).isEqualTo("urn:fractal-goals:problem:not-found");
        assertThat(api.get("/api/v1/imports/" + UUID.randomUUID()).token(aliceToken).send().status()).isEqualTo(404);

        JsonNode done = finished(id, aliceToken, true);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
    }

    // ---- the ledger ------------------------------------------------------------------------------------------

    @Test
    void a_step_runs_once_per_user_however_often_the_file_is_imported() {
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        List<Boolean> importedBefore = new CopyOnWriteArrayList<>();
        ScriptedImport.script(1, (source, context) -> {
            importedBefore.add(context.imported("goals", "root"));
            UUID fractal = context.idOf("goals", "root");
            outcomes.add(context.create("goals", "root", fractal(context, "root", "Become a pianist")));
            outcomes.add(context.apply("goals", "root", "complete",
                                       new CompleteGoal(fractal, fractal, null, context.ownerId(), ORIGINAL.plusSeconds(60))));
        });

        JsonNode first = finished(start(aliceToken), aliceToken, true);
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(outcomes).containsExactly(Outcome.DONE, Outcome.DONE);
        assertThat(first.path("summary").path("counts").path("goals").asInt()).isEqualTo(1);
        assertThat(first.path("processed").asInt()).isEqualTo(1);
        UUID fractal = CommandImportContext.idOf(alice, "goals", "root");
        List<? extends DomainEventMessage<?>> events = eventsOf(fractal);
        assertThat(events).extracting(event -> event.getPayload().getClass().getSimpleName())
                          .containsExactly("FractalCreated", "GoalCreated", "GoalCompleted");

        outcomes.clear();
        JsonNode second = finished(start(aliceToken), aliceToken, false);

        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("COMPLETED");
        assertThat(outcomes).containsExactly(Outcome.ALREADY_DONE, Outcome.ALREADY_DONE);
        assertThat(importedBefore).containsExactly(false, true);
        assertThat(second.path("summary").path("counts").path("goals").asInt()).isEqualTo(1);
        assertThat(eventsOf(fractal)).hasSameSizeAs(events);
    }

    @Test
    void imported_events_are_the_owners_with_the_original_times_and_name_the_import() {
        ScriptedImport.script(1, (source, context) -> context.create("goals", "root", fractal(context, "root", "Piano")));

        String id = start(aliceToken);
        finished(id, aliceToken, true);

        DomainEventMessage<?> created = eventsOf(CommandImportContext.idOf(alice, "goals", "root")).getFirst();
        assertThat(((FractalCreated) created.getPayload()).occurredAt()).isEqualTo(ORIGINAL);
        assertThat(created.getTimestamp()).isAfter(ORIGINAL.plusSeconds(86_400));
        MetaData meta = created.getMetaData();
        assertThat(meta).containsEntry("actor", alice)
                        .containsEntry(ImportMetaData.IMPORT_ID, id)
                        .containsEntry(ImportMetaData.IMPORTED_FROM, ImportMetaData.V1_2);
    }

    @Test
    void another_user_importing_the_same_file_gets_ids_of_their_own() {
        ScriptedImport.script(1, (source, context) -> context.create("goals", "root", fractal(context, "root", "Piano")));
        String bob = TestTokens.newUserId();
        String bobToken = TestTokens.forUser(bob);

        assertThat(finished(start(aliceToken), aliceToken, true).path("status").asText()).isEqualTo("COMPLETED");
        JsonNode bobs = finished(start(bobToken), bobToken, true);

        assertThat(bobs.path("status").asText()).as(bobs.toString()).isEqualTo("COMPLETED");
        assertThat(bobs.path("summary").path("refused")).isEmpty();
        assertThat(CommandImportContext.idOf(bob, "goals", "root")).isNotEqualTo(CommandImportContext.idOf(alice, "goals", "root"));
        assertThat(eventsOf(CommandImportContext.idOf(bob, "goals", "root"))).isNotEmpty();
    }

    // ---- refusals, warnings and failures ---------------------------------------------------------------------

    @Test
    void a_refused_command_is_listed_with_its_reason_and_the_next_one_still_runs() {
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        ScriptedImport.script(3, (source, context) -> {
            outcomes.add(context.create("goals", "bad", new CreateFractal(context.idOf("goals", "bad"), context.ownerId(),
                                                                         "Too deep", null, GoalLevel.IMMEDIATE, null,
                                                                         null, ORIGINAL)));
            context.refuse("sessionGoalLinks", "s1/g9", "The goal g9 does not exist");
            outcomes.add(context.create("goals", "good", fractal(context, "good", "Fine")));
            context.warn("goals", "good", "The deadline is after its parent's deadline");
        });

        JsonNode done = finished(start(aliceToken), aliceToken, true);

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(outcomes).containsExactly(Outcome.REFUSED, Outcome.DONE);
        assertThat(done.path("processed").asInt()).isEqualTo(3);
        assertThat(done.path("total").asInt()).isEqualTo(3);
        assertThat(done.path("summary").path("counts").path("goals").asInt()).isEqualTo(1);
        JsonNode refused = done.path("summary").path("refused");
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).path("entity").asText()).isEqualTo("goals");
        assertThat(refused.get(0).path("sourceId").asText()).isEqualTo("bad");
        assertThat(refused.get(0).path("reason").asText()).contains("level").contains("root must be");
        assertThat(refused.get(1).path("reason").asText()).isEqualTo("The goal g9 does not exist");
        assertThat(done.path("summary").path("warnings").get(0).path("message").asText()).contains("deadline");
        assertThat(eventsOf(CommandImportContext.idOf(alice, "goals", "bad"))).isEmpty();

        // A refused row was not recorded as done: the next import tries it again.
        outcomes.clear();
        finished(start(aliceToken), aliceToken, true);
        assertThat(outcomes).containsExactly(Outcome.REFUSED, Outcome.ALREADY_DONE);
    }

    @Test
    void an_import_that_crashes_fails_with_a_reason_and_keeps_what_it_imported() {
        ScriptedImport.script(2, (source, context) -> {
            context.create("goals", "root", fractal(context, "root", "Kept"));
            throw new IllegalStateException("the step broke");
        });

        JsonNode done = finished(start(aliceToken), aliceToken, true);

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.path("failure").asText()).contains("stopped unexpectedly");
        assertThat(done.path("processed").asInt()).isEqualTo(1);
        assertThat(eventsOf(CommandImportContext.idOf(alice, "goals", "root"))).isNotEmpty();
        // The user may import again at once.
        ScriptedImport.script(0, (source, context) -> { });
        assertThat(finished(start(aliceToken), aliceToken, true).path("status").asText()).isEqualTo("COMPLETED");
    }

    // ---- the read models -------------------------------------------------------------------------------------

    @Test
    void an_import_is_completed_only_once_the_read_models_hold_its_events_and_runs_alone() throws Exception {
        ScriptedImport.script(1, (source, context) -> context.create("goals", "root", fractal(context, "root", "Wait")));
        String id = start(aliceToken);
        JsonNode status = status(id, aliceToken);
        for (int i = 0; i < 100 && status.path("processed").asInt() < 1; i++) {
            Thread.sleep(20);
            status = status(id, aliceToken);
        }
        assertThat(status.path("processed").asInt()).as(status.toString()).isEqualTo(1);

        Thread.sleep(600);
        assertThat(status(id, aliceToken).path("status").asText()).isEqualTo("RUNNING");
        Response second = upload("/api/v1/imports", aliceToken, v1File());
        assertThat(second.status()).as(second.toString()).isEqualTo(409);

        catchUp();
        assertThat(finished(id, aliceToken, false).path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void an_import_whose_read_models_never_catch_up_fails_with_the_reason() {
        ScriptedImport.script(1, (source, context) -> context.create("goals", "root", fractal(context, "root", "Late")));

        JsonNode done = finished(start(aliceToken), aliceToken, false);

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.path("failure").asText()).contains("read models had not caught up");
        assertThat(done.path("processed").asInt()).isEqualTo(1);
    }

    // ---- operators ---------------------------------------------------------------------------------------------

    @Test
    void an_admin_imports_for_a_user_named_by_username_and_the_import_records_who_started_it() {
        String carol = TestTokens.newUserId();
        KEYCLOAK.users.put("carol", carol);
        String admin = TestTokens.newUserId();
        String adminToken = TestTokens.forUser(admin, "user", "admin");
        ScriptedImport.script(1, (source, context) -> context.create("goals", "root", fractal(context, "root", "For carol")));

        Response started = upload("/api/v1/admin/imports?username=carol", adminToken, v1File());

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.body().path("id").asText();
        assertThat(started.header("Location")).contains("/api/v1/admin/imports/" + id);
        JsonNode done = finished(id, adminToken, "/api/v1/admin/imports/", true);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(status(id, TestTokens.forUser(carol)).path("status").asText()).isEqualTo("COMPLETED");
        DomainEventMessage<?> created = eventsOf(CommandImportContext.idOf(carol, "goals", "root")).getFirst();
        assertThat(created.getMetaData()).containsEntry("actor", carol).containsEntry(ImportMetaData.IMPORT_ID, id);
        assertThat(jdbc.queryForObject("select started_by from import_run where id = ?::uuid", String.class, id))
                .isEqualTo(admin);

        Response unknown = upload("/api/v1/admin/imports?username=nobody", adminToken, v1File());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(upload("/api/v1/admin/imports?username=carol", aliceToken, v1File()).status()).isEqualTo(403);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static CreateFractal fractal(ImportContext context, String sourceId, String name) {
        return new CreateFractal(context.idOf("goals", sourceId), context.ownerId(), name, null, GoalLevel.ULTIMATE, null,
                                 null, ORIGINAL);
    }

    private String start(String token) {
        Response started = upload("/api/v1/imports", token, v1File());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.body().path("id").asText();
    }

    private JsonNode status(String id, String token) {
        Response response = api.get("/api/v1/imports/" + id).token(token).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private JsonNode finished(String id, String token, boolean readModelsFollow) {
        return finished(id, token, "/api/v1/imports/", readModelsFollow);
    }

    /** Polls until the import is no longer RUNNING; the read models follow the event store if asked to. */
    private JsonNode finished(String id, String token, String path, boolean readModelsFollow) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            Response response = api.get(path + id).token(token).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            if (!"RUNNING".equals(response.body().path("status").asText()) || System.nanoTime() > deadline) {
                return response.body();
            }
            if (readModelsFollow) {
                catchUp();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Moves the stand-in read model to the newest event, as the query-service's processor would. */
    private void catchUp() {
        Long head = jdbc.queryForObject("select coalesce(max(globalindex), 0) from eventstore.domainevententry", Long.class);
        SerializedObject<byte[]> token = serializer.serialize(GapAwareTrackingToken.newInstance(head, List.of()), byte[].class);
        jdbc.update("update query.tokenentry set token = ?, tokentype = ? where processorname = ?",
                    token.getData(), token.getType().getName(), READ_MODEL);
    }

    private List<? extends DomainEventMessage<?>> eventsOf(UUID aggregateId) {
        return eventStore.readEvents(aggregateId.toString(), 0).asStream().toList();
    }

    private long eventsOfImport(String importId) {
        Long count = jdbc.queryForObject("select count(*) from eventstore.domainevententry "
                                                 + "where convert_from(metadata, 'UTF8')::jsonb ->> 'importId' = ?",
                                         Long.class, importId);
        return count == null ? 0 : count;
    }

    private int importsOf(String owner) {
        Integer count = jdbc.queryForObject("select count(*) from import_run where owner_id = ?", Integer.class, owner);
        return count == null ? 0 : count;
    }

    /** The v1.2 fixture file (its content does not matter here: {@link ScriptedImport} reads it as empty). */
    private static byte[] v1File() {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/fixtures/original-v1.2/small.sqlite")) {
            assertThat(in).as("the v1.2 fixture on the classpath").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sqliteWithTables(String... tables) throws IOException, SQLException {
        Path file = Files.createTempFile("not-v1", ".sqlite");
        try {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                for (String table : tables) {
                    connection.createStatement().execute("create table " + table + " (id integer primary key)");
                }
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A multipart upload with the file in part {@code file} (none when {@code content} is null). */
    private Response upload(String path, String token, byte[] content) {
        String partName = content == null ? "other" : "file";
        byte[] bytes = content == null ? "x".getBytes(StandardCharsets.UTF_8) : content;
        return upload(path, token, partName, () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** A multipart upload of a file, streamed from disk. */
    private Response upload(String path, String token, Path file) {
        return upload(path, token, "file", () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Response upload(String path, String token, String partName, java.util.function.Supplier<InputStream> content) {
        String boundary = "fractal-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName
                + "\"; filename=\"fractal_goals.db\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                                                 .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                                 .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                                                         java.util.Collections.enumeration(List.of(
                                                                 new java.io.ByteArrayInputStream(head), content.get(),
                                                                 new java.io.ByteArrayInputStream(tail))))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's token endpoint and user search, as the command-service calls them. */
    private static final class FakeKeycloak {

        final Map<String, String> users = new java.util.concurrent.ConcurrentHashMap<>();
        final HttpServer server;

        FakeKeycloak() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/realms/fractal-goals/protocol/openid-connect/token",
                                 exchange -> answer(exchange, 200, "{\"access_token\":\"service-token\"}"));
            server.createContext("/admin/realms/fractal-goals/users", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                String wanted = query == null ? "" : java.util.Arrays.stream(query.split("&"))
                        .filter(part -> part.startsWith("username=")).map(part -> part.substring(9)).findFirst().orElse("");
                List<String> found = new ArrayList<>();
                String id = users.get(wanted);
                if (id != null && "Bearer service-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    found.add("{\"id\":\"" + id + "\",\"username\":\"" + wanted + "\"}");
                }
                answer(exchange, 200, "[" + String.join(",", found) + "]");
            });
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
