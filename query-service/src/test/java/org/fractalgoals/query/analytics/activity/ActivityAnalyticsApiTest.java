package org.fractalgoals.query.analytics.activity;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.query.consistency.ConsistencyGate;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity analytics over HTTP, from events appended to the real event store by another writer. */
class ActivityAnalyticsApiTest extends QueryServiceTest {

    private static final Instant DAY_1 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant DAY_2 = DAY_1.plus(Duration.ofDays(1));
    private static final Instant DAY_3 = DAY_1.plus(Duration.ofDays(2));

    @Autowired
    private EventWriter events;
    @Autowired
    private ActivityAnalyticsProjection projection;
    @Autowired
    private ConsistencyGate gate;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID scale = UUID.randomUUID();
    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private final UUID longTones = UUID.randomUUID();
    private final UUID sessionA = UUID.randomUUID();
    private final UUID sessionB = UUID.randomUUID();
    private final UUID instanceA = UUID.randomUUID();
    private final UUID instanceB = UUID.randomUUID();
    private final List<Long> positions = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    /** S24: "C major scale" (Tempo, the top-set metric, and Reps, both multiplicative) in sessions A (day 1) and B (day 3). */
    @BeforeEach
    void s24() {
        aFractal(fractal, alice);
        append("Activity", scale, scaleCreated());
        append("Activity", longTones, new ActivityCreated(fractal, longTones, "Long tones", null, null, false, false, true,
                false, List.of(new MetricDefinition(UUID.randomUUID(), "Seconds", "s", false, false)), List.of(), alice,
                DAY_1));
        append("Session", sessionA, created(sessionA, DAY_1, instanceA, scale),
               sets(sessionA, instanceA, scale, set(100, 4), set(120, 3)));
        append("Session", sessionB, created(sessionB, DAY_3, instanceB, scale),
               sets(sessionB, instanceB, scale, set(125, 2)));
    }

