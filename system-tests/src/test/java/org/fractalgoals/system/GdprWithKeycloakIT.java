package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 through the whole system with the real Keycloak, every call through the web entry: a user of
 * 10,000 events exports everything, then erases their account; an admin replays every read model; afterwards
 * no read model holds anything of theirs, their still-valid token is refused, and alice still reads her data.
 */
@ExtendWith(RunningSystem.class)
class GdprWithKeycloakIT {

    private static final String BASE = "http://localhost:8080";
    private static final ApiClient WEB = new ApiClient(BASE);
    private static final String PASSWORD = "Fractal-Gdpr-2026!";
    private static final int EVENTS = 10_000;
    private static final int FRACTALS = 4;
    private static final int THREADS_PER_FRACTAL = 2;
    private static final int NEW_GOALS_PER_SESSION = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_user_of_ten_thousand_events_exports_everything_then_is_erased_for_good_through_a_full_replay() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String username = "gdpr-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = keycloak.createUser(username, PASSWORD);
        String marker = "Qzx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String token = KeycloakTokens.accessToken(username, PASSWORD);
        assertThat(subjectOf(token)).isEqualTo(userId);

        String alice = KeycloakTokens.accessToken("alice");
        String aliceName = "Alice keeps this " + marker.toLowerCase();
        Response aliceFractal = WEB.post("/api/v1/fractals", Map.of("name", aliceName)).token(alice).send();
        assertThat(aliceFractal.status()).as(aliceFractal.toString()).isEqualTo(201);
        String aliceFractalId = aliceFractal.body().get("id").asText();

