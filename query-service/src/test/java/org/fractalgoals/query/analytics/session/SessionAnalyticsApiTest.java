package org.fractalgoals.query.analytics.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionStartChanged;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session analytics over HTTP, from events appended to the real event store by another writer. "Now" is the
 * fixed clock's Sunday 2026-01-11T07:59:59Z, which is still Saturday the 10th in Los Angeles.
 *
 * <pre>
 * session  session time (UTC)         Berlin local        state       duration
 * a        Mon 2025-12-22 10:00       Mon 22nd 11:00      completed    900 s (15 min)
 * b        Sun 2026-01-04 23:30       Mon 5th  00:30      completed   2700 s (45 min)
 * c        Mon 2026-01-05 10:00       Mon 5th  11:00      completed   1800 s (30 min)
 * d        Tue 2026-01-06 09:00       Tue 6th  10:00      open, not started (time = creation)
 * e        Sat 2026-01-10 12:00       Sat 10th 13:00      completed    600 s (10 min)
 * </pre>
 */
class SessionAnalyticsApiTest extends QueryServiceTest {

    private static final Instant CREATED = Instant.parse("2025-12-01T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private EventWriter events;
    @Autowired
    private ConsistencyGate gate;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SessionAnalyticsProjection projection;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();
    private final UUID e = UUID.randomUUID();
    private final Map<UUID, Long> nextSequence = new HashMap<>();
    private final List<Long> positions = new ArrayList<>();

    @BeforeEach
    void aFractalWithFiveSessions() {
        aFractal(fractal, alice);
        completedSession(a, "2025-12-22T10:00:00Z", 900);
        completedSession(b, "2026-01-04T23:30:00Z", 2700);
        completedSession(c, "2026-01-05T10:00:00Z", 1800);
        append(d, new SessionCreated(fractal, d, null, null, null, null, null, null, List.of(), List.of(), alice,
                                     Instant.parse("2026-01-06T09:00:00Z")));
        completedSession(e, "2026-01-10T12:00:00Z", 600);
    }

    @Test
    void the_summary_counts_live_sessions_completed_and_open() {
        Response response = get("sessions/summary");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(json("{\"total\": 5, \"completed\": 4, \"open\": 1}"));
    }

    @Test
    void weekly_trends_fill_empty_weeks_and_sum_the_durations_of_completed_sessions() {
        Response response = get("sessions/trends?bucket=week");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(json("""
                {"bucket": "week", "tz": "UTC", "items": [
                  {"period": "2025-W52", "start": "2025-12-22", "count": 1, "durationSeconds": 900},
                  {"period": "2026-W01", "start": "2025-12-29", "count": 1, "durationSeconds": 2700},
                  {"period": "2026-W02", "start": "2026-01-05", "count": 3, "durationSeconds": 2400}]}"""));
    }

    @Test
    void in_berlin_the_late_sunday_session_belongs_to_the_next_week() {
        JsonNode body = get("sessions/trends?bucket=week&tz=Europe/Berlin").body();

        assertThat(body).isEqualTo(json("""
                {"bucket": "week", "tz": "Europe/Berlin", "items": [
                  {"period": "2025-W52", "start": "2025-12-22", "count": 1, "durationSeconds": 900},
                  {"period": "2026-W01", "start": "2025-12-29", "count": 0, "durationSeconds": 0},
                  {"period": "2026-W02", "start": "2026-01-05", "count": 4, "durationSeconds": 5100}]}"""));
    }

    @Test
    void monthly_trends_are_named_by_month() {
        JsonNode body = get("sessions/trends?bucket=month").body();

        assertThat(body).isEqualTo(json("""
                {"bucket": "month", "tz": "UTC", "items": [
                  {"period": "2025-12", "start": "2025-12-01", "count": 1, "durationSeconds": 900},
                  {"period": "2026-01", "start": "2026-01-01", "count": 4, "durationSeconds": 5100}]}"""));
    }

    @Test
    void the_duration_histogram_runs_from_zero_to_the_longest_session() {
        assertThat(get("sessions/durations").body()).isEqualTo(json("""
                {"bucketMinutes": 15, "buckets": [
                  {"fromMinutes": 0, "toMinutes": 15, "count": 1},
                  {"fromMinutes": 15, "toMinutes": 30, "count": 1},
                  {"fromMinutes": 30, "toMinutes": 45, "count": 1},
                  {"fromMinutes": 45, "toMinutes": 60, "count": 1}]}"""));
        assertThat(get("sessions/durations?bucketMinutes=30").body()).isEqualTo(json("""
                {"bucketMinutes": 30, "buckets": [
                  {"fromMinutes": 0, "toMinutes": 30, "count": 2},
                  {"fromMinutes": 30, "toMinutes": 60, "count": 2}]}"""));
    }

    @Test
    void streaks_count_local_practice_days_up_to_today_or_yesterday() {
        // UTC: Dec 22, Jan 4, 5, 10; today the 11th has no practice yet, so the run ending yesterday counts.
        assertThat(get("streaks").body()).isEqualTo(json(
                "{\"current\": 1, \"longest\": 2, \"lastPracticeDay\": \"2026-01-10\", \"today\": \"2026-01-11\"}"));
        // Berlin: b and c fall on the same day, the 5th.
        assertThat(get("streaks?tz=Europe/Berlin").body()).isEqualTo(json(
                "{\"current\": 1, \"longest\": 1, \"lastPracticeDay\": \"2026-01-10\", \"today\": \"2026-01-11\"}"));
        // Los Angeles: it is still the 10th there, and the 10th has practice.
        assertThat(get("streaks?tz=America/Los_Angeles").body()).isEqualTo(json(
                "{\"current\": 1, \"longest\": 2, \"lastPracticeDay\": \"2026-01-10\", \"today\": \"2026-01-10\"}"));
    }

    @Test
    void reopening_moving_and_deleting_sessions_change_the_numbers() {
        append(e, new SessionReopened(fractal, e, alice, Instant.parse("2026-01-10T13:00:00Z")));
        append(c, new SessionStartChanged(fractal, c, Instant.parse("2026-01-06T10:00:00Z"),
                                          Instant.parse("2026-01-06T10:30:00Z"), alice, Instant.parse("2026-01-06T11:00:00Z")));
        append(a, new SessionDeleted(fractal, a, alice, Instant.parse("2026-01-07T08:00:00Z")));

        assertThat(get("sessions/summary").body()).isEqualTo(json("{\"total\": 4, \"completed\": 2, \"open\": 2}"));
        assertThat(get("sessions/trends").body()).isEqualTo(json("""
                {"bucket": "week", "tz": "UTC", "items": [
                  {"period": "2026-W01", "start": "2025-12-29", "count": 1, "durationSeconds": 2700},
                  {"period": "2026-W02", "start": "2026-01-05", "count": 3, "durationSeconds": 1800}]}"""));
        assertThat(get("sessions/durations?bucketMinutes=60").body()).isEqualTo(json(
                "{\"bucketMinutes\": 60, \"buckets\": [{\"fromMinutes\": 0, \"toMinutes\": 60, \"count\": 2}]}"));
        // Practice days now Jan 4 and 6: no run ends today or yesterday.
        assertThat(get("streaks").body()).isEqualTo(json(
                "{\"current\": 0, \"longest\": 1, \"lastPracticeDay\": \"2026-01-06\", \"today\": \"2026-01-11\"}"));
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        append(e, new SessionReopened(fractal, e, alice, Instant.parse("2026-01-10T13:00:00Z")));
        append(a, new SessionDeleted(fractal, a, alice, Instant.parse("2026-01-07T08:00:00Z")));
        JsonNode before = get("sessions/summary").body();
        assertThat(before).isEqualTo(json("{\"total\": 4, \"completed\": 2, \"open\": 2}"));

        // As a processor would deliver them again after a crash before storing its token.
        projection.on(new SessionCompleted(fractal, e, Instant.parse("2026-01-10T12:10:00Z"), 600, alice,
                                           Instant.parse("2026-01-10T12:10:00Z")), 1);
        projection.on(new SessionCreated(fractal, a, null, null, null, null, Instant.parse("2025-12-22T10:00:00Z"),
                                         null, List.of(), List.of(), alice, Instant.parse("2025-12-22T10:00:00Z")), 0);

        assertThat(get("sessions/summary").body()).isEqualTo(before);
        assertThat(get("sessions/durations?bucketMinutes=60").body()).isEqualTo(json(
                "{\"bucketMinutes\": 60, \"buckets\": [{\"fromMinutes\": 0, \"toMinutes\": 60, \"count\": 2}]}"));
    }

    @Test
    void only_the_fractals_own_sessions_count_and_another_users_fractal_is_404() {
        UUID other = UUID.randomUUID();
        aFractal(other, alice);
        UUID elsewhere = UUID.randomUUID();
        append(elsewhere, new SessionCreated(other, elsewhere, null, null, null, null, null, null, List.of(), List.of(),
                                             alice, Instant.parse("2026-01-08T09:00:00Z")));

        assertThat(get("sessions/summary").body().get("total").asInt()).isEqualTo(5);
        assertThat(get(other, "sessions/summary", alice).body())
                .isEqualTo(json("{\"total\": 1, \"completed\": 0, \"open\": 1}"));
        assertThat(get(other, "streaks", alice).body()).isEqualTo(json(
                "{\"current\": 0, \"longest\": 0, \"lastPracticeDay\": null, \"today\": \"2026-01-11\"}"));
        assertThat(get(other, "sessions/durations", alice).body())
                .isEqualTo(json("{\"bucketMinutes\": 15, \"buckets\": []}"));
        for (String path : List.of("sessions/summary", "sessions/trends", "sessions/durations", "streaks")) {
            Response foreign = get(fractal, path, bob);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(get(UUID.randomUUID(), path, alice).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void bad_parameters_are_refused_as_problems_naming_the_parameter() {
        assertRefused("sessions/trends?tz=Mars/Olympus_Mons", "tz");
        assertRefused("sessions/trends?bucket=year", "bucket");
        assertRefused("streaks?tz=Nowhere", "tz");
        assertRefused("sessions/durations?bucketMinutes=0", "bucketMinutes");
        assertRefused("sessions/durations?bucketMinutes=1441", "bucketMinutes");
        assertRefused("sessions/durations?bucketMinutes=ten", "bucketMinutes");
        assertThat(get("sessions/durations?bucketMinutes=1440").status()).isEqualTo(200);
    }

    @Test
    void a_deleted_fractal_and_an_erased_account_leave_no_rows() {
        UUID other = UUID.randomUUID();
        aFractal(other, alice);
        UUID elsewhere = UUID.randomUUID();
        append(elsewhere, new SessionCreated(other, elsewhere, null, null, null, null, null, null, List.of(), List.of(),
                                             alice, Instant.parse("2026-01-08T09:00:00Z")));
        appendFractal(other, new FractalDeleted(other, alice, Instant.parse("2026-01-09T09:00:00Z")));
        await();
        assertThat(rows(other)).isZero();
        assertThat(rows(fractal)).isEqualTo(5);

        String account = AccountEvent.aggregateIdOf(alice);
        positions.addAll(events.appendTo("Account", account, 0,
                                         new AccountErased(alice, Instant.parse("2026-01-10T09:00:00Z"))).positions());
        await();

        assertThat(rows(fractal)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from query.analytics_session_deleted_fractal where fractal_id = ?",
                                       Long.class, other)).isZero();
    }

    private void assertRefused(String path, String parameter) {
        Response response = get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body().get("type").asText()).as(path).endsWith(":validation");
        assertThat(response.body().get("errors").get(0).get("field").asText()).as(path).isEqualTo(parameter);
    }

    private void aFractal(UUID id, String owner) {
        appendFractal(id, new FractalCreated(id, owner, CREATED),
                      new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Play the piano", null, null, null, owner, CREATED));
    }

    private void completedSession(UUID session, String startedAt, long seconds) {
        Instant start = Instant.parse(startedAt);
        append(session, new SessionCreated(fractal, session, null, null, null, null, start, null, List.of(), List.of(),
                                           alice, start),
               new SessionCompleted(fractal, session, start.plusSeconds(seconds), seconds, alice, start.plusSeconds(seconds)));
    }

    private void appendFractal(UUID id, GoalEvent... goalEvents) {
        append(id, (OwnedEvent[]) goalEvents);
    }

    private void append(UUID aggregate, OwnedEvent... owned) {
        long first = nextSequence.getOrDefault(aggregate, 0L);
        positions.addAll(events.append(aggregate, first, owned).positions());
        nextSequence.put(aggregate, first + owned.length);
    }

    private void await() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!gate.await(ConsistencyToken.of(positions), List.of(SessionAnalyticsProjection.GROUP))) {
            assertThat(System.nanoTime()).as("the read model caught up in time").isLessThan(deadline);
        }
    }

    private long rows(UUID fractalId) {
        return jdbc.queryForObject("select count(*) from query.analytics_session where fractal_id = ?", Long.class, fractalId);
    }

    private Response get(String path) {
        return get(fractal, path, alice);
    }

    private Response get(UUID fractalId, String path, String user) {
        return api.get("/api/v1/fractals/" + fractalId + "/analytics/" + path).token(TestTokens.forUser(user))
                  .header(ConsistencyToken.HEADER, ConsistencyToken.of(positions).encode()).send();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException exception) {
            throw new IllegalArgumentException(exception);
        }
    }
}
