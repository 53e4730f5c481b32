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
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold alone: a fractal's events in sequence order, seen from different instants. */
class TreeAtInstantTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final String OWNER = "owner";

    private final UUID fractal = UUID.randomUUID();
    private final List<GoalEvent> history = new ArrayList<>();

    private static Instant t(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private void happened(GoalEvent... events) {
        history.addAll(List.of(events));
    }

    private UUID created(int minute, String name) {
        happened(new FractalCreated(fractal, OWNER, t(minute)),
                 new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, name, null, null, null, OWNER, t(minute)));
        return fractal;
    }

    private UUID goal(int minute, UUID parent, GoalLevel level, String name) {
        UUID id = UUID.randomUUID();
        happened(new GoalCreated(fractal, id, parent, level, name, null, null, null, OWNER, t(minute)));
        return id;
    }

    private TreeAtInstant at(Instant instant) {
        TreeAtInstant tree = new TreeAtInstant(fractal, instant);
        for (int sequence = 0; sequence < history.size(); sequence++) {
            tree.apply(history.get(sequence), sequence);
        }
        return tree;
    }

    private Optional<GoalNode> tree(Instant instant) {
        return at(instant).view().map(GoalTreeView::root);
    }

    private Optional<GoalNode> node(Instant instant, UUID goalId) {
        return tree(instant).flatMap(root -> find(root, goalId));
    }

    private static Optional<GoalNode> find(GoalNode node, UUID goalId) {
        if (node.id().equals(goalId)) {
            return Optional.of(node);
        }
        return node.children().stream().map(child -> find(child, goalId)).flatMap(Optional::stream).findFirst();
    }

    @Test
    void nothing_exists_before_the_fractal_was_created() {
        created(10, "Life");

        assertThat(at(t(9)).existed()).isFalse();
        assertThat(tree(t(9))).isEmpty();
        assertThat(at(t(10)).existed()).isTrue();
    }

    @Test
    void right_after_creation_the_tree_is_the_root_with_its_age_counted_at_the_instant() {
        created(0, "Life");
        goal(60, fractal, GoalLevel.LONG_TERM, "Later");

        GoalNode root = tree(t(0).plus(Duration.ofDays(3))).orElseThrow();
        GoalNode atCreation = tree(t(0)).orElseThrow();

        assertThat(atCreation.name()).isEqualTo("Life");
        assertThat(atCreation.children()).isEmpty();
        assertThat(atCreation.ageDays()).isZero();
        assertThat(atCreation.version()).isEqualTo(1);
        assertThat(root.children()).hasSize(1);
        assertThat(root.ageDays()).isEqualTo(3);
    }

    @Test
    void between_two_renames_the_goal_has_the_first_new_name() {
        created(0, "Life");
        UUID goal = goal(1, fractal, GoalLevel.LONG_TERM, "Run");
        happened(new GoalRenamed(fractal, goal, "Run a 10k", OWNER, t(10)),
                 new GoalRenamed(fractal, goal, "Run a marathon", OWNER, t(20)));

        assertThat(node(t(5), goal).orElseThrow().name()).isEqualTo("Run");
        assertThat(node(t(15), goal).orElseThrow().name()).isEqualTo("Run a 10k");
        assertThat(node(t(15), goal).orElseThrow().version()).isEqualTo(3);
        assertThat(node(t(20), goal).orElseThrow().name()).isEqualTo("Run a marathon");
        assertThat(at(t(15)).version()).isEqualTo(3);
    }

    @Test
    void descriptions_deadlines_and_relevance_are_as_last_set_by_then() {
        created(0, "Life");
        UUID goal = goal(1, fractal, GoalLevel.LONG_TERM, "Run");
        happened(new GoalDescriptionChanged(fractal, goal, "Every morning", OWNER, t(10)),
                 new GoalDeadlineChanged(fractal, goal, LocalDate.parse("2026-06-01"), OWNER, t(11)),
                 new GoalRelevanceChanged(fractal, goal, "Health", OWNER, t(12)),
                 new GoalDescriptionChanged(fractal, goal, null, OWNER, t(20)),
                 new GoalDeadlineChanged(fractal, goal, null, OWNER, t(21)));

        GoalNode before = node(t(9), goal).orElseThrow();
        GoalNode set = node(t(15), goal).orElseThrow();
        GoalNode cleared = node(t(25), goal).orElseThrow();

        assertThat(before.smart()).isEqualTo(new GoalNode.Smart(false, false, false, false, false));
        assertThat(set.description()).isEqualTo("Every morning");
        assertThat(set.deadline()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(set.relevance()).isEqualTo("Health");
        assertThat(set.smart()).isEqualTo(new GoalNode.Smart(true, false, false, true, true));
        assertThat(cleared.description()).isNull();
        assertThat(cleared.deadline()).isNull();
        assertThat(cleared.relevance()).isEqualTo("Health");
    }

    @Test
    void a_move_takes_the_subtree_to_the_new_parent_from_its_instant_on() {
        created(0, "Life");
        UUID health = goal(1, fractal, GoalLevel.LONG_TERM, "Health");
        UUID sport = goal(2, fractal, GoalLevel.LONG_TERM, "Sport");
        UUID run = goal(3, health, GoalLevel.MID_TERM, "Run");
        UUID shoes = goal(4, run, GoalLevel.SHORT_TERM, "Shoes");
        happened(new GoalMoved(fractal, run, health, sport, OWNER, t(10)));

        assertThat(node(t(9), run).orElseThrow().parentId()).isEqualTo(health);
        assertThat(node(t(9), health).orElseThrow().subtreeGoalCount()).isEqualTo(3);
        assertThat(node(t(10), run).orElseThrow().parentId()).isEqualTo(sport);
        assertThat(node(t(10), sport).orElseThrow().subtreeGoalCount()).isEqualTo(3);
        assertThat(node(t(10), shoes).orElseThrow().parentId()).isEqualTo(run);
        assertThat(node(t(10), shoes).orElseThrow().version()).isEqualTo(5);
    }

    @Test
    void completion_and_uncompletion_show_at_their_instants() {
        created(0, "Life");
        UUID goal = goal(1, fractal, GoalLevel.LONG_TERM, "Run");
        UUID session = UUID.randomUUID();
        happened(new GoalCompleted(fractal, goal, CompletionSource.TARGETS, session, OWNER, t(10)),
                 new GoalUncompleted(fractal, goal, OWNER, t(20)));

        GoalNode completed = node(t(15), goal).orElseThrow();
        GoalNode reopened = node(t(20), goal).orElseThrow();

        assertThat(node(t(9), goal).orElseThrow().completed()).isFalse();
        assertThat(completed.completed()).isTrue();
        assertThat(completed.completedAt()).isEqualTo(t(10));
        assertThat(completed.completionSource()).isEqualTo(CompletionSource.TARGETS);
        assertThat(tree(t(15)).orElseThrow().subtreeCompletedCount()).isEqualTo(1);
        assertThat(tree(t(15)).orElseThrow().percentComplete()).isEqualTo(50);
        assertThat(reopened.completed()).isFalse();
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.completionSource()).isNull();
    }

    @Test
    void a_deleted_subtree_is_there_before_its_deletion_and_gone_after() {
        created(0, "Life");
        UUID health = goal(1, fractal, GoalLevel.LONG_TERM, "Health");
        UUID run = goal(2, health, GoalLevel.MID_TERM, "Run");
        UUID keep = goal(3, fractal, GoalLevel.LONG_TERM, "Keep");
        happened(new GoalDeleted(fractal, health, List.of(health, run), OWNER, t(10)));

        assertThat(tree(t(9)).orElseThrow().subtreeGoalCount()).isEqualTo(4);
        assertThat(tree(t(10)).orElseThrow().subtreeGoalCount()).isEqualTo(2);
        assertThat(node(t(10), run)).isEmpty();
        assertThat(node(t(10), keep)).isPresent();
    }

    @Test
    void targets_are_added_changed_achieved_reopened_and_removed_at_their_instants() {
        created(0, "Life");
        UUID goal = goal(1, fractal, GoalLevel.LONG_TERM, "Run");
        UUID target = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        happened(new TargetAdded(fractal, goal, target, "5 km", activity,
                                 List.of(new Threshold(metric, ComparisonOperator.GTE, new BigDecimal("5.0"))), OWNER, t(10)),
                 new TargetAchieved(fractal, goal, target, session, UUID.randomUUID(), OWNER, t(20)),
                 new TargetReopened(fractal, goal, target, ReopenCause.GOAL_UNCOMPLETED, OWNER, t(30)),
                 new TargetChanged(fractal, goal, target, "10 km", activity,
                                   List.of(new Threshold(metric, ComparisonOperator.GTE, new BigDecimal("1E+1"))), OWNER, t(40)),
                 new TargetRemoved(fractal, goal, target, OWNER, t(50)));

        assertThat(node(t(9), goal).orElseThrow().targets()).isEmpty();
        TargetView added = node(t(10), goal).orElseThrow().targets().getFirst();
        assertThat(added.name()).isEqualTo("5 km");
        assertThat(added.achieved()).isFalse();
        assertThat(added.thresholds().getFirst().value()).isEqualTo(new BigDecimal("5.0"));
        assertThat(node(t(10), goal).orElseThrow().smart().measurable()).isTrue();
        TargetView achieved = node(t(25), goal).orElseThrow().targets().getFirst();
        assertThat(achieved.achieved()).isTrue();
        assertThat(achieved.achievedAt()).isEqualTo(t(20));
        assertThat(achieved.achievedInSessionId()).isEqualTo(session);
        TargetView reopened = node(t(35), goal).orElseThrow().targets().getFirst();
        assertThat(reopened.achieved()).isFalse();
        assertThat(reopened.achievedAt()).isNull();
        assertThat(reopened.achievedInSessionId()).isNull();
        TargetView changed = node(t(45), goal).orElseThrow().targets().getFirst();
        assertThat(changed.name()).isEqualTo("10 km");
        assertThat(changed.thresholds().getFirst().value()).isEqualTo(new BigDecimal("10"));
        assertThat(node(t(45), goal).orElseThrow().version()).isEqualTo(6);
        assertThat(node(t(50), goal).orElseThrow().targets()).isEmpty();
        assertThat(node(t(50), goal).orElseThrow().version()).isEqualTo(7);
    }

    @Test
    void targets_are_listed_by_creation_time_then_by_id_as_unsigned_text() {
        created(0, "Life");
        UUID goal = goal(1, fractal, GoalLevel.LONG_TERM, "Run");
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("f0000000-0000-0000-0000-000000000001");
        UUID first = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        UUID activity = UUID.randomUUID();
        List<Threshold> thresholds = List.of(new Threshold(UUID.randomUUID(), ComparisonOperator.GT, BigDecimal.ONE));
        happened(new TargetAdded(fractal, goal, first, "first", activity, thresholds, OWNER, t(5)),
                 new TargetAdded(fractal, goal, high, "high", activity, thresholds, OWNER, t(10)),
                 new TargetAdded(fractal, goal, low, "low", activity, thresholds, OWNER, t(10)));

        assertThat(node(t(10), goal).orElseThrow().targets()).extracting(TargetView::name)
                                                             .containsExactly("first", "low", "high");
    }

    @Test
    void events_count_by_business_time_even_when_it_is_out_of_sequence_order() {
        created(0, "Life");
        UUID imported = goal(30, fractal, GoalLevel.LONG_TERM, "Original");
        happened(new GoalRenamed(fractal, imported, "Renamed second", OWNER, t(40)),
                 new GoalRenamed(fractal, imported, "Renamed first", OWNER, t(35)));
        UUID early = goal(5, fractal, GoalLevel.LONG_TERM, "Early");

        assertThat(node(t(25), imported)).isEmpty();
        assertThat(node(t(25), early)).isPresent();
        assertThat(at(t(25)).version()).isEqualTo(5);
        assertThat(node(t(30), imported).orElseThrow().name()).isEqualTo("Original");
        assertThat(node(t(36), imported).orElseThrow().name()).isEqualTo("Renamed first");
        // Once both have happened they apply in sequence order, so the one appended last wins.
        assertThat(node(t(45), imported).orElseThrow().name()).isEqualTo("Renamed first");
    }

    @Test
    void an_event_about_a_goal_that_did_not_exist_then_changes_nothing() {
        created(0, "Life");
        UUID goal = goal(30, fractal, GoalLevel.LONG_TERM, "Original");
        happened(new GoalRenamed(fractal, goal, "Renamed", OWNER, t(20)),
                 new GoalCompleted(fractal, goal, CompletionSource.MANUAL, null, OWNER, t(21)));

        assertThat(node(t(25), goal)).isEmpty();
        assertThat(tree(t(25)).orElseThrow().subtreeGoalCount()).isEqualTo(1);
        // From the goal's creation on, the earlier-dated events follow it in sequence order.
        assertThat(node(t(30), goal).orElseThrow().name()).isEqualTo("Renamed");
        assertThat(node(t(30), goal).orElseThrow().completedAt()).isEqualTo(t(21));
    }

    @Test
    void a_goal_whose_parent_did_not_exist_then_is_not_there_either() {
        created(0, "Life");
        UUID parent = goal(20, fractal, GoalLevel.LONG_TERM, "Parent");
        UUID child = goal(10, parent, GoalLevel.MID_TERM, "Child dated before its parent");

        assertThat(tree(t(15)).orElseThrow().subtreeGoalCount()).isEqualTo(1);
        assertThat(node(t(15), child)).isEmpty();
        // From the parent's instant on, both count, in sequence order.
        assertThat(node(t(20), child).orElseThrow().parentId()).isEqualTo(parent);
    }

    @Test
    void a_move_that_would_put_a_goal_below_itself_at_that_instant_is_ignored() {
        created(0, "Life");
        UUID a = goal(1, fractal, GoalLevel.LONG_TERM, "A");
        UUID b = goal(2, fractal, GoalLevel.MID_TERM, "B");
        happened(new GoalMoved(fractal, b, fractal, a, OWNER, t(3)),
                 new GoalMoved(fractal, b, a, fractal, OWNER, t(50)),
                 new GoalMoved(fractal, a, fractal, b, OWNER, t(4)));

        assertThat(node(t(10), a).orElseThrow().parentId()).isEqualTo(fractal);
        assertThat(node(t(10), b).orElseThrow().parentId()).isEqualTo(a);
        assertThat(node(t(60), a).orElseThrow().parentId()).isEqualTo(b);
        assertThat(tree(t(10)).orElseThrow().subtreeGoalCount()).isEqualTo(3);
    }

    @Test
    void a_deletion_takes_goals_that_hang_below_the_deleted_goal_at_that_instant() {
        created(0, "Life");
        UUID a = goal(1, fractal, GoalLevel.LONG_TERM, "A");
        UUID b = goal(2, fractal, GoalLevel.LONG_TERM, "B");
        UUID c = goal(3, b, GoalLevel.MID_TERM, "C");
        // Moved out of A's subtree before the deletion in sequence, so the deletion did not list it.
        happened(new GoalMoved(fractal, c, b, a, OWNER, t(4)),
                 new GoalMoved(fractal, c, a, b, OWNER, t(30)),
                 new GoalDeleted(fractal, a, List.of(a), OWNER, t(20)));

        assertThat(tree(t(25)).orElseThrow().subtreeGoalCount()).isEqualTo(2);
        assertThat(node(t(25), c)).isEmpty();
        // Later in business time, but earlier in sequence, the move out of A's subtree saved it.
        assertThat(node(t(35), c).orElseThrow().parentId()).isEqualTo(b);
    }

    @Test
    void a_deleted_fractal_has_no_tree_from_its_deletion_on() {
        created(0, "Life");
        happened(new FractalDeleted(fractal, OWNER, t(10)));

        assertThat(at(t(9)).existed()).isTrue();
        assertThat(at(t(10)).existed()).isFalse();
    }

    @Test
    void times_are_kept_to_the_microsecond_like_the_read_model() {
        assertThat(TreeAtInstant.storedTime(Instant.parse("2026-01-01T00:00:00.123456499Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(TreeAtInstant.storedTime(Instant.parse("2026-01-01T00:00:00.123456500Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.123457Z"));
        assertThat(TreeAtInstant.storedTime(Instant.parse("2026-01-01T00:00:00.999999999Z")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
    }

    @Test
    void an_event_at_the_very_instant_counts_as_the_read_model_shows_its_time() {
        Instant created = Instant.parse("2026-01-01T08:00:00.000000700Z");
        happened(new FractalCreated(fractal, OWNER, created),
                 new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Life", null, null, null, OWNER, created));

        GoalNode root = tree(Instant.parse("2026-01-01T08:00:00.000001Z")).orElseThrow();

        assertThat(root.createdAt()).isEqualTo(Instant.parse("2026-01-01T08:00:00.000001Z"));
    }
}