    @Test
    void s24_series_give_the_top_set_the_average_and_the_product_per_session() {
        JsonNode top = ok(series(scale, "?metric=" + tempo + "&sets=top"));
        assertThat(top.get("activityId").asText()).isEqualTo(scale.toString());
        assertThat(top.get("metric").asText()).isEqualTo(tempo.toString());
        assertThat(top.get("sets").asText()).isEqualTo("top");
        assertThat(top.get("split").isNull()).isTrue();
        assertThat(top.get("points")).hasSize(2);
        JsonNode first = top.get("points").get(0);
        assertThat(first.get("sessionId").asText()).isEqualTo(sessionA.toString());
        assertThat(first.get("at").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(top.get("points").get(1).get("at").asText()).isEqualTo("2026-01-07T10:00:00Z");

        assertThat(values(top)).containsExactly("120", "125");
        assertThat(values(ok(series(scale, "")))).as("the defaults: first metric, top set").containsExactly("120", "125");
        assertThat(values(ok(series(scale, "?metric=" + tempo + "&sets=average")))).containsExactly("110", "125");
        assertThat(values(ok(series(scale, "?metric=product&sets=top")))).containsExactly("360", "250");
        JsonNode productAverage = ok(series(scale, "?metric=product&sets=average"));
        assertThat(productAverage.get("metric").asText()).isEqualTo("product");
        assertThat(values(productAverage)).containsExactly("380", "250");
    }

    @Test
    void s24_scatter_of_tempo_by_reps_with_the_top_set_and_the_average() {
        JsonNode top = ok(scatter(scale, "?x=" + tempo + "&y=" + reps + "&sets=top"));
        assertThat(top.get("x").asText()).isEqualTo(tempo.toString());
        assertThat(top.get("y").asText()).isEqualTo(reps.toString());
        assertThat(top.get("sets").asText()).isEqualTo("top");
        assertThat(top.get("points").get(0).get("sessionId").asText()).isEqualTo(sessionA.toString());
        assertThat(top.get("points").get(0).get("at").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(xy(top)).containsExactly("(120, 3)", "(125, 2)");
        assertThat(xy(ok(scatter(scale, "?sets=average")))).containsExactly("(110, 3.5)", "(125, 2)");
    }

    @Test
    void s24_a_scatter_of_an_activity_with_one_metric_is_refused() {
        Response refused = get(scatter(longTones, ""), alice);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        assertThat(refused.body().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo("x");
            assertThat(error.get("message").asText()).isEqualTo("Scatter plots need an activity with at least two metrics");
        });
    }

    @Test
    void s24_activities_are_listed_by_most_recent_use_with_their_instance_count() {
        UUID arpeggios = UUID.randomUUID();
        UUID arpeggioSession = UUID.randomUUID();
        append("Activity", arpeggios, new ActivityCreated(fractal, arpeggios, "Arpeggios", null, null, true, false, true,
                false, List.of(), List.of(), alice, DAY_1));
        append("Session", arpeggioSession, created(arpeggioSession, DAY_2, UUID.randomUUID(), arpeggios));

        JsonNode items = ok(get(analytics() + "/activities", alice)).get("items");

        assertThat(items).extracting(item -> item.get("name").asText())
                         .containsExactly("C major scale", "Arpeggios", "Long tones");
        JsonNode first = items.get(0);
        assertThat(first.get("activityId").asText()).isEqualTo(scale.toString());
        assertThat(first.get("instanceCount").asLong()).isEqualTo(2);
        assertThat(first.get("lastUsedAt").asText()).isEqualTo("2026-01-07T10:00:00Z");
        assertThat(first.get("metrics")).hasSize(2);
        assertThat(first.get("metrics").get(0).get("metricId").asText()).isEqualTo(tempo.toString());
        assertThat(first.get("metrics").get(0).get("name").asText()).isEqualTo("Tempo");
        assertThat(first.get("metrics").get(0).get("unit").asText()).isEqualTo("bpm");
        assertThat(items.get(2).get("instanceCount").asLong()).isZero();
        assertThat(items.get(2).get("lastUsedAt").isNull()).isTrue();

        append("Session", arpeggioSession, new SessionStartChanged(fractal, arpeggioSession, DAY_3.plusSeconds(60), null,
                                                                   alice, DAY_3));
        assertThat(ok(get(analytics() + "/activities", alice)).get("items"))
                .as("a session started later moves its activity up")
                .extracting(item -> item.get("name").asText()).containsExactly("Arpeggios", "C major scale", "Long tones");
    }

    @Test
    void a_split_activity_reads_one_split_or_the_mean_of_all() {
        UUID lunges = UUID.randomUUID();
        UUID weight = UUID.randomUUID();
        UUID left = UUID.randomUUID();
        UUID right = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        append("Activity", lunges, new ActivityCreated(fractal, lunges, "Lunges", null, null, true, true, true, false,
                List.of(new MetricDefinition(weight, "Weight", "kg", true, false)),
                List.of(new SplitDefinition(left, "Left"), new SplitDefinition(right, "Right")), alice, DAY_1));
        append("Session", session, created(session, DAY_2, instance, lunges),
               new SetsRecorded(fractal, session, instance, lunges, List.of(new ActivitySet(List.of(
                       new RecordedValue(weight, left, new BigDecimal("10")),
                       new RecordedValue(weight, right, new BigDecimal("12.5"))))), alice, DAY_2));

        JsonNode leftOnly = ok(series(lunges, "?split=" + left));
        assertThat(leftOnly.get("split").asText()).isEqualTo(left.toString());
        assertThat(values(leftOnly)).containsExactly("10");
        assertThat(values(ok(series(lunges, "?split=" + right)))).containsExactly("12.5");
        JsonNode all = ok(series(lunges, ""));
        assertThat(all.get("split").asText()).isEqualTo("all");
        assertThat(values(all)).as("(10 + 12.5) / 2 = 11.25").containsExactly("11.25");
        assertThat(values(ok(series(lunges, "?split=all")))).containsExactly("11.25");
        assertRefused(series(lunges, "?split=" + UUID.randomUUID()), "split");
    }

    @Test
    void a_product_needs_every_multiplicative_value_and_single_values_count_as_one_set() {
        UUID session = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        append("Session", session, created(session, DAY_2, instance, scale),
               sets(session, instance, scale, set(150, null), set(90, 2)));

        assertThat(values(ok(series(scale, "?metric=product"))))
                .as("on day 2 only (90, 2) has a product").containsExactly("360", "180", "250");
        assertThat(values(ok(series(scale, "?metric=" + tempo)))).containsExactly("120", "150", "125");

        UUID drills = UUID.randomUUID();
        UUID drillSession = UUID.randomUUID();
        UUID drill = UUID.randomUUID();
        append("Activity", drills, new ActivityCreated(fractal, drills, "Drills", null, null, false, false, true, true,
                List.of(new MetricDefinition(tempo, "Tempo", "bpm", true, true),
                        new MetricDefinition(reps, "Reps", "reps", false, true)), List.of(), alice, DAY_1));
        append("Session", drillSession, created(drillSession, DAY_2, drill, drills),
               new ValuesRecorded(fractal, drillSession, drill, drills, List.of(
                       new RecordedValue(tempo, null, new BigDecimal("80")), new RecordedValue(reps, null, new BigDecimal("5"))),
                                  alice, DAY_2),
               new ValuesRecorded(fractal, drillSession, drill, drills, List.of(
                       new RecordedValue(reps, null, new BigDecimal("6"))), alice, DAY_2));
        assertThat(values(ok(series(drills, "?metric=product&sets=average")))).as("80 × 6").containsExactly("480");

        append("Session", drillSession, new ValuesRecorded(fractal, drillSession, drill, drills, List.of(
                new RecordedValue(reps, null, null)), alice, DAY_2));
        assertThat(values(ok(series(drills, "?metric=product")))).as("a cleared value leaves no product").isEmpty();
        assertThat(values(ok(series(drills, "?metric=" + tempo)))).containsExactly("80");
    }

    @Test
    void a_deleted_session_and_a_removed_instance_disappear() {
        UUID session = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        append("Session", session, created(session, DAY_2, kept, scale),
               new ActivityInstanceAdded(fractal, session, removed, scale, 0, 0, alice, DAY_2),
               sets(session, kept, scale, set(130, 1)),
               sets(session, removed, scale, set(140, 1)));
        assertThat(values(ok(series(scale, "")))).as("the added instance comes first in its session")
                                                 .containsExactly("120", "140", "130", "125");

        append("Session", session, new ActivityInstanceRemoved(fractal, session, removed, alice, DAY_2));
        assertThat(values(ok(series(scale, "")))).containsExactly("120", "130", "125");

        append("Session", sessionA, new SessionDeleted(fractal, sessionA, alice, DAY_3));
        assertThat(values(ok(series(scale, "")))).containsExactly("130", "125");
        assertThat(xy(ok(scatter(scale, "")))).containsExactly("(130, 1)", "(125, 2)");
        assertThat(ok(get(analytics() + "/activities", alice)).get("items").get(0).get("instanceCount").asLong())
                .isEqualTo(2);
    }

    @Test
    void a_metric_removed_from_the_activity_can_no_longer_be_plotted() {
        append("Activity", scale, new ActivityChanged(fractal, scale, "C major scale", null, null, true, false, true, true,
                List.of(new MetricDefinition(tempo, "Tempo", "bpm", true, true)), List.of(), List.of(reps), List.of(),
                alice, DAY_3));

        assertRefused(series(scale, "?metric=" + reps), "metric");
        assertRefused(series(scale, "?metric=product"), "metric");
        assertRefused(scatter(scale, ""), "x");
        assertThat(values(ok(series(scale, "")))).containsExactly("120", "125");
        assertThat(ok(get(analytics() + "/activities", alice)).get("items").get(0).get("metrics"))
                .extracting(metric -> metric.get("name").asText()).containsExactly("Tempo");
    }

    @Test
    void another_users_fractal_an_unknown_a_deleted_or_a_foreign_activity_is_404() {
        String bob = TestTokens.newUserId();
        UUID bobsFractal = UUID.randomUUID();
        aFractal(bobsFractal, bob);

        assertThat(get(analytics() + "/activities", bob).status()).isEqualTo(404);
        assertThat(get(series(scale, ""), bob).status()).isEqualTo(404);
        assertThat(get("/api/v1/fractals/" + bobsFractal + "/analytics/activities/" + scale + "/series", bob).status())
                .as("alice's activity through bob's fractal").isEqualTo(404);
        assertThat(ok(get("/api/v1/fractals/" + bobsFractal + "/analytics/activities", bob)).get("items")).isEmpty();

        Response unknown = get(series(UUID.randomUUID(), ""), alice);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).isEqualTo("Activity not found");
        assertThat(get(scatter(UUID.randomUUID(), ""), alice).status()).isEqualTo(404);

        append("Activity", scale, new ActivityDeleted(fractal, scale, alice, DAY_3));
        assertThat(get(series(scale, ""), alice).status()).isEqualTo(404);
        assertThat(ok(get(analytics() + "/activities", alice)).get("items"))
                .extracting(item -> item.get("name").asText()).containsExactly("Long tones");
    }

