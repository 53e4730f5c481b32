package org.fractalgoals.query.analytics.goal;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionEvent;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * The goal analytics over HTTP, from events appended to the real event store by another writer. Every number below
 * is worked out by hand from the events of the test.
 */
class GoalAnalyticsApiTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Autowired
    private EventWriter events;
    @Autowired
    private GoalAnalyticsProjection projection;
    @Autowired
    private ConsistencyGate gate;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    //        root (ULTIMATE)
    //       /              \
    //   piano (LONG_TERM)   theory (LONG_TERM)
    //       |
    //   scales (MID_TERM)
    private final UUID root = fractal;
    private final UUID piano = UUID.randomUUID();
    private final UUID theory = UUID.randomUUID();
    private final UUID scales = UUID.randomUUID();
    private final UUID activity = UUID.randomUUID();

    private final Map<UUID, Long> nextSequence = new HashMap<>();
    private final List<Long> positions = new ArrayList<>();
    /** Every event appended, with its sequence number, for redelivery. */
    private final List<Map.Entry<OwnedEvent, Long>> appended = new ArrayList<>();

    @BeforeEach
    void aFractalWithFourGoals() {
        append(fractal, new FractalCreated(fractal, alice, T0),
               new GoalCreated(fractal, root, null, GoalLevel.ULTIMATE, "Become a pianist", null, null, null, alice, T0),
               new GoalCreated(fractal, piano, root, GoalLevel.LONG_TERM, "Play well", null, null, null, alice,
                               T0.plusSeconds(1)),
               new GoalCreated(fractal, theory, root, GoalLevel.LONG_TERM, "Know theory", null, null, null, alice,
                               T0.plusSeconds(2)),
               new GoalCreated(fractal, scales, piano, GoalLevel.MID_TERM, "Scales", null, null, null, alice,
                               T0.plusSeconds(3)));
    }

    // ---- time per goal --------------------------------------------------------------------------------------

    /**
     * Session 1, linked to piano and its child scales: a timer of 600 s, and a timer of 100 s that was reset.
     * Session 2, linked to theory: times typed in (900 s), and an instance with only a start. Session 3, linked
     * to scales: a timer still running. Session 4, linked to scales, with 50 s: deleted.
     */
    private void fourSessions() {
        UUID one = UUID.randomUUID();
        UUID timed = UUID.randomUUID();
        UUID reset = UUID.randomUUID();
        append(one, created(one, List.of(timed), piano, scales),
               new TimerStarted(fractal, one, timed, T0, alice, T0),
               new TimerStopped(fractal, one, timed, T0.plusSeconds(600), 600, alice, T0),
               new ActivityInstanceAdded(fractal, one, reset, activity, 0, 1, alice, T0),
               new TimerStarted(fractal, one, reset, T0, alice, T0),
               new TimerStopped(fractal, one, reset, T0.plusSeconds(100), 100, alice, T0),
               new TimerReset(fractal, one, reset, alice, T0));
        UUID two = UUID.randomUUID();
        UUID typed = UUID.randomUUID();
        UUID startOnly = UUID.randomUUID();
        append(two, created(two, List.of(typed, startOnly), theory),
               new InstanceTimesSet(fractal, two, typed, T0, T0.plusSeconds(900), 900L, alice, T0),
               new InstanceTimesSet(fractal, two, startOnly, T0, null, null, alice, T0));
        UUID three = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        append(three, created(three, List.of(running), scales),
               new TimerStarted(fractal, three, running, T0, alice, T0));
        UUID four = UUID.randomUUID();
        UUID deletedTime = UUID.randomUUID();
        append(four, created(four, List.of(deletedTime), scales),
               new TimerStarted(fractal, four, deletedTime, T0, alice, T0),
               new TimerStopped(fractal, four, deletedTime, T0.plusSeconds(50), 50, alice, T0),
               new SessionDeleted(fractal, four, alice, T0));
    }

    @Test
    void time_per_goal_counts_timed_instances_and_each_session_once_in_a_subtree() {
        fourSessions();

        Response response = get("goals/time", alice);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.body().get("items");
        assertThat(fieldNames(items.get(0))).containsExactly("goalId", "parentId", "name", "level", "directSeconds",
                                                             "subtreeSeconds", "sessionCount");
        assertThat(items.get(2).get("parentId").asText()).isEqualTo(piano.toString());
        assertThat(items.get(2).get("level").asText()).isEqualTo("MID_TERM");
        // root: sessions 1, 2 and 3 once each = 600 + 900 + 0; piano: session 1 (direct and via scales) + 3 = 600.
        assertThat(rows(items)).containsExactly(tuple(root.toString(), "Become a pianist", 0L, 1500L, 0),
                                                tuple(piano.toString(), "Play well", 600L, 600L, 1),
                                                tuple(scales.toString(), "Scales", 600L, 600L, 2),
                                                tuple(theory.toString(), "Know theory", 900L, 900L, 1));
    }

    @Test
    void a_moved_goal_takes_its_time_to_its_new_ancestors() {
        fourSessions();
        append(fractal, new GoalMoved(fractal, scales, piano, theory, alice, T0),
               new GoalRenamed(fractal, scales, "Scales and arpeggios", alice, T0));

        JsonNode items = get("goals/time", alice).body().get("items");

        // theory: session 2 directly, sessions 1 and 3 through scales = 900 + 600 + 0.
        assertThat(rows(items)).containsExactly(tuple(root.toString(), "Become a pianist", 0L, 1500L, 0),
                                                tuple(piano.toString(), "Play well", 600L, 600L, 1),
                                                tuple(theory.toString(), "Know theory", 900L, 1500L, 1),
                                                tuple(scales.toString(), "Scales and arpeggios", 600L, 600L, 2));
    }

    @Test
    void a_deleted_subtree_disappears_with_its_links_and_cannot_be_linked_again() {
        fourSessions();
        UUID later = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        append(fractal, new GoalDeleted(fractal, piano, List.of(piano, scales), alice, T0));
        append(later, created(later, List.of(instance), theory),
               new InstanceTimesSet(fractal, later, instance, T0, T0.plusSeconds(30), 30L, alice, T0),
               new SessionGoalsLinked(fractal, later, List.of(scales), alice, T0));

        JsonNode items = get("goals/time", alice).body().get("items");

        assertThat(rows(items)).containsExactly(tuple(root.toString(), "Become a pianist", 0L, 930L, 0),
                                                tuple(theory.toString(), "Know theory", 930L, 930L, 2));
        assertThat(jdbc.queryForObject("select count(*) from analytics_goal_link where goal_id = ?", Long.class, scales))
                .isZero();
    }

    @Test
    void unlinking_and_removing_instances_take_their_time_away() {
        fourSessions();
        UUID session = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        append(session, created(session, List.of(kept, removed), piano, theory),
               new InstanceTimesSet(fractal, session, kept, T0, T0.plusSeconds(40), 40L, alice, T0),
               new InstanceTimesSet(fractal, session, removed, T0, T0.plusSeconds(2000), 2000L, alice, T0),
               new ActivityInstanceRemoved(fractal, session, removed, alice, T0),
               new SessionGoalsUnlinked(fractal, session, List.of(piano), alice, T0));

        JsonNode items = get("goals/time", alice).body().get("items");

        assertThat(rows(items)).containsExactly(tuple(root.toString(), "Become a pianist", 0L, 1540L, 0),
                                                tuple(piano.toString(), "Play well", 600L, 600L, 1),
                                                tuple(scales.toString(), "Scales", 600L, 600L, 2),
                                                tuple(theory.toString(), "Know theory", 940L, 940L, 2));
    }

    // ---- completions ----------------------------------------------------------------------------------------

    /**
     * theory completed Saturday 2025-12-20 (2025-W51); piano Sunday 2026-01-04 23:30 UTC, which is Monday 00:30 in
     * Berlin (2026-W02 there, 2026-W01 in UTC); scales completed and opened again.
     */
    private void threeCompletions() {
        append(fractal, new GoalCompleted(fractal, theory, CompletionSource.MANUAL, null, alice,
                                          Instant.parse("2025-12-20T10:00:00Z")),
               new GoalCompleted(fractal, piano, CompletionSource.MANUAL, null, alice, Instant.parse("2026-01-04T23:30:00Z")),
               new GoalCompleted(fractal, scales, CompletionSource.MANUAL, null, alice, Instant.parse("2026-01-02T10:00:00Z")),
               new GoalUncompleted(fractal, scales, alice, Instant.parse("2026-01-03T10:00:00Z")));
    }

    @Test
    void completions_by_iso_week_in_the_callers_zone_with_the_rate_of_each_level() {
        threeCompletions();

        Response response = get("goals/completions?bucket=week&tz=Europe/Berlin", alice);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(fieldNames(body)).containsExactly("timeline", "periods", "levels");
        assertThat(body.get("timeline")).extracting(item -> item.get("goalId").asText(), item -> item.get("name").asText(),
                                                    item -> item.get("level").asText(),
                                                    item -> item.get("completedAt").asText())
                                        .containsExactly(tuple(theory.toString(), "Know theory", "LONG_TERM",
                                                               "2025-12-20T10:00:00Z"),
                                                         tuple(piano.toString(), "Play well", "LONG_TERM",
                                                               "2026-01-04T23:30:00Z"));
        assertThat(body.get("periods")).extracting(item -> item.get("period").asText(), item -> item.get("start").asText(),
                                                   item -> item.get("count").asInt())
                                       .containsExactly(tuple("2025-W51", "2025-12-15", 1),
                                                        tuple("2025-W52", "2025-12-22", 0),
                                                        tuple("2026-W01", "2025-12-29", 0),
                                                        tuple("2026-W02", "2026-01-05", 1));
        assertThat(body.get("levels")).extracting(item -> item.get("level").asText(), item -> item.get("total").asInt(),
                                                  item -> item.get("completed").asInt(),
                                                  item -> item.get("rate").asDouble())
                                      .containsExactly(tuple("ULTIMATE", 1, 0, 0.0),
                                                       tuple("LONG_TERM", 2, 2, 1.0),
                                                       tuple("MID_TERM", 1, 0, 0.0));
    }

    @Test
    void completions_by_month_default_to_utc_and_a_deleted_goal_leaves_them() {
        threeCompletions();
        append(fractal, new GoalDeleted(fractal, theory, List.of(theory), alice, T0));

        JsonNode body = get("goals/completions?bucket=month&tz=", alice).body();

        assertThat(body.get("timeline")).extracting(item -> item.get("goalId").asText()).containsExactly(piano.toString());
        assertThat(body.get("periods")).extracting(item -> item.get("period").asText(), item -> item.get("start").asText(),
                                                   item -> item.get("count").asInt())
                                       .containsExactly(tuple("2026-01", "2026-01-01", 1));
        assertThat(body.get("levels")).extracting(item -> item.get("level").asText(), item -> item.get("total").asInt(),
                                                  item -> item.get("completed").asInt())
                                      .containsExactly(tuple("ULTIMATE", 1, 0), tuple("LONG_TERM", 1, 1),
                                                       tuple("MID_TERM", 1, 0));
    }

    // ---- access, parameters, idempotency, deletion and erasure ----------------------------------------------

    @Test
    void another_users_fractal_is_404() {
        for (String path : List.of("goals/time", "goals/completions?bucket=week")) {
            Response response = get(path, bob);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body().get("detail").asText()).isEqualTo("Fractal not found");
        }
    }

    @Test
    void an_unknown_bucket_or_zone_is_400_naming_the_parameter() {
        Response bucket = get("goals/completions?bucket=day", alice);
        Response upperCase = get("goals/completions?bucket=WEEK", alice);
        Response zone = get("goals/completions?bucket=week&tz=Mars/Olympus", alice);

        assertThat(bucket.status()).isEqualTo(400);
        assertThat(bucket.body().get("errors").get(0).get("field").asText()).isEqualTo("bucket");
        assertThat(upperCase.status()).isEqualTo(400);
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.body().get("errors").get(0).get("field").asText()).isEqualTo("tz");
    }

    @Test
    void redelivering_every_event_changes_nothing() {
        fourSessions();
        threeCompletions();
        append(fractal, new GoalMoved(fractal, scales, piano, theory, alice, T0));
        JsonNode time = get("goals/time", alice).body();
        JsonNode completions = get("goals/completions?bucket=week", alice).body();

        appended.forEach(event -> redeliver(event.getKey(), event.getValue()));

        assertThat(get("goals/time", alice).body()).isEqualTo(time);
        assertThat(get("goals/completions?bucket=week", alice).body()).isEqualTo(completions);
    }

    @Test
    void a_deleted_fractal_leaves_no_row_and_a_late_session_of_it_is_not_kept() {
        fourSessions();
        append(fractal, new FractalDeleted(fractal, alice, T0));
        UUID late = UUID.randomUUID();
        append(late, created(late, List.of(), root));
        await();

        assertThat(rowsOf(fractal)).containsEntry("analytics_goal_session", 0L)
                                   .containsEntry("analytics_goal_goal", 0L)
                                   .containsEntry("analytics_goal_link", 0L)
                                   .containsEntry("analytics_goal_fractal", 1L);
        assertThat(get("goals/time", alice).status()).isEqualTo(404);
    }

    @Test
    void an_erased_account_leaves_no_row_of_its_fractals_and_keeps_the_others() {
        fourSessions();
        UUID bobsFractal = UUID.randomUUID();
        UUID bobsSession = UUID.randomUUID();
        append(bobsFractal, new FractalCreated(bobsFractal, bob, T0),
               new GoalCreated(bobsFractal, bobsFractal, null, GoalLevel.ULTIMATE, "Bob's", null, null, null, bob, T0));
        append(bobsSession, new SessionCreated(bobsFractal, bobsSession, null, null, null, null, T0, null, List.of(),
                                               List.of(bobsFractal), bob, T0));
        await();
        assertThat(rowsOf(fractal).get("analytics_goal_instance")).isEqualTo(5);

        positions.addAll(events.appendTo("Account", AccountEvent.aggregateIdOf(alice), 0,
                                         new AccountErased(alice, T0.plusSeconds(60))).positions());
        await();

        assertThat(rowsOf(fractal)).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(rowsOf(bobsFractal)).containsEntry("analytics_goal_goal", 1L)
                                       .containsEntry("analytics_goal_session", 1L)
                                       .containsEntry("analytics_goal_link", 1L);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private SessionCreated created(UUID session, List<UUID> instances, UUID... goals) {
        List<SessionInstance> planned = instances.stream().map(id -> new SessionInstance(id, activity)).toList();
        return new SessionCreated(fractal, session, "Practice", null, null, null, T0, null,
                                  List.of(new SessionSection("Main", null, planned)), List.of(goals), alice, T0);
    }

    private void append(UUID aggregate, OwnedEvent... owned) {
        long first = nextSequence.getOrDefault(aggregate, 0L);
        positions.addAll(events.append(aggregate, first, owned).positions());
        for (OwnedEvent event : owned) {
            appended.add(Map.entry(event, first++));
        }
        nextSequence.put(aggregate, first);
    }

    private void redeliver(OwnedEvent event, long sequence) {
        switch (event) {
            case GoalCreated e -> projection.on(e, sequence);
            case GoalRenamed e -> projection.on(e, sequence);
            case GoalMoved e -> projection.on(e, sequence);
            case GoalCompleted e -> projection.on(e, sequence);
            case GoalUncompleted e -> projection.on(e, sequence);
            case GoalDeleted e -> projection.on(e, sequence);
            case FractalDeleted e -> projection.on(e, sequence);
            case SessionCreated e -> projection.on(e, sequence);
            case SessionGoalsLinked e -> projection.on(e, sequence);
            case SessionGoalsUnlinked e -> projection.on(e, sequence);
            case SessionDeleted e -> projection.on(e, sequence);
            case ActivityInstanceAdded e -> projection.on(e, sequence);
            case ActivityInstanceRemoved e -> projection.on(e, sequence);
            case TimerStarted e -> projection.on(e, sequence);
            case TimerStopped e -> projection.on(e, sequence);
            case TimerReset e -> projection.on(e, sequence);
            case InstanceTimesSet e -> projection.on(e, sequence);
            case GoalEvent e -> {
                // FractalCreated: the goal analytics learn of a fractal from its goals.
            }
            case SessionEvent e -> throw new IllegalStateException("not written by this test: " + e);
            default -> throw new IllegalStateException("not written by this test: " + event);
        }
    }

    private Response get(String path, String user) {
        return api.get("/api/v1/fractals/" + fractal + "/analytics/" + path).token(TestTokens.forUser(user))
                  .header(ConsistencyToken.HEADER, ConsistencyToken.of(positions).encode()).send();
    }

    /** Waits for this read model to apply everything written, for checks that read its tables. */
    private void await() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!gate.await(ConsistencyToken.of(positions), List.of(GoalAnalyticsProjection.GROUP))) {
            assertThat(System.nanoTime()).as("the read model caught up in time").isLessThan(deadline);
        }
    }

    private Map<String, Long> rowsOf(UUID fractalId) {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("analytics_goal_fractal", "analytics_goal_goal", "analytics_goal_removed_goal",
                                    "analytics_goal_session", "analytics_goal_link")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table + " where fractal_id = ?", Long.class,
                                                  fractalId));
        }
        counts.put("analytics_goal_instance", jdbc.queryForObject(
                "select count(*) from analytics_goal_instance i join analytics_goal_session s on s.id = i.session_id "
                + "where s.fractal_id = ?", Long.class, fractalId));
        return counts;
    }

    private static List<org.assertj.core.groups.Tuple> rows(JsonNode items) {
        List<org.assertj.core.groups.Tuple> rows = new ArrayList<>();
        items.forEach(item -> rows.add(tuple(item.get("goalId").asText(), item.get("name").asText(),
                                             item.get("directSeconds").asLong(), item.get("subtreeSeconds").asLong(),
                                             item.get("sessionCount").asInt())));
        return rows;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
