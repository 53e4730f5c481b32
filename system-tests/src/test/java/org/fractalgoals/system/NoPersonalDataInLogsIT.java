package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No personal data in logs (product spec §6): alice types distinctive texts into every kind of field through the
 * web entry, sends refused and unknown requests, and then no log of our parts holds any of those texts, a dev user's
 * email, name or username, or a bearer token.
 */
class NoPersonalDataInLogsIT extends ScenarioTest {

    private static final Path LOGS = RunningSystem.STATE.resolve("logs");
    private static final List<String> SERVICE_LOGS = List.of("command-service.log", "query-service.log", "web.log");
    private static final String DATABASE_LOG = "database.log";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    // Letters, digits and dashes only, so that a text reads the same in JSON, in a URL and in a log line.
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<String> typed = new ArrayList<>();

    private String typed(String what) {
        String text = "Zqx" + what + "-" + run;
        typed.add(text);
        return text;
    }

    @Test
    void a_scenario_with_typed_texts_refusals_and_unknown_ids_leaves_none_of_them_nor_identities_nor_tokens_in_the_logs()
            throws Exception {
        String fractal = id(command(WEB.post("/api/v1/fractals", Map.of(
                "name", typed("PrivateFractal"), "description", typed("FractalDescription"),
                "relevance", typed("FractalRelevance")))));
        String base = "/api/v1/fractals/" + fractal;
        String goal = id(command(WEB.post(base + "/goals", Map.of(
                "parentId", fractal, "name", typed("PrivateGoal"), "description", typed("GoalDescription")))));
        String renamed = typed("RenamedGoal");
        command(WEB.patch(base + "/goals/" + goal, Map.of("name", renamed)));
        String group = id(command(WEB.post(base + "/activity-groups", Map.of(
                "name", typed("ActivityGroup"), "description", typed("GroupDescription")))));
        String activity = id(command(WEB.post(base + "/activities", Map.of(
                "name", typed("Activity"), "groupId", group, "hasSets", true, "hasMetrics", true,
                "metrics", List.of(Map.of("name", typed("Metric"), "unit", typed("Unit"), "topSet", true))))));
        String metric = read(base + "/activities/" + activity).get("metrics").get(0).get("id").asText();
        command(WEB.post(base + "/goals/" + goal + "/targets", Map.of(
                "name", typed("Target"), "activityId", activity,
                "thresholds", List.of(Map.of("metricId", metric, "operator", "GTE", "value", 100)))));
        String template = id(command(WEB.post(base + "/templates", Map.of(
                "name", typed("Template"), "description", typed("TemplateDescription"),
                "sections", List.of(Map.of("name", typed("Section"), "plannedMinutes", 15, "activityIds", List.of(activity)))))));
        String session = id(command(WEB.post(base + "/sessions", Map.of(
                "templateId", template, "name", typed("Session"), "description", typed("SessionDescription"),
                "goalIds", List.of(goal)))));
        String instance = read(base + "/sessions/" + session).get("sections").get(0).get("instances").get(0).get("id").asText();
        command(WEB.patch(base + "/sessions/" + session + "/activities/" + instance, Map.of("notes", typed("InstanceNote"))));
        String note = id(command(WEB.post(base + "/notes", Map.of(
                "context", "session", "contextId", session, "text", typed("SessionNote")))));
        String edited = typed("EditedNote");
        command(WEB.patch(base + "/notes/" + note, Map.of("text", edited)));

        // Refused: bean validation, a body that does not bind, a malformed body, a rule of an aggregate, a bad header.
        refused(WEB.post(base + "/goals", Map.of("parentId", fractal, "name", typed("TooLongName") + "x".repeat(300))));
        refused(WEB.post(base + "/goals", Map.of("parentId", fractal, "name", "x", "level", typed("NoSuchLevel"))));
        refused(WEB.patch(base + "/goals/" + goal, Map.of("deadline", typed("NotADate"))));
        refused(WEB.method("POST", base + "/activity-groups", "{\"name\": \"" + typed("BrokenJson") + "\""));
        refused(WEB.post(base + "/activities", Map.of("name", typed("FourMetrics"), "hasMetrics", true, "metrics", List.of(
                Map.of("name", typed("MetricA"), "unit", "x", "topSet", false),
                Map.of("name", typed("MetricB"), "unit", "x", "topSet", false),
                Map.of("name", typed("MetricC"), "unit", "x", "topSet", false),
                Map.of("name", typed("MetricD"), "unit", "x", "topSet", false)))));
        refused(WEB.post(base + "/goals", Map.of("parentId", fractal, "name", typed("KeyedGoal")))
                   .header("Idempotency-Key", typed("NotAKey")));
        assertThat(get(base + "/tree?asOf=" + typed("NotAnInstant")).status()).isEqualTo(400);
        assertThat(get("/api/v1/fractals?cursor=" + typed("NotACursor")).status()).isEqualTo(400);

        // Unknown: a missing fractal with a body, an id that is no id, a missing goal, and a forged token.
        Response noFractal = WEB.post("/api/v1/fractals/" + UUID.randomUUID() + "/goals",
                                      Map.of("parentId", fractal, "name", typed("GoalOfNoFractal"))).token(alice).send();
        assertThat(noFractal.status()).as(noFractal.toString()).isEqualTo(404);
        assertThat(get("/api/v1/fractals/" + typed("NotAnId") + "/tree").status()).isEqualTo(404);
        assertThat(get(base + "/goals/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(WEB.get(base + "/tree").token(typed("ForgedToken")).send().status()).isEqualTo(401);

        // The last command, then one read of every read model with its consistency token: whatever the query side
        // logs about these events is written by the time the reads answer.
        String program = typed("Program");
        command(WEB.post(base + "/programs", Map.of(
                "name", program, "description", typed("ProgramDescription"), "startDate", TODAY.toString(),
                "endDate", TODAY.plusDays(30).toString(), "goalIds", List.of(goal))));
        assertThat(read(base + "/tree").toString()).contains(renamed);
        assertThat(read(base + "/goals/" + goal + "/history").toString()).contains(renamed);
        assertThat(read(base + "/activities").toString()).contains("ZqxActivity-" + run);
        assertThat(read(base + "/activity-groups").toString()).contains("ZqxActivityGroup-" + run);
        assertThat(read(base + "/templates").toString()).contains("ZqxTemplate-" + run);
        assertThat(read(base + "/sessions/" + session).toString()).contains("ZqxInstanceNote-" + run);
        assertThat(read(base + "/notes?context=session&contextId=" + session).toString()).contains(edited);
        assertThat(read(base + "/programs").toString()).contains(program);

        Map<String, String> logs = logsOfOurParts();
        Realm realm = Realm.read();
        logs.forEach((file, text) -> {
            assertThat(lines(text, run)).as("%s holds text alice typed (%s)", file, typed).isEmpty();
            assertThat(lines(text, alice)).as("%s holds alice's access token", file).isEmpty();
            assertThat(matches(text, JWT)).as("%s holds a bearer token", file).isEmpty();
            assertThat(matches(text, EMAIL)).as("%s holds an email address", file).isEmpty();
            realm.identities().forEach(identity ->
                    assertThat(lines(text, identity)).as("%s names a dev user (%s)", file, identity).isEmpty());
            realm.usernames().forEach(username ->
                    assertThat(matches(text, Pattern.compile("\\b" + Pattern.quote(username) + "\\b")))
                            .as("%s holds the username %s", file, username).isEmpty());
        });
    }

    private static String id(Response response) {
        return response.body().get("id").asText();
    }

    /**
     * The text of every log of our parts, once no line is being written any more: each line is written when it is
     * logged, so this only lets one still in flight on another thread land (at most a few seconds).
     */
    private static Map<String, String> logsOfOurParts() throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        SERVICE_LOGS.forEach(name -> files.add(LOGS.resolve(name)));
        files.add(LOGS.resolve(DATABASE_LOG));
        List<Long> sizes = sizes(files);
        for (int check = 0; check < 20; check++) {
            Thread.sleep(250);
            List<Long> now = sizes(files);
            if (now.equals(sizes)) {
                break;
            }
            sizes = now;
        }
        Map<String, String> logs = new LinkedHashMap<>();
        for (Path file : files) {
            logs.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        // The right files: each service writes JSON lines, so an empty or foreign file would make the search vacuous.
        SERVICE_LOGS.forEach(name -> assertThat(logs.get(name).lines()).as(name)
                                                                     .anyMatch(line -> line.startsWith("{\"@timestamp\"")));
        assertThat(logs.get(DATABASE_LOG)).contains("PostgreSQL ready on port");
        return logs;
    }

    private static List<Long> sizes(List<Path> files) throws IOException {
        List<Long> sizes = new ArrayList<>();
        for (Path file : files) {
            assertThat(file).as("log of a part of the system").exists();
            sizes.add(Files.size(file));
        }
        return sizes;
    }

    private static List<String> lines(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).toList();
    }

    private static List<String> matches(String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The dev users of the realm file: their emails and full names, and the usernames that are not common words. */
    private record Realm(List<String> identities, List<String> usernames) {

        static Realm read() throws IOException {
            JsonNode realm = new ObjectMapper().readTree(
                    Commands.PROJECT.resolve("keycloak").resolve("fractal-goals-realm.json").toFile());
            List<String> identities = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            for (JsonNode user : realm.get("users")) {
                if (!user.hasNonNull("email")) {
                    continue;
                }
                identities.add(user.get("email").asText());
                identities.add(user.path("firstName").asText() + " " + user.path("lastName").asText());
                String username = user.get("username").asText();
                // "admin" is also a word of our paths and settings; the email and the name still cover that user.
                if (!username.equals("admin")) {
                    usernames.add(username);
                }
            }
            assertThat(identities).as("dev users with emails in the realm file").isNotEmpty();
            return new Realm(identities, usernames);
        }
    }
}