    @Test
    void bad_parameters_are_refused_naming_the_parameter() {
        assertRefused(series(scale, "?sets=best"), "sets");
        assertRefused(series(scale, "?metric=tempo"), "metric");
        assertRefused(series(scale, "?metric=" + UUID.randomUUID()), "metric");
        assertRefused(series(longTones, "?metric=product"), "metric");
        assertRefused(series(scale, "?split=" + UUID.randomUUID()), "split");
        assertRefused(scatter(scale, "?y=" + UUID.randomUUID()), "y");
        assertRefused(scatter(scale, "?sets=max"), "sets");
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        Map<String, String> before = answers();

        // Each event again with the sequence number it was stored with, as a tracking processor redelivers it.
        projection.on(scaleCreated(), 0);
        projection.on(created(sessionA, DAY_1, instanceA, scale), 0);
        projection.on(sets(sessionA, instanceA, scale, set(100, 4), set(120, 3)), 1);
        projection.on(sets(sessionA, instanceA, scale, set(999, 9)), 1);
        projection.on(new ActivityInstanceAdded(fractal, sessionA, UUID.randomUUID(), scale, 0, 0, alice, DAY_1), 1);
        assertThat(answers()).isEqualTo(before);

        append("Session", sessionB, new SessionDeleted(fractal, sessionB, alice, DAY_3));
        projection.on(created(sessionB, DAY_3, instanceB, scale), 0);
        projection.on(sets(sessionB, instanceB, scale, set(125, 2)), 1);
        assertThat(values(ok(series(scale, "")))).as("a deleted session stays deleted").containsExactly("120");
    }

