package org.fractalgoals.query.history;

import org.fractalgoals.events.goal.FindGoalHistory;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalChange;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's handlers called directly, as a redelivering processor would, against the real tables. */
class GoalHistoryProjectionTest extends QueryServiceTest {

    private static final Instant T = Instant.parse("2026-01-07T09:00:00Z");

    @Autowired
    private GoalHistoryProjection projection;
    @Autowired
    private JdbcTemplate jdbc;

    private final String owner = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();
    private final UUID target = UUID.randomUUID();
    private final List<GoalEvent> delivered = new ArrayList<>();

    private void deliver(GoalEvent event, long sequence) {
        switch (event) {
            case FractalCreated e -> projection.on(e, sequence);
            case FractalDeleted e -> projection.on(e, sequence);
            case GoalChange e -> projection.on(e, sequence, owner, null);
        }
    }

    /** Delivers the events with consecutive sequence numbers from where the last call ended. */
    private void apply(GoalEvent... events) {
        for (GoalEvent event : events) {
            deliver(event, delivered.size());
            delivered.add(event);
        }
    }

    private void redeliverAll() {
        for (int sequence = 0; sequence < delivered.size(); sequence++) {
            deliver(delivered.get(sequence), sequence);
        }
    }

    private void redeliver(int... sequences) {
        for (int sequence : sequences) {
            deliver(delivered.get(sequence), sequence);
        }
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("select goal_id, sequence, event_type, actor, change::text as change from goal_history "
                                         + "where fractal_id = ? order by goal_id, sequence", fractal);
    }

    private void aGoalWithATargetRenamedAndRemoved() {
        apply(new FractalCreated(fractal, owner, T),
              new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Root", null, null, null, owner, T),
              new GoalCreated(fractal, goal, fractal, GoalLevel.LONG_TERM, "A", null, null, null, owner, T),
              new GoalRenamed(fractal, goal, "B", owner, T.plusSeconds(1)),
              new TargetAdded(fractal, goal, target, "Target 1", null, List.of(), owner, T.plusSeconds(2)),
              new TargetChanged(fractal, goal, target, "Target 2", null, List.of(), owner, T.plusSeconds(3)),
              new TargetRemoved(fractal, goal, target, owner, T.plusSeconds(4)));
    }

    @Test
    void redelivered_events_change_neither_the_history_nor_the_values_the_next_change_starts_from() {
        aGoalWithATargetRenamedAndRemoved();
        List<Map<String, Object>> before = rows();

        redeliverAll();
        redeliver(2, 4);

        assertThat(rows()).isEqualTo(before);
        apply(new GoalRenamed(fractal, goal, "C", owner, T.plusSeconds(5)));
        GoalHistoryPage page = projection.handle(new FindGoalHistory(
                owner, fractal, goal, 50, null)).orElseThrow();
        assertThat(page.items()).extracting(GoalHistoryEntry::sequence).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(page.items().get(1).change()).isEqualTo(HistoryJson.read("{\"name\": {\"before\": \"A\", \"after\": \"B\"}}"));
        assertThat(page.items().get(4).change()).isEqualTo(
                HistoryJson.read("{\"targetId\": \"" + target + "\", \"name\": \"Target 2\"}"));
        assertThat(page.items().get(5).change()).isEqualTo(HistoryJson.read("{\"name\": {\"before\": \"B\", \"after\": \"C\"}}"));
        assertThat(jdbc.queryForObject("select count(*) from goal_history_target where fractal_id = ?", Integer.class,
                                       fractal)).isZero();
    }

    @Test
    void a_deleted_fractal_leaves_no_history_and_no_redelivered_event_writes_it_again() {
        aGoalWithATargetRenamedAndRemoved();
        apply(new FractalDeleted(fractal, owner, T.plusSeconds(9)));

        redeliverAll();

        assertThat(rows()).isEmpty();
        for (String table : List.of("goal_history_goal", "goal_history_target")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where fractal_id = ?", Integer.class,
                                           fractal)).as(table).isZero();
        }
        assertThat(projection.handle(new FindGoalHistory(owner, fractal, goal, 50, null)))
                .isEmpty();
    }

    @Test
    void the_history_is_answered_to_the_fractals_owner_only() {
        aGoalWithATargetRenamedAndRemoved();

        assertThat(projection.handle(new FindGoalHistory(owner, fractal, goal, 50, null)))
                .isPresent();
        assertThat(projection.handle(new FindGoalHistory(
                TestTokens.newUserId(), fractal, goal, 50, null))).isEmpty();
    }
}