        // --- 1. at least 10,000 events, made through the API ---
        List<String> fractalIds = new ArrayList<>();
        Map<String, String> fractalNames = new LinkedHashMap<>();
        for (int f = 0; f < FRACTALS; f++) {
            String name = marker + " fractal " + f;
            Response created = WEB.post("/api/v1/fractals", Map.of("name", name)).token(token).send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            fractalIds.add(created.body().get("id").asText());
            fractalNames.put(created.body().get("id").asText(), name);
        }
        // Sessions that each add 20 new immediate goals: 20 GoalCreated in a fractal's stream and the session's
        // own events per request, so that 10,000 events take a few hundred requests, not 10,000.
        int sessions = (EVENTS + NEW_GOALS_PER_SESSION - 1) / NEW_GOALS_PER_SESSION;
        int goals = sessions * NEW_GOALS_PER_SESSION;
        int threads = FRACTALS * THREADS_PER_FRACTAL;
        String creator = token;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String fractal = fractalIds.get(t % FRACTALS);
                int first = t;
                workers.add(pool.submit(() -> {
                    int made = 0;
                    for (int n = first; n < sessions; n += threads) {
                        List<Map<String, String>> newGoals = new ArrayList<>();
                        for (int k = 0; k < NEW_GOALS_PER_SESSION; k++) {
                            newGoals.add(Map.of("parentId", fractal, "name", marker + " step " + (n * NEW_GOALS_PER_SESSION + k)));
                        }
                        Response session = WEB.post("/api/v1/fractals/" + fractal + "/sessions",
                                                    Map.of("name", marker + " session " + n, "goalIds", List.of(),
                                                           "newImmediateGoals", newGoals))
                                              .token(creator).send();
                        assertThat(session.status()).as(session.toString()).isEqualTo(201);
                        assertThat(session.body().get("newImmediateGoalIds").size()).isEqualTo(NEW_GOALS_PER_SESSION);
                        made += NEW_GOALS_PER_SESSION;
                    }
                    return made;
                }));
            }
            int made = 0;
            for (Future<Integer> worker : workers) {
                made += worker.get();
            }
            assertThat(made).isEqualTo(goals);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("GDPR IT: %d goals in %d sessions created through HTTP in %d ms%n", goals, sessions,
                          Duration.ofNanos(System.nanoTime() - started).toMillis());
        // One more command after every other one has committed: its consistency token covers all of them.
        Response last = WEB.post("/api/v1/fractals/" + fractalIds.getFirst() + "/goals",
                                 Map.of("parentId", fractalIds.getFirst(), "name", marker + " last")).token(token).send();
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        String consistency = last.header("X-Consistency-Token").orElseThrow();

        long ownedEvents;
        try (Connection database = database()) {
            ownedEvents = ownedEvents(database, userId);
        }
        assertThat(ownedEvents).isGreaterThanOrEqualTo(EVENTS + 1);

        // --- the export, JSON ---
        token = KeycloakTokens.accessToken(username, PASSWORD); // a fresh token: creating may have taken a while
        long exportStarted = System.nanoTime();
        Response export = WEB.get("/api/v1/me/export").token(token).header("X-Consistency-Token", consistency).send();
        long exportMillis = Duration.ofNanos(System.nanoTime() - exportStarted).toMillis();
        assertThat(export.status()).as(export.status() + " " + abbreviated(export.text())).isEqualTo(200);
        JsonNode document = export.body();
        System.out.printf("GDPR IT: EXPORT JSON of %d events, %d characters, in %d ms%n",
                          document.path("history").size(), export.text().length(), exportMillis);
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("userId").asText()).isEqualTo(userId);
        assertThat(document.get("history").size()).isGreaterThanOrEqualTo(EVENTS).isEqualTo((int) ownedEvents);
        Set<String> exportedFractals = new HashSet<>();
        for (JsonNode fractal : document.get("fractals")) {
            exportedFractals.add(fractal.get("id").asText());
            assertThat(fractal.get("tree").get("name").asText()).isEqualTo(fractalNames.get(fractal.get("id").asText()));
        }
        assertThat(exportedFractals).containsExactlyInAnyOrderElementsOf(fractalIds);
        int exportedSessions = 0;
        for (JsonNode fractal : document.get("fractals")) {
            exportedSessions += fractal.get("sessions").size();
        }
        assertThat(exportedSessions).isEqualTo(sessions);
        assertThat(export.text()).contains("\"" + marker + " step 0\"", "\"" + marker + " step " + (goals - 1) + "\"")
                                 .doesNotContain("pd1:");
        JsonNode lastEvent = document.get("history").get(document.get("history").size() - 1);
        assertThat(lastEvent.get("type").asText()).isEqualTo("GoalCreated");
        assertThat(lastEvent.get("payload").get("name").asText()).isEqualTo(marker + " last");

        // --- the export, zip ---
        exportStarted = System.nanoTime();
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/v1/me/export?format=zip"))
                           .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        exportMillis = Duration.ofNanos(System.nanoTime() - exportStarted).toMillis();
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
        System.out.printf("GDPR IT: EXPORT ZIP, %d bytes, in %d ms%n", zip.body().length, exportMillis);
        Map<String, byte[]> entries = unzip(zip.body());
        JsonNode header = JSON.readTree(entries.get("export.json"));
        assertThat(header.get("version").asInt()).isEqualTo(1);
        assertThat(header.get("userId").asText()).isEqualTo(userId);
        assertThat(header.get("historyEvents").asLong()).isEqualTo(ownedEvents);
        int zippedHistory = 0;
        for (JsonNode file : header.get("historyFiles")) {
            zippedHistory += JSON.readTree(entries.get(file.asText())).size();
        }
        assertThat(zippedHistory).isEqualTo((int) ownedEvents);
        assertThat(JSON.readTree(entries.get("fractals.json")).size()).isEqualTo(FRACTALS);

        // --- 2. erasure, then a full replay of every read model ---
        token = KeycloakTokens.accessToken(username, PASSWORD);
        // Before: the read models hold the user's texts and ids, so the search below can find them.
        Response before = WEB.get("/api/v1/fractals/" + fractalIds.getFirst() + "/tree").token(token)
                             .header("X-Consistency-Token", consistency).send();
        assertThat(before.status()).as(before.status() + " " + abbreviated(before.text())).isEqualTo(200);
        try (Connection database = database()) {
            List<String> tables = queryTables(database);
            assertThat(tables.stream().mapToLong(table -> rowsContaining(database, table, marker)).sum()).isPositive();
            assertThat(tables.stream().mapToLong(table -> rowsContaining(database, table, fractalIds.getFirst())).sum())
                    .isPositive();
        }
        Response erased = WEB.delete("/api/v1/me").token(token).send();
        assertThat(erased.status()).as(erased.toString()).isBetween(200, 299);
        assertThat(new KeycloakAdmin().userStatus(userId)).isEqualTo(404); // kc-admin's tokens live one minute
        assertRefused(token);

        String admin = KeycloakTokens.accessToken("admin");
        Response projections = WEB.get("/api/v1/admin/projections").token(admin).send();
        assertThat(projections.status()).as(projections.toString()).isEqualTo(200);
        List<String> readModels = new ArrayList<>();
        projections.body().get("items").forEach(item -> readModels.add(item.get("name").asText()));
        assertThat(readModels).contains("goal-tree", "goal-history", "notes", "accounts");
        long replayStarted = System.nanoTime();
        for (String readModel : readModels) {
            Response replay = WEB.post("/api/v1/admin/projections/" + readModel + "/replay", Map.of()).token(admin).send();
            assertThat(replay.status()).as(readModel + ": " + replay).isEqualTo(202);
        }
        for (String readModel : readModels) {
            JsonNode progress = awaitReplay(readModel);
            assertThat(progress.get("status").asText()).as(readModel + ": " + progress).isEqualTo("COMPLETED");
        }
        System.out.printf("GDPR IT: %d read models replayed in %d ms%n", readModels.size(),
                          Duration.ofNanos(System.nanoTime() - replayStarted).toMillis());

        try (Connection database = database()) {
            List<String> tables = queryTables(database);
            assertThat(tables).isNotEmpty();
            List<String> needles = new ArrayList<>(fractalIds);
            needles.add(userId);
            needles.add(marker);
            List<String> found = new ArrayList<>();
            for (String table : tables) {
                for (String needle : needles) {
                    if (rowsContaining(database, table, needle) > 0) {
                        found.add(table + " holds " + needle);
                    }
                }
            }
            assertThat(found).isEmpty();
            // The search itself finds what is there: alice's fractal is in the rebuilt read models.
            assertThat(tables.stream().mapToLong(table -> rowsContaining(database, table, aliceFractalId)).sum()).isPositive();
        }

        assertRefused(token);

        alice = KeycloakTokens.accessToken("alice");
        Response tree = WEB.get("/api/v1/fractals/" + aliceFractalId + "/tree").token(alice).send();
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        assertThat(tree.body().get("name").asText()).isEqualTo(aliceName);
    }

    private static void assertRefused(String token) {
        Response export = WEB.get("/api/v1/me/export").token(token).send();
        assertThat(export.status()).as(export.toString()).isEqualTo(401);
        assertThat(export.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:account-erased");
        Response command = WEB.post("/api/v1/fractals", Map.of("name", "Once more")).token(token).send();
        assertThat(command.status()).as(command.toString()).isEqualTo(401);
        assertThat(command.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:account-erased");
    }

    private static JsonNode awaitReplay(String readModel) throws Exception {
        String admin = KeycloakTokens.accessToken("admin");
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            Response progress = WEB.get("/api/v1/admin/projections/" + readModel + "/replay").token(admin).send();
            assertThat(progress.status()).as(readModel + ": " + progress).isEqualTo(200);
            String status = progress.body().get("status").asText();
            if (!status.equals("RUNNING") || System.nanoTime() > deadline) {
                return progress.body();
            }
            Thread.sleep(200);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("export.json", "fractals.json", "history-001.json", "history-002.json");
        return entries;
    }

    private static String subjectOf(String token) throws Exception {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return claims.get("sub").asText();
    }

    private static String abbreviated(String text) {
        return text == null || text.length() < 500 ? text : text.substring(0, 500) + "…";
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + RunningSystem.environment().get("FRACTAL_DB_PORT") + "/fractal", "fractal", "");
    }

    /** Every event of the event store whose owner is the user: exactly what the export's history holds. */
    private static long ownedEvents(Connection database, String userId) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(
                "select count(*) from eventstore.domainevententry "
                        + "where strpos(convert_from(payload, 'UTF8'), ?) > 0")) {
            statement.setString(1, "\"ownerId\":\"" + userId + "\"");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> queryTables(Connection database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = database.prepareStatement(
                "select table_name from information_schema.tables where table_schema = 'query' and table_type = 'BASE TABLE' "
                        + "order by table_name");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** How many rows of the table hold the text anywhere, in any column (the row's text form). */
    private static long rowsContaining(Connection database, String table, String needle) {
        try (PreparedStatement statement = database.prepareStatement(
                "select count(*) from query.\"" + table.replace("\"", "\"\"") + "\" t where strpos(t::text, ?) > 0")) {
            statement.setString(1, needle);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