    @Test
    void an_erased_account_and_a_deleted_fractal_leave_no_rows() {
        String carol = TestTokens.newUserId();
        UUID carolsFractal = UUID.randomUUID();
        UUID deletedFractal = UUID.randomUUID();
        aFractal(carolsFractal, carol);
        aFractal(deletedFractal, carol);
        UUID activity = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        append("Activity", activity, new ActivityCreated(carolsFractal, activity, "Scales", null, null, true, false, true,
                false, List.of(new MetricDefinition(UUID.randomUUID(), "Tempo", "bpm", true, false)), List.of(), carol, DAY_1));
        append("Session", session, new SessionCreated(carolsFractal, session, "s", null, null, null, DAY_1, null,
                List.of(new SessionSection("Main", null, List.of(new SessionInstance(UUID.randomUUID(), activity)))),
                List.of(), carol, DAY_1));
        UUID deletedSession = UUID.randomUUID();
        append("Session", deletedSession, new SessionCreated(deletedFractal, deletedSession, "s", null, null, null, DAY_1,
                null, List.of(), List.of(), carol, DAY_1));
        append("Fractal", deletedFractal, new FractalDeleted(deletedFractal, carol, DAY_2));
        awaitAnalytics();
        assertThat(rowsOf(deletedFractal)).as("a deleted fractal keeps only its tombstone").isEqualTo(1);
        assertThat(rowsOf(carolsFractal)).isEqualTo(3);

        positions.addAll(events.appendTo("Account", AccountEvent.aggregateIdOf(carol), 0,
                                         new AccountErased(carol, DAY_3)).positions());
        awaitAnalytics();

        assertThat(rowsOf(carolsFractal)).isZero();
        assertThat(rowsOf(deletedFractal)).isZero();
        assertThat(rowsOf(fractal)).as("other owners' rows").isPositive();
    }

