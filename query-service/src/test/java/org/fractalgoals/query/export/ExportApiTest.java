package org.fractalgoals.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.FixedClockConfiguration;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.query.SampleAccount;
import org.fractalgoals.query.consistency.ConsistencyGate;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/me/export} over a user of 10,000 events of every kind, as JSON and as a zip, and between users.
 * The export's time is printed (not asserted: the machine is shared).
 */
class ExportApiTest extends QueryServiceTest {

    private static final int EVENTS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written once for all tests of this class: writing and projecting 10,000 events takes a while. */
    private static SampleAccount large;

    @Autowired
    private EventWriter writer;
    @Autowired
    private ConsistencyGate gate;
    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void largeAccount() {
        if (large == null) {
            SampleAccount account = SampleAccount.write(writer, TestTokens.newUserId());
            int goals = 2_000;
            account.addGoals(goals);
            account.recordSets(EVENTS - account.events());
            assertThat(account.events()).isEqualTo(EVENTS);
            await(account.last());
            large = account;
        }
    }

    @Test
    void the_export_of_a_user_of_10000_events_holds_every_event_in_order_decrypted_and_every_object_in_its_current_state()
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = export(large.owner, "", null);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("EXPORT MEASURED: JSON export of %,d events: %,d ms, %,d bytes%n", EVENTS, millis,
                          response.body().length);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment;").contains(".json"));
        JsonNode export = JSON.readTree(response.body());
        assertThat(export.get("version").asInt()).isEqualTo(1);
        assertThat(Instant.parse(export.get("exportedAt").asText())).isEqualTo(FixedClockConfiguration.NOW);
        assertThat(export.get("userId").asText()).isEqualTo(large.owner);
        assertThat(Instant.parse(export.get("termsAcceptedAt").asText())).isEqualTo(SampleAccount.AT.plusSeconds(1));
        assertThat(export.get("termsVersion").asText()).isEqualTo("2026-01");

