package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.query.FixedClockConfiguration;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's handlers called directly, against the real read-model tables. */
class GoalTreeProjectionTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant NOW = FixedClockConfiguration.NOW;

    @Autowired
    private GoalTreeProjection projection;
    @Autowired
    private GoalTreeRepository repository;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Clock clock;

    private final String owner = TestTokens.newUserId();

    /** One fractal's events, applied with consecutive sequence numbers and remembered for redelivery. */
    private final class Fractal {

        final UUID id = UUID.randomUUID();
        final List<Map.Entry<GoalEvent, Long>> applied = new ArrayList<>();
        long next;

        Fractal(String name, Instant at) {
            this(name, GoalLevel.ULTIMATE, at);
        }

        Fractal(String name, GoalLevel level, Instant at) {
            apply(new FractalCreated(id, owner, at));
            apply(new GoalCreated(id, id, null, level, name, null, null, null, owner, at));
        }

        UUID goal(UUID parent, GoalLevel level, String name, Instant at) {
            UUID goalId = UUID.randomUUID();
            apply(new GoalCreated(id, goalId, parent, level, name, null, null, null, owner, at));
            return goalId;
        }

        /** Applies the event; answers its sequence number. */
        long apply(GoalEvent event) {
            long sequence = next++;
            deliver(event, sequence);
            applied.add(Map.entry(event, sequence));
            return sequence;
        }

        void redeliverAll() {
            applied.forEach(entry -> deliver(entry.getKey(), entry.getValue()));
        }

        GoalTreeView view() {
            return repository.goalTree(owner, id).orElseThrow();
        }

        GoalNode node(UUID goalId) {
            return find(view().root(), goalId);
        }

        FractalSummary summary() {
            return repository.fractals(owner, 200, null).items().stream().filter(f -> f.id().equals(id)).findFirst()
                             .orElseThrow();
        }
    }

    private void deliver(GoalEvent event, long sequence) {
        switch (event) {
            case FractalCreated e -> projection.on(e, sequence);
            case FractalDeleted e -> projection.on(e, sequence);
            case GoalCreated e -> projection.on(e, sequence);
            case GoalRenamed e -> projection.on(e, sequence);
            case GoalDescriptionChanged e -> projection.on(e, sequence);
            case GoalDeadlineChanged e -> projection.on(e, sequence);
            case GoalRelevanceChanged e -> projection.on(e, sequence);
            case GoalMoved e -> projection.on(e, sequence);
            case GoalDeleted e -> projection.on(e, sequence);
            case GoalCompleted e -> projection.on(e, sequence);
            case GoalUncompleted e -> projection.on(e, sequence);
            case TargetAdded e -> projection.on(e, sequence);
            case TargetChanged e -> projection.on(e, sequence);
            case TargetRemoved e -> projection.on(e, sequence);
            case TargetAchieved e -> projection.on(e, sequence);
            case TargetReopened e -> projection.on(e, sequence);
            default -> throw new IllegalArgumentException("No handler in this test for " + event.getClass());
        }
    }

    private static GoalNode find(GoalNode node, UUID goalId) {
        if (node.id().equals(goalId)) {
            return node;
        }
        return node.children().stream().map(child -> find(child, goalId)).filter(found -> found != null).findFirst()
                   .orElse(null);
    }

    private UUID fractal(String name, Instant at) {
        return new Fractal(name, at).id;
    }

    private static Threshold threshold(ComparisonOperator operator, String value) {
        return new Threshold(UUID.randomUUID(), operator, new BigDecimal(value));
    }

    private int targetRows(UUID fractalId) {
        return jdbc.queryForObject("select count(*) from goal_target where fractal_id = ?", Integer.class, fractalId);
    }

    @Test
    void builds_the_nested_tree_with_children_in_creation_order() {
        UUID root = fractal("Music", T0);
        UUID second = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID grandchild = UUID.randomUUID();
        projection.on(new GoalCreated(root, first, root, GoalLevel.LONG_TERM, "Piano", "keys", LocalDate.parse("2030-01-01"),
                                      "joy", owner, T0.plusSeconds(1)), 2);
        projection.on(new GoalCreated(root, second, root, GoalLevel.MID_TERM, "Guitar", null, null, null, owner,
                                      T0.plusSeconds(2)), 3);
        projection.on(new GoalCreated(root, grandchild, first, GoalLevel.NANO, "Scale", null, null, null, owner,
                                      T0.plusSeconds(3)), 4);

        GoalTreeView view = repository.goalTree(owner, root).orElseThrow();

        assertThat(view.version()).isEqualTo(4);
        assertThat(view.root().name()).isEqualTo("Music");
        assertThat(view.root().children()).extracting(GoalNode::id).containsExactly(first, second);
        GoalNode piano = view.root().children().getFirst();
        assertThat(piano.smart()).isEqualTo(new GoalNode.Smart(true, false, false, true, true));
        assertThat(piano.children()).extracting(GoalNode::id).containsExactly(grandchild);
        assertThat(piano.children().getFirst().parentId()).isEqualTo(first);
    }

    @Test
    void children_created_at_the_same_time_are_ordered_by_id() {
        Fractal fractal = new Fractal("Ties", T0);
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        fractal.apply(new GoalCreated(fractal.id, high, fractal.id, GoalLevel.LONG_TERM, "High", null, null, null, owner, T0));
        fractal.apply(new GoalCreated(fractal.id, low, fractal.id, GoalLevel.LONG_TERM, "Low", null, null, null, owner, T0));

        assertThat(fractal.view().root().children()).extracting(GoalNode::id).containsExactly(low, high);
    }

    @Test
    void a_new_goal_has_its_version_no_completion_no_targets_and_an_age_from_the_clock() {
        // The fixed clock stands at T0 + 10 days - 1 second.
        assertThat(NOW).isEqualTo(T0.plus(Duration.ofDays(10)).minusSeconds(1));
        Fractal fractal = new Fractal("Age", T0);
        UUID dayOld = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Day", T0.plus(Duration.ofDays(1)));
        UUID justNow = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Just now", NOW.minusSeconds(1));
        UUID aheadOfClock = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Ahead", NOW.plusSeconds(3600));

        GoalNode root = fractal.view().root();
        assertThat(root.ageDays()).isEqualTo(9);
        assertThat(fractal.node(dayOld).ageDays()).isEqualTo(8);
        assertThat(fractal.node(justNow).ageDays()).isZero();
        assertThat(fractal.node(aheadOfClock).ageDays()).isZero();

        GoalNode day = fractal.node(dayOld);
        assertThat(day.version()).isEqualTo(2);
        assertThat(day.level()).isEqualTo(GoalLevel.LONG_TERM);
        assertThat(day.createdAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(day.completed()).isFalse();
        assertThat(day.completedAt()).isNull();
        assertThat(day.completionSource()).isNull();
        assertThat(day.targets()).isEmpty();
        assertThat(day.smart()).isEqualTo(new GoalNode.Smart(false, false, false, false, false));
        assertThat(day.subtreeGoalCount()).isEqualTo(1);
        assertThat(day.subtreeCompletedCount()).isZero();
        assertThat(day.percentComplete()).isZero();
        assertThat(day.children()).isEmpty();
        assertThat(root.version()).isEqualTo(1);
        assertThat(root.subtreeGoalCount()).isEqualTo(4);
    }

    @Test
    void edits_set_their_field_and_move_the_goal_version_the_fractal_version_and_its_update_time() {
        Fractal fractal = new Fractal("Edits", T0);
        UUID goal = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Old name", T0);
        UUID other = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Other", T0);

        fractal.apply(new GoalRenamed(fractal.id, goal, "New name", owner, T0.plusSeconds(10)));
        fractal.apply(new GoalDescriptionChanged(fractal.id, goal, "Precise", owner, T0.plusSeconds(11)));
        fractal.apply(new GoalDeadlineChanged(fractal.id, goal, LocalDate.parse("2027-06-30"), owner, T0.plusSeconds(12)));
        long last = fractal.apply(new GoalRelevanceChanged(fractal.id, goal, "Because", owner, T0.plusSeconds(13)));

        GoalNode edited = fractal.node(goal);
        assertThat(edited.name()).isEqualTo("New name");
        assertThat(edited.description()).isEqualTo("Precise");
        assertThat(edited.deadline()).isEqualTo(LocalDate.parse("2027-06-30"));
        assertThat(edited.relevance()).isEqualTo("Because");
        assertThat(edited.smart()).isEqualTo(new GoalNode.Smart(true, false, false, true, true));
        assertThat(edited.version()).isEqualTo(last);
        assertThat(fractal.node(other).version()).isEqualTo(3);
        assertThat(fractal.view().version()).isEqualTo(last);
        assertThat(fractal.summary().updatedAt()).isEqualTo(T0.plusSeconds(13));
        assertThat(fractal.summary().createdAt()).isEqualTo(T0);

        fractal.apply(new GoalDescriptionChanged(fractal.id, goal, null, owner, T0.plusSeconds(20)));
        fractal.apply(new GoalDeadlineChanged(fractal.id, goal, null, owner, T0.plusSeconds(21)));
        long cleared = fractal.apply(new GoalRelevanceChanged(fractal.id, goal, null, owner, T0.plusSeconds(22)));

        GoalNode clearedNode = fractal.node(goal);
        assertThat(clearedNode.description()).isNull();
        assertThat(clearedNode.deadline()).isNull();
        assertThat(clearedNode.relevance()).isNull();
        assertThat(clearedNode.smart()).isEqualTo(new GoalNode.Smart(false, false, false, false, false));
        assertThat(clearedNode.version()).isEqualTo(cleared);
    }

    @Test
    void subtree_counts_and_percent_complete_include_the_goal_and_all_its_descendants() {
        Fractal fractal = new Fractal("Counts", T0);
        UUID a = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "A", T0.plusSeconds(1));
        UUID b = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "B", T0.plusSeconds(2));
        UUID a1 = fractal.goal(a, GoalLevel.MID_TERM, "A1", T0.plusSeconds(3));
        UUID a2 = fractal.goal(a, GoalLevel.MID_TERM, "A2", T0.plusSeconds(4));

        fractal.apply(new GoalCompleted(fractal.id, a1, CompletionSource.MANUAL, null, owner, T0.plusSeconds(5)));

        GoalNode root = fractal.view().root();
        assertThat(root.subtreeGoalCount()).isEqualTo(5);
        assertThat(root.subtreeCompletedCount()).isEqualTo(1);
        assertThat(root.percentComplete()).isEqualTo(20);
        assertThat(fractal.node(a)).extracting(GoalNode::subtreeGoalCount, GoalNode::subtreeCompletedCount,
                                               GoalNode::percentComplete).containsExactly(3, 1, 33);
        assertThat(fractal.node(a1)).extracting(GoalNode::subtreeGoalCount, GoalNode::subtreeCompletedCount,
                                                GoalNode::percentComplete).containsExactly(1, 1, 100);
        assertThat(fractal.node(b)).extracting(GoalNode::subtreeGoalCount, GoalNode::subtreeCompletedCount,
                                               GoalNode::percentComplete).containsExactly(1, 0, 0);

        fractal.apply(new GoalCompleted(fractal.id, a2, CompletionSource.MANUAL, null, owner, T0.plusSeconds(6)));

        assertThat(fractal.node(a).percentComplete()).isEqualTo(67);
        assertThat(fractal.view().root().percentComplete()).isEqualTo(40);
        assertThat(fractal.summary().goalCount()).isEqualTo(5);
        assertThat(fractal.summary().completedGoalCount()).isEqualTo(2);
    }

    @Test
    void completion_records_time_and_source_and_uncompletion_clears_them() {
        Fractal fractal = new Fractal("Done", T0);
        UUID goal = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Goal", T0);

        long completed = fractal.apply(new GoalCompleted(fractal.id, goal, CompletionSource.TARGETS, UUID.randomUUID(),
                                                         owner, T0.plusSeconds(60)));

        GoalNode done = fractal.node(goal);
        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(done.completionSource()).isEqualTo(CompletionSource.TARGETS);
        assertThat(done.version()).isEqualTo(completed);

        long reopened = fractal.apply(new GoalUncompleted(fractal.id, goal, owner, T0.plusSeconds(120)));

        GoalNode open = fractal.node(goal);
        assertThat(open.completed()).isFalse();
        assertThat(open.completedAt()).isNull();
        assertThat(open.completionSource()).isNull();
        assertThat(open.version()).isEqualTo(reopened);

        fractal.apply(new GoalCompleted(fractal.id, goal, CompletionSource.MANUAL, null, owner, T0.plusSeconds(180)));
        assertThat(fractal.node(goal).completionSource()).isEqualTo(CompletionSource.MANUAL);
        assertThat(fractal.node(goal).completedAt()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void a_moved_goal_takes_its_subtree_to_the_new_parent() {
        Fractal fractal = new Fractal("Moves", T0);
        UUID a = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "A", T0.plusSeconds(1));
        UUID b = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "B", T0.plusSeconds(2));
        UUID earlier = fractal.goal(b, GoalLevel.MID_TERM, "Earlier", T0.plusSeconds(3));
        UUID moved = fractal.goal(a, GoalLevel.MID_TERM, "Moved", T0.plusSeconds(4));
        UUID carried = fractal.goal(moved, GoalLevel.SHORT_TERM, "Carried", T0.plusSeconds(5));
        fractal.apply(new GoalCompleted(fractal.id, carried, CompletionSource.MANUAL, null, owner, T0.plusSeconds(6)));
        long aVersion = fractal.node(a).version();
        long bVersion = fractal.node(b).version();

        long move = fractal.apply(new GoalMoved(fractal.id, moved, a, b, owner, T0.plusSeconds(7)));

        GoalNode movedNode = fractal.node(moved);
        assertThat(movedNode.parentId()).isEqualTo(b);
        assertThat(movedNode.version()).isEqualTo(move);
        assertThat(movedNode.children()).extracting(GoalNode::id).containsExactly(carried);
        assertThat(fractal.node(b).children()).extracting(GoalNode::id).containsExactly(earlier, moved);
        assertThat(fractal.node(a).children()).isEmpty();
        assertThat(fractal.node(a)).extracting(GoalNode::subtreeGoalCount, GoalNode::percentComplete).containsExactly(1, 0);
        assertThat(fractal.node(b)).extracting(GoalNode::subtreeGoalCount, GoalNode::subtreeCompletedCount,
                                               GoalNode::percentComplete).containsExactly(4, 1, 25);
        assertThat(fractal.node(a).version()).isEqualTo(aVersion);
        assertThat(fractal.node(b).version()).isEqualTo(bVersion);
        assertThat(fractal.view().version()).isEqualTo(move);
    }

    @Test
    void deleting_a_goal_removes_it_its_descendants_and_their_targets() {
        Fractal fractal = new Fractal("Prune", T0);
        UUID a = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "A", T0.plusSeconds(1));
        UUID kept = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Kept", T0.plusSeconds(2));
        UUID a1 = fractal.goal(a, GoalLevel.MID_TERM, "A1", T0.plusSeconds(3));
        UUID a1x = fractal.goal(a1, GoalLevel.SHORT_TERM, "A1x", T0.plusSeconds(4));
        fractal.apply(new TargetAdded(fractal.id, a1x, UUID.randomUUID(), "Gone", null, List.of(), owner, T0.plusSeconds(5)));
        UUID keptTarget = UUID.randomUUID();
        fractal.apply(new TargetAdded(fractal.id, kept, keptTarget, "Stays", null, List.of(), owner, T0.plusSeconds(6)));
        assertThat(targetRows(fractal.id)).isEqualTo(2);

        long deleted = fractal.apply(new GoalDeleted(fractal.id, a, List.of(a, a1, a1x), owner, T0.plusSeconds(7)));

        GoalTreeView view = fractal.view();
        assertThat(view.version()).isEqualTo(deleted);
        assertThat(view.root().children()).extracting(GoalNode::id).containsExactly(kept);
        assertThat(view.root().subtreeGoalCount()).isEqualTo(2);
        assertThat(targetRows(fractal.id)).isEqualTo(1);
        assertThat(fractal.node(kept).targets()).extracting(TargetView::id).containsExactly(keptTarget);
        assertThat(repository.goal(owner, fractal.id, a1)).isEmpty();
        assertThat(fractal.summary().goalCount()).isEqualTo(2);
        assertThat(fractal.summary().updatedAt()).isEqualTo(T0.plusSeconds(7));
    }

    @Test
    void deleting_a_fractal_removes_everything_in_it_for_good() {
        Fractal fractal = new Fractal("Doomed", T0);
        UUID goal = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Goal", T0);
        fractal.apply(new TargetAdded(fractal.id, goal, UUID.randomUUID(), "Target", null, List.of(), owner, T0));
        Fractal survivor = new Fractal("Survivor", T0);

        fractal.apply(new FractalDeleted(fractal.id, owner, T0.plusSeconds(60)));

        assertThat(repository.goalTree(owner, fractal.id)).isEmpty();
        assertThat(repository.goal(owner, fractal.id, goal)).isEmpty();
        assertThat(repository.selection(owner, fractal.id, 50, null)).isEmpty();
        assertThat(repository.isOwnedBy(fractal.id, owner)).isFalse();
        assertThat(repository.fractals(owner, 200, null).items()).extracting(FractalSummary::id)
                                                                 .containsExactly(survivor.id);
        assertThat(jdbc.queryForObject("select count(*) from goal where fractal_id = ?", Integer.class, fractal.id)).isZero();
        assertThat(targetRows(fractal.id)).isZero();

        // Redelivery of the whole history, the creation included, does not bring it back.
        fractal.redeliverAll();

        assertThat(repository.goalTree(owner, fractal.id)).isEmpty();
        assertThat(repository.isOwnedBy(fractal.id, owner)).isFalse();
        assertThat(targetRows(fractal.id)).isZero();
        assertThat(survivor.view().root().name()).isEqualTo("Survivor");
    }

    @Test
    void targets_follow_add_change_achieve_reopen_and_remove() {
        Fractal fractal = new Fractal("Targets", T0);
        UUID goal = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "Run", T0);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        Threshold distance = threshold(ComparisonOperator.GTE, "10.5");
        Threshold pace = threshold(ComparisonOperator.LT, "6");

        fractal.apply(new TargetAdded(fractal.id, goal, first, "10 k", activity, List.of(distance, pace), owner,
                                      T0.plusSeconds(1)));
        long added = fractal.apply(new TargetAdded(fractal.id, goal, second, "Often", null, null, owner, T0.plusSeconds(2)));

        GoalNode node = fractal.node(goal);
        assertThat(node.version()).isEqualTo(added);
        assertThat(node.smart().measurable()).isTrue();
        assertThat(node.targets()).extracting(TargetView::id).containsExactly(first, second);
        TargetView target = node.targets().getFirst();
        assertThat(target.name()).isEqualTo("10 k");
        assertThat(target.activityId()).isEqualTo(activity);
        assertThat(target.achieved()).isFalse();
        assertThat(target.achievedAt()).isNull();
        assertThat(target.achievedInSessionId()).isNull();
        assertThat(target.thresholds()).hasSize(2);
        assertThat(target.thresholds().getFirst().metricId()).isEqualTo(distance.metricId());
        assertThat(target.thresholds().getFirst().operator()).isEqualTo(ComparisonOperator.GTE);
        assertThat(target.thresholds().getFirst().value()).isEqualByComparingTo("10.5");
        assertThat(target.thresholds().get(1).operator()).isEqualTo(ComparisonOperator.LT);
        assertThat(target.thresholds().get(1).value()).isEqualByComparingTo("6");
        assertThat(node.targets().get(1).thresholds()).isEmpty();

        UUID session = UUID.randomUUID();
        long achieved = fractal.apply(new TargetAchieved(fractal.id, goal, first, session, UUID.randomUUID(), owner,
                                                         T0.plusSeconds(30)));
        target = fractal.node(goal).targets().getFirst();
        assertThat(target.achieved()).isTrue();
        assertThat(target.achievedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(target.achievedInSessionId()).isEqualTo(session);
        assertThat(fractal.node(goal).version()).isEqualTo(achieved);

        Threshold longer = threshold(ComparisonOperator.EQ, "21.0975");
        long changed = fractal.apply(new TargetChanged(fractal.id, goal, first, "Half marathon", null, List.of(longer),
                                                       owner, T0.plusSeconds(40)));
        target = fractal.node(goal).targets().getFirst();
        assertThat(target.name()).isEqualTo("Half marathon");
        assertThat(target.activityId()).isNull();
        assertThat(target.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.metricId()).isEqualTo(longer.metricId());
            assertThat(t.operator()).isEqualTo(ComparisonOperator.EQ);
            assertThat(t.value()).isEqualByComparingTo("21.0975");
        });
        assertThat(target.achieved()).as("a change keeps the achievement").isTrue();
        assertThat(target.achievedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(target.achievedInSessionId()).isEqualTo(session);
        assertThat(fractal.node(goal).version()).isEqualTo(changed);

        long reopened = fractal.apply(new TargetReopened(fractal.id, goal, first, ReopenCause.GOAL_UNCOMPLETED, owner, T0.plusSeconds(41)));
        target = fractal.node(goal).targets().getFirst();
        assertThat(target.achieved()).isFalse();
        assertThat(target.achievedAt()).isNull();
        assertThat(target.achievedInSessionId()).isNull();
        assertThat(fractal.node(goal).version()).isEqualTo(reopened);

        long removed = fractal.apply(new TargetRemoved(fractal.id, goal, second, owner, T0.plusSeconds(50)));
        assertThat(fractal.node(goal).targets()).extracting(TargetView::id).containsExactly(first);
        assertThat(fractal.node(goal).version()).isEqualTo(removed);

        fractal.apply(new TargetRemoved(fractal.id, goal, first, owner, T0.plusSeconds(51)));
        assertThat(fractal.node(goal).targets()).isEmpty();
        assertThat(fractal.node(goal).smart().measurable()).isFalse();
        assertThat(fractal.summary().updatedAt()).isEqualTo(T0.plusSeconds(51));
    }

    @Test
    void redelivered_events_change_nothing() {
        UUID root = fractal("Once", T0);
        GoalCreated child = new GoalCreated(root, UUID.randomUUID(), root, GoalLevel.LONG_TERM, "Child", null, null, null,
                                            owner, T0);
        projection.on(child, 2);
        projection.on(child, 2);
        projection.on(new FractalCreated(root, owner, T0.plusSeconds(60)), 0);
        projection.on(new GoalCreated(root, root, null, GoalLevel.ULTIMATE, "Renamed?", null, null, null, owner, T0), 1);

        GoalTreeView view = repository.goalTree(owner, root).orElseThrow();
        assertThat(view.root().name()).isEqualTo("Once");
        assertThat(view.root().children()).hasSize(1);
        assertThat(view.version()).isEqualTo(2);
        assertThat(repository.fractals(owner, 10, null).items()).singleElement()
                                                                .satisfies(f -> assertThat(f.createdAt()).isEqualTo(T0));
    }

    @Test
    void redelivering_every_event_type_changes_nothing() {
        Fractal fractal = new Fractal("History", T0);
        UUID a = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "A", T0.plusSeconds(1));
        UUID b = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "B", T0.plusSeconds(2));
        UUID a1 = fractal.goal(a, GoalLevel.MID_TERM, "A1", T0.plusSeconds(3));
        UUID doomed = fractal.goal(b, GoalLevel.MID_TERM, "Doomed", T0.plusSeconds(4));
        UUID kept = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        fractal.apply(new GoalRenamed(fractal.id, a, "A renamed", owner, T0.plusSeconds(5)));
        fractal.apply(new GoalDescriptionChanged(fractal.id, a, "Described", owner, T0.plusSeconds(6)));
        fractal.apply(new GoalDeadlineChanged(fractal.id, a, LocalDate.parse("2028-01-01"), owner, T0.plusSeconds(7)));
        fractal.apply(new GoalRelevanceChanged(fractal.id, a, "Relevant", owner, T0.plusSeconds(8)));
        fractal.apply(new TargetAdded(fractal.id, a1, kept, "Kept", null, List.of(threshold(ComparisonOperator.GT, "1")),
                                      owner, T0.plusSeconds(9)));
        fractal.apply(new TargetAdded(fractal.id, a1, dropped, "Dropped", null, List.of(), owner, T0.plusSeconds(10)));
        fractal.apply(new TargetAchieved(fractal.id, a1, kept, UUID.randomUUID(), UUID.randomUUID(), owner,
                                         T0.plusSeconds(11)));
        fractal.apply(new TargetReopened(fractal.id, a1, kept, ReopenCause.GOAL_UNCOMPLETED, owner, T0.plusSeconds(12)));
        fractal.apply(new TargetChanged(fractal.id, a1, kept, "Kept, changed", null,
                                        List.of(threshold(ComparisonOperator.LTE, "2")), owner, T0.plusSeconds(13)));
        fractal.apply(new TargetAchieved(fractal.id, a1, kept, UUID.randomUUID(), UUID.randomUUID(), owner,
                                         T0.plusSeconds(14)));
        fractal.apply(new TargetRemoved(fractal.id, a1, dropped, owner, T0.plusSeconds(15)));
        fractal.apply(new GoalCompleted(fractal.id, a1, CompletionSource.TARGETS, UUID.randomUUID(), owner,
                                        T0.plusSeconds(16)));
        fractal.apply(new GoalCompleted(fractal.id, b, CompletionSource.MANUAL, null, owner, T0.plusSeconds(17)));
        fractal.apply(new GoalUncompleted(fractal.id, b, owner, T0.plusSeconds(18)));
        fractal.apply(new GoalMoved(fractal.id, a1, a, b, owner, T0.plusSeconds(19)));
        fractal.apply(new GoalDeleted(fractal.id, doomed, List.of(doomed), owner, T0.plusSeconds(20)));
        GoalTreeView before = fractal.view();
        FractalSummary summaryBefore = fractal.summary();
        GoalDetail detailBefore = repository.goal(owner, fractal.id, a1).orElseThrow();

        fractal.redeliverAll();
        // An old sequence number with different content is skipped as well.
        deliver(new GoalRenamed(fractal.id, a, "Stale", owner, T0.plusSeconds(99)), 5);
        deliver(new TargetAdded(fractal.id, a1, dropped, "Dropped", null, List.of(), owner, T0.plusSeconds(99)), 10);
        deliver(new GoalUncompleted(fractal.id, a1, owner, T0.plusSeconds(99)), 16);

        assertThat(fractal.view()).isEqualTo(before);
        assertThat(fractal.summary()).isEqualTo(summaryBefore);
        assertThat(repository.goal(owner, fractal.id, a1)).hasValue(detailBefore);
        assertThat(before.version()).isEqualTo(fractal.next - 1);
        assertThat(before.root().subtreeGoalCount()).isEqualTo(4);
        assertThat(find(before.root(), a1).parentId()).isEqualTo(b);
        assertThat(find(before.root(), a1).targets()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Kept, changed");
            assertThat(t.achieved()).isTrue();
        });
        assertThat(find(before.root(), a).name()).isEqualTo("A renamed");
    }

    @Test
    void a_goal_alone_has_its_child_and_ancestor_ids() {
        Fractal fractal = new Fractal("Detail", T0);
        UUID a = fractal.goal(fractal.id, GoalLevel.LONG_TERM, "A", T0.plusSeconds(1));
        UUID a1 = fractal.goal(a, GoalLevel.MID_TERM, "A1", T0.plusSeconds(2));
        UUID later = fractal.goal(a1, GoalLevel.SHORT_TERM, "Later", T0.plusSeconds(4));
        UUID sooner = fractal.goal(a1, GoalLevel.SHORT_TERM, "Sooner", T0.plusSeconds(3));
        fractal.apply(new GoalCompleted(fractal.id, sooner, CompletionSource.MANUAL, null, owner, T0.plusSeconds(5)));
        UUID target = UUID.randomUUID();
        long version = fractal.apply(new TargetAdded(fractal.id, a1, target, "T", null, List.of(), owner, T0.plusSeconds(6)));
        Fractal other = new Fractal("Other", T0);

        GoalDetail detail = repository.goal(owner, fractal.id, a1).orElseThrow();

        assertThat(detail.id()).isEqualTo(a1);
        assertThat(detail.name()).isEqualTo("A1");
        assertThat(detail.parentId()).isEqualTo(a);
        assertThat(detail.level()).isEqualTo(GoalLevel.MID_TERM);
        assertThat(detail.ancestorIds()).containsExactly(fractal.id, a);
        assertThat(detail.childIds()).containsExactly(sooner, later);
        assertThat(detail.subtreeGoalCount()).isEqualTo(3);
        assertThat(detail.subtreeCompletedCount()).isEqualTo(1);
        assertThat(detail.percentComplete()).isEqualTo(33);
        assertThat(detail.targets()).extracting(TargetView::id).containsExactly(target);
        assertThat(detail.smart().measurable()).isTrue();
        assertThat(detail.version()).isEqualTo(version);
        assertThat(detail.ageDays()).isEqualTo(9);
        assertThat(repository.goal(owner, fractal.id, fractal.id).orElseThrow().ancestorIds()).isEmpty();
        assertThat(repository.goal(owner, other.id, a1)).as("a goal of another fractal").isEmpty();
        assertThat(repository.goal(owner, fractal.id, UUID.randomUUID())).isEmpty();
        assertThat(repository.goal(TestTokens.newUserId(), fractal.id, a1)).isEmpty();
    }

    @Test
    void the_selection_lists_open_short_term_goals_with_their_open_immediate_goals() {
        Fractal fractal = new Fractal("Select", GoalLevel.MID_TERM, T0);
        UUID laterShort = fractal.goal(fractal.id, GoalLevel.SHORT_TERM, "Later", T0.plusSeconds(20));
        UUID firstShort = fractal.goal(fractal.id, GoalLevel.SHORT_TERM, "First", T0.plusSeconds(10));
        UUID doneShort = fractal.goal(fractal.id, GoalLevel.SHORT_TERM, "Done", T0.plusSeconds(15));
        fractal.apply(new GoalCompleted(fractal.id, doneShort, CompletionSource.MANUAL, null, owner, T0.plusSeconds(30)));
        fractal.goal(doneShort, GoalLevel.IMMEDIATE, "Under done", T0.plusSeconds(31));
        UUID openLater = fractal.goal(firstShort, GoalLevel.IMMEDIATE, "Open later", T0.plusSeconds(33));
        UUID openFirst = fractal.goal(firstShort, GoalLevel.IMMEDIATE, "Open first", T0.plusSeconds(32));
        UUID doneImmediate = fractal.goal(firstShort, GoalLevel.IMMEDIATE, "Done immediate", T0.plusSeconds(34));
        fractal.apply(new GoalCompleted(fractal.id, doneImmediate, CompletionSource.MANUAL, null, owner, T0.plusSeconds(35)));
        fractal.goal(openFirst, GoalLevel.MICRO, "Micro", T0.plusSeconds(36));
        fractal.goal(firstShort, GoalLevel.MICRO, "Micro directly", T0.plusSeconds(37));
        fractal.goal(fractal.id, GoalLevel.IMMEDIATE, "Immediate under the root", T0.plusSeconds(38));
        fractal.apply(new GoalDeadlineChanged(fractal.id, firstShort, LocalDate.parse("2026-02-01"), owner, T0.plusSeconds(40)));
        fractal.apply(new GoalDescriptionChanged(fractal.id, firstShort, "Soon", owner, T0.plusSeconds(41)));

        GoalSelection selection = repository.selection(owner, fractal.id, 50, null).orElseThrow();

        assertThat(selection.items()).extracting(GoalSelection.Item::id).containsExactly(firstShort, laterShort);
        GoalSelection.Item first = selection.items().getFirst();
        assertThat(first.name()).isEqualTo("First");
        assertThat(first.level()).isEqualTo(GoalLevel.SHORT_TERM);
        assertThat(first.deadline()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(first.description()).isEqualTo("Soon");
        assertThat(first.immediateGoals()).containsExactly(
                new GoalSelection.ImmediateGoal(openFirst, "Open first", GoalLevel.IMMEDIATE, null),
                new GoalSelection.ImmediateGoal(openLater, "Open later", GoalLevel.IMMEDIATE, null));
        assertThat(selection.items().get(1).immediateGoals()).isEmpty();

        Fractal empty = new Fractal("Nothing to select", T0);
        assertThat(repository.selection(owner, empty.id, 50, null)).hasValue(new GoalSelection(List.of(), null));
        assertThat(repository.selection(TestTokens.newUserId(), fractal.id, 50, null)).isEmpty();
    }

    @Test
    void lists_the_owners_fractals_newest_first_in_pages() {
        UUID oldest = fractal("One", T0);
        UUID middle = fractal("Two", T0.plusSeconds(10));
        UUID newest = fractal("Three", T0.plusSeconds(20));
        String stranger = TestTokens.newUserId();
        UUID foreign = UUID.randomUUID();
        projection.on(new FractalCreated(foreign, stranger, T0.plusSeconds(30)), 0);
        projection.on(new GoalCreated(foreign, foreign, null, GoalLevel.ULTIMATE, "Theirs", null, null, null, stranger, T0), 1);

        FractalPage first = repository.fractals(owner, 2, null);
        assertThat(first.items()).extracting(FractalSummary::id).containsExactly(newest, middle);
        assertThat(first.nextCursor()).isNotNull().matches("[A-Za-z0-9_-]+");

        FractalPage second = repository.fractals(owner, 2, first.nextCursor());
        assertThat(second.items()).extracting(FractalSummary::id).containsExactly(oldest);
        assertThat(second.nextCursor()).isNull();
        assertThat(second.items().getFirst().goalCount()).isEqualTo(1);
        assertThat(second.items().getFirst().updatedAt()).isEqualTo(T0);
    }

    @Test
    void another_users_fractal_is_not_found() {
        UUID root = fractal("Mine", T0);
        String stranger = TestTokens.newUserId();
        assertThat(repository.goalTree(stranger, root)).isEmpty();
        assertThat(repository.goal(stranger, root, root)).isEmpty();
        assertThat(repository.selection(stranger, root, 50, null)).isEmpty();
        assertThat(repository.isOwnedBy(root, owner)).isTrue();
        assertThat(repository.isOwnedBy(root, "someone")).isFalse();
    }

    @Test
    void a_fractal_is_read_with_a_fixed_number_of_statements_whatever_its_size() {
        Fractal fractal = new Fractal("Counted", T0);
        List<UUID> goals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID goal = fractal.goal(fractal.id, GoalLevel.SHORT_TERM, "Goal " + i, T0.plusSeconds(i));
            fractal.apply(new TargetAdded(fractal.id, goal, UUID.randomUUID(), "Target " + i, null, List.of(), owner, T0));
            fractal.goal(goal, GoalLevel.IMMEDIATE, "Step " + i, T0.plusSeconds(i));
            goals.add(goal);
        }
        AtomicInteger statements = new AtomicInteger();
        GoalTreeRepository counted = new GoalTreeRepository(new JdbcTemplate(counting(dataSource, statements)), clock);

        assertThat(counted.goalTree(owner, fractal.id).orElseThrow().root().subtreeGoalCount()).isEqualTo(41);
        assertThat(statements.getAndSet(0)).as("tree: goals, targets").isEqualTo(2);
        assertThat(counted.goal(owner, fractal.id, goals.get(7)).orElseThrow().targets()).hasSize(1);
        assertThat(statements.getAndSet(0)).as("goal: goals, its targets").isEqualTo(2);
        assertThat(counted.selection(owner, fractal.id, 50, null).orElseThrow().items()).hasSize(20);
        assertThat(statements.getAndSet(0)).as("selection: ownership, a page of short-term goals, their immediate goals").isEqualTo(3);
    }

    /** A data source whose connections count the statements they prepare. */
    private static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                                                   (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection) {
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                              (p, m, a) -> {
                    if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                            || m.getName().equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    return invoke(connection, m, a);
                });
            }
            return result;
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