    // ---- events -------------------------------------------------------------------------------------------

    private void aFractal(UUID id, String owner) {
        append("Fractal", id, new FractalCreated(id, owner, DAY_1),
               new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Become a pianist", null, null, null, owner, DAY_1));
    }

    private ActivityCreated scaleCreated() {
        return new ActivityCreated(fractal, scale, "C major scale", null, null, true, false, true, true,
                                   List.of(new MetricDefinition(tempo, "Tempo", "bpm", true, true),
                                           new MetricDefinition(reps, "Reps", "reps", false, true)),
                                   List.of(), alice, DAY_1);
    }

    private SessionCreated created(UUID session, Instant startedAt, UUID instance, UUID activity) {
        return new SessionCreated(fractal, session, "Practice", null, null, null, startedAt, null,
                                  List.of(new SessionSection("Main", null, List.of(new SessionInstance(instance, activity)))),
                                  List.of(), alice, startedAt);
    }

    private SetsRecorded sets(UUID session, UUID instance, UUID activity, ActivitySet... sets) {
        return new SetsRecorded(fractal, session, instance, activity, List.of(sets), alice, DAY_1);
    }

    /** A set of the scale: Tempo and Reps (null: left blank). */
    private ActivitySet set(Integer tempoValue, Integer repsValue) {
        return new ActivitySet(Arrays.asList(new RecordedValue(tempo, null, decimal(tempoValue)),
                                             new RecordedValue(reps, null, decimal(repsValue))));
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private void append(String type, UUID aggregate, OwnedEvent... owned) {
        long first = sequences.getOrDefault(aggregate.toString(), 0L);
        positions.addAll(events.appendTo(type, aggregate.toString(), first, owned).positions());
        sequences.put(aggregate.toString(), first + owned.length);
    }

    private void awaitAnalytics() {
        assertThat(gate.await(ConsistencyToken.of(positions), List.of(ActivityAnalyticsProjection.GROUP))).isTrue();
    }

    private int rowsOf(UUID fractalId) {
        int rows = 0;
        for (String table : List.of("analytics_activity", "analytics_activity_session", "analytics_activity_instance",
                                    "analytics_activity_deleted_fractal")) {
            rows += jdbc.queryForObject("select count(*) from " + table + " where fractal_id = ?", Integer.class, fractalId);
        }
        return rows;
    }

    // ---- reads --------------------------------------------------------------------------------------------

    private String analytics() {
        return "/api/v1/fractals/" + fractal + "/analytics";
    }

    private String series(UUID activity, String query) {
        return analytics() + "/activities/" + activity + "/series" + query;
    }

    private String scatter(UUID activity, String query) {
        return analytics() + "/activities/" + activity + "/scatter" + query;
    }

    private Response get(String path, String user) {
        return api.get(path).token(TestTokens.forUser(user))
                  .header(ConsistencyToken.HEADER, ConsistencyToken.of(positions).encode()).send();
    }

    private JsonNode ok(String path) {
        return ok(get(path, alice));
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    /** The points' values as the JSON numbers read, e.g. "110" or "3.5". */
    private static List<String> values(JsonNode series) {
        List<String> values = new ArrayList<>();
        series.get("points").forEach(point -> {
            assertThat(point.get("value").isNumber()).as(point.toString()).isTrue();
            values.add(point.get("value").decimalValue().toPlainString());
        });
        return values;
    }

    private static List<String> xy(JsonNode scatter) {
        List<String> points = new ArrayList<>();
        scatter.get("points").forEach(point -> points.add("(" + point.get("x").decimalValue().toPlainString() + ", "
                                                          + point.get("y").decimalValue().toPlainString() + ")"));
        return points;
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        for (String path : List.of(analytics() + "/activities", series(scale, "?sets=average"),
                                   series(scale, "?metric=product"), scatter(scale, ""))) {
            answers.put(path, ok(path).toString());
        }
        return answers;
    }

    private void assertRefused(String path, String parameter) {
        Response refused = get(path, alice);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:fractal-goals:problem:validation");
        assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asText()).containsExactly(parameter);
    }
}