        JsonNode history = export.get("history");
        assertThat(history).hasSize(EVENTS);
        Map<String, Integer> counts = new TreeMap<>();
        history.forEach(entry -> counts.merge(entry.get("type").asText(), 1, Integer::sum));
        assertThat(counts).isEqualTo(large.countsByType());
        List<Long> positions = new ArrayList<>();
        history.forEach(entry -> positions.add(entry.get("position").asLong()));
        assertThat(positions).isEqualTo(jdbc.queryForList(
                "select globalindex from eventstore.domainevententry where aggregateidentifier = any (?) order by globalindex",
                Long.class, (Object) large.ids().toArray(String[]::new)));
        JsonNode first = history.get(0);
        assertThat(first.get("type").asText()).isEqualTo("TermsAccepted");
        assertThat(first.get("aggregateType").asText()).isEqualTo("Account");
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("revision").asText()).isEqualTo("1");
        assertThat(first.get("actor").asText()).isEqualTo(large.owner);
        assertThat(first.get("recordedAt").asText()).isNotBlank();
        assertThat(history.get(2).get("payload").get("name").asText()).as("GoalCreated of the root, decrypted")
                                                                  .isEqualTo(large.text("Root"));
        assertThat(new String(response.body())).doesNotContain("pd1:");

        JsonNode fractals = export.get("fractals");
        assertThat(fractals).hasSize(2);
        JsonNode fractal = fractals.get(0);
        assertThat(fractal.get("id").asText()).isEqualTo(large.fractal.toString());
        assertThat(fractal.get("deleted").asBoolean()).isFalse();
        JsonNode root = fractal.get("tree");
        assertThat(root.get("name").asText()).isEqualTo(large.text("Root"));
        assertThat(root.get("subtreeGoalCount").asInt()).as("root, child and the added goals; not the deleted one")
                                                       .isEqualTo(2 + large.addedGoals.size());
        assertThat(root.get("children").get(1).get("name").asText()).isEqualTo(large.text("Goal 0 renamed"));
        assertThat(fractal.get("activityGroups").get(0).get("state").get("groups").get(0).get("name").asText())
                .isEqualTo(large.text("Group"));
        JsonNode activity = fractal.get("activities").get(0);
        assertThat(activity.get("id").asText()).isEqualTo(large.activity.toString());
        assertThat(activity.get("state").get("name").asText()).isEqualTo(large.text("Squat"));
        assertThat(activity.get("state").get("metrics").get(0).get("unit").asText()).isEqualTo(large.text("kg"));
        assertThat(fractal.get("templates").get(0).get("state").get("sections").get(0).get("name").asText())
                .isEqualTo(large.text("Warm-up"));
        assertThat(fractal.get("sessions")).hasSize(2);
        JsonNode session = objectById(fractal.get("sessions"), large.session.toString());
        assertThat(session.get("version").asLong()).as("its last sequence number").isEqualTo(large.countsByType().get("SetsRecorded") + 1);
        JsonNode instance = session.get("state").get("sections").get(0).get("instances").get(0);
        assertThat(instance.get("notes").asText()).isEqualTo(large.text("Felt strong"));
        assertThat(instance.get("sets").get(0).get("values").get(0).get("value").decimalValue())
                .as("the sets recorded last").isEqualByComparingTo(String.valueOf(large.countsByType().get("SetsRecorded") - 2));
        assertThat(fractal.get("programs").get(0).get("state").get("blocks").get(0).get("days").get(0).get("name").asText())
                .isEqualTo(large.text("Monday"));
        assertThat(fractal.get("notes")).hasSize(2);
        assertThat(objectById(fractal.get("notes"), large.sessionNote.toString()).get("state").get("text").asText())
                .isEqualTo(large.text("Session note"));
        assertThat(fractal.get("otherObjects")).isEmpty();
        JsonNode deleted = fractals.get(1);
        assertThat(deleted.get("id").asText()).isEqualTo(large.deletedFractal.toString());
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("tree").isNull()).isTrue();
    }

    @Test
    void the_zip_holds_the_same_fractals_and_history_in_files_of_5000_events_with_the_header_last() throws Exception {
        long again = System.nanoTime();
        HttpResponse<byte[]> jsonResponse = export(large.owner, "", null);
        System.out.printf("EXPORT MEASURED: JSON export of %,d events (not the first export): %,d ms%n", EVENTS,
                          Duration.ofNanos(System.nanoTime() - again).toMillis());
        JsonNode json = JSON.readTree(jsonResponse.body());

        long started = System.nanoTime();
        HttpResponse<byte[]> response = export(large.owner, "?format=zip", null);
        System.out.printf("EXPORT MEASURED: zip export of %,d events: %,d ms, %,d bytes%n", EVENTS,
                          Duration.ofNanos(System.nanoTime() - started).toMillis(), response.body().length);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment;").contains(".zip"));
        Map<String, JsonNode> files = unzip(response.body());
        assertThat(files.keySet()).containsExactly("fractals.json", "history-001.json", "history-002.json", "export.json");
        JsonNode header = files.get("export.json");
        assertThat(header.get("version").asInt()).isEqualTo(1);
        assertThat(header.get("userId").asText()).isEqualTo(large.owner);
        assertThat(header.get("termsAcceptedAt")).isEqualTo(json.get("termsAcceptedAt"));
        assertThat(header.get("fractalsFile").asText()).isEqualTo("fractals.json");
        assertThat(header.get("historyFiles")).extracting(JsonNode::asText).containsExactly("history-001.json", "history-002.json");
        assertThat(header.get("historyEvents").asLong()).isEqualTo(EVENTS);
        assertThat(files.get("fractals.json")).isEqualTo(json.get("fractals"));
        assertThat(files.get("history-001.json")).hasSize(5_000);
        ArrayNode history = JSON.createArrayNode();
        history.addAll((ArrayNode) files.get("history-001.json"));
        history.addAll((ArrayNode) files.get("history-002.json"));
        assertThat(history).isEqualTo(json.get("history"));

        HttpResponse<byte[]> byAccept = export(large.owner, "", "application/zip");
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(unzip(byAccept.body()).keySet()).contains("export.json");
    }

    @Test
    void an_export_holds_nothing_of_another_user_not_even_an_event_of_theirs_in_the_users_own_stream() throws Exception {
        SampleAccount mine = SampleAccount.write(writer, TestTokens.newUserId());
        SampleAccount theirs = SampleAccount.write(writer, TestTokens.newUserId());
        String intruder = "intruder-" + theirs.marker;
        long next = jdbc.queryForObject("select max(sequencenumber) + 1 from eventstore.domainevententry "
                                        + "where aggregateidentifier = ?", Long.class, mine.fractal.toString());
        ConsistencyToken last = writer.appendTo("Fractal", mine.fractal.toString(), next,
                                                new GoalRenamed(mine.fractal, mine.fractal, intruder, theirs.owner,
                                                                SampleAccount.AT.plusSeconds(3_600)));
        await(last);

        String myExport = new String(export(mine.owner, "", null).body());
        String theirExport = new String(export(theirs.owner, "", null).body());

        assertThat(theirs.ids()).noneMatch(myExport::contains);
        assertThat(myExport).doesNotContain(theirs.marker).contains(mine.marker);
        assertThat(mine.ids()).noneMatch(theirExport::contains);
        assertThat(theirExport).doesNotContain(mine.marker).doesNotContain(intruder);
        assertThat(JSON.readTree(myExport).get("history")).hasSize(mine.events());
    }

    @Test
    void a_user_without_any_data_gets_an_empty_export_in_either_form() throws Exception {
        String nobody = TestTokens.newUserId();

        JsonNode json = JSON.readTree(export(nobody, "", null).body());
        Map<String, JsonNode> zip = unzip(export(nobody, "?format=zip", null).body());

        assertThat(json.get("userId").asText()).isEqualTo(nobody);
        assertThat(json.get("termsAcceptedAt").isNull()).isTrue();
        assertThat(json.get("fractals")).isEmpty();
        assertThat(json.get("history")).isEmpty();
        assertThat(zip.keySet()).containsExactly("fractals.json", "export.json");
        assertThat(zip.get("export.json").get("historyFiles")).isEmpty();
        assertThat(zip.get("export.json").get("historyEvents").asLong()).isZero();
    }

    @Test
    void a_format_other_than_json_or_zip_is_refused_and_the_export_needs_a_token() {
        Response refused = api.get("/api/v1/me/export?format=xml").token(TestTokens.forUser(large.owner, "user")).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("format");
        assertThat(api.get("/api/v1/me/export").send().status()).isEqualTo(401);
    }

    private HttpResponse<byte[]> export(String user, String query, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/export" + query))
                                                 .header("Authorization", "Bearer " + TestTokens.forUser(user, "user"))
                                                 .timeout(Duration.ofMinutes(2));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response;
    }

    private static Map<String, JsonNode> unzip(byte[] zip) throws IOException {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), JSON.readTree(in.readAllBytes()));
            }
        }
        return files;
    }

    private static JsonNode objectById(JsonNode objects, String id) {
        for (JsonNode object : objects) {
            if (object.get("id").asText().equals(id)) {
                return object;
            }
        }
        throw new AssertionError("no object " + id + " in " + objects);
    }

    private void await(ConsistencyToken token) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!gate.await(token, List.of())) {
            assertThat(System.nanoTime()).as("read models caught up in time").isLessThan(deadline);
        }
    }
}
