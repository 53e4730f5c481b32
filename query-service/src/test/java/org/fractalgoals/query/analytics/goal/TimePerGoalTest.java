package org.fractalgoals.query.analytics.goal;

import org.fractalgoals.events.goal.GoalLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TimePerGoalTest {

    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

    //        root
    //       /    \
    //      a      b
    //     / \
    //   a1   a2
    private final GoalRow root = goal("root", null, GoalLevel.ULTIMATE, 0);
    private final GoalRow a = goal("a", root, GoalLevel.LONG_TERM, 1);
    private final GoalRow b = goal("b", root, GoalLevel.LONG_TERM, 2);
    private final GoalRow a1 = goal("a1", a, GoalLevel.MID_TERM, 3);
    private final GoalRow a2 = goal("a2", a, GoalLevel.MID_TERM, 4);
    private final GoalTree tree = GoalTree.of(List.of(a2, b, a1, root, a));

    @Test
    void a_session_linked_to_a_goal_and_its_parent_counts_once_in_every_subtree_above() {
        UUID s1 = UUID.randomUUID();
        UUID s2 = UUID.randomUUID();
        UUID s3 = UUID.randomUUID();
        List<SessionLink> links = List.of(new SessionLink(s1, a.id(), 600), new SessionLink(s1, a1.id(), 600),
                                          new SessionLink(s2, a2.id(), 300), new SessionLink(s2, b.id(), 300),
                                          new SessionLink(s3, a1.id(), 0));

        List<GoalTime> times = TimePerGoal.of(tree, links);

        // root: s1 + s2 once each = 900; a: s1 (direct, and via a1) + s2 (via a2) = 900; a1: s1 + s3 = 600.
        assertThat(times).extracting(GoalTime::name, GoalTime::directSeconds, GoalTime::subtreeSeconds,
                                     GoalTime::sessionCount)
                         .containsExactly(tuple("root", 0L, 900L, 0),
                                          tuple("a", 600L, 900L, 1),
                                          tuple("a1", 600L, 600L, 2),
                                          tuple("a2", 300L, 300L, 1),
                                          tuple("b", 300L, 300L, 1));
    }

    @Test
    void sessions_linked_to_siblings_count_once_above_them_however_their_links_are_ordered() {
        UUID s1 = UUID.randomUUID();
        UUID s2 = UUID.randomUUID();
        List<SessionLink> links = List.of(new SessionLink(s1, a1.id(), 100), new SessionLink(s2, b.id(), 7),
                                          new SessionLink(s1, root.id(), 100), new SessionLink(s2, a2.id(), 7),
                                          new SessionLink(s1, a2.id(), 100));

        List<GoalTime> times = TimePerGoal.of(tree, links);

        // root: s1 (linked three ways) + s2 (two ways) = 107; a: s1 (via a1 and a2) + s2 (via a2) = 107.
        assertThat(times).extracting(GoalTime::name, GoalTime::directSeconds, GoalTime::subtreeSeconds,
                                     GoalTime::sessionCount)
                         .containsExactly(tuple("root", 100L, 107L, 1),
                                          tuple("a", 0L, 107L, 0),
                                          tuple("a1", 100L, 100L, 1),
                                          tuple("a2", 107L, 107L, 2),
                                          tuple("b", 7L, 7L, 1));
    }

    @Test
    void links_to_goals_outside_the_tree_are_ignored() {
        UUID session = UUID.randomUUID();
        List<SessionLink> links = List.of(new SessionLink(session, UUID.randomUUID(), 120),
                                          new SessionLink(session, b.id(), 120));

        List<GoalTime> times = TimePerGoal.of(tree, links);

        assertThat(times).extracting(GoalTime::name, GoalTime::subtreeSeconds)
                         .containsExactly(tuple("root", 120L), tuple("a", 0L), tuple("a1", 0L), tuple("a2", 0L),
                                          tuple("b", 120L));
    }

    @Test
    void the_tree_is_depth_first_with_children_by_creation_then_id_and_leaves_out_what_the_root_does_not_reach() {
        GoalRow sameTimeHigh = new GoalRow(UUID.fromString("f0000000-0000-0000-0000-000000000000"), root.id(),
                                           GoalLevel.LONG_TERM, "f", T.plusSeconds(9), null);
        GoalRow sameTimeLow = new GoalRow(UUID.fromString("10000000-0000-0000-0000-000000000000"), root.id(),
                                          GoalLevel.LONG_TERM, "1", T.plusSeconds(9), null);
        GoalRow orphan = new GoalRow(UUID.randomUUID(), UUID.randomUUID(), GoalLevel.MID_TERM, "orphan", T, null);

        GoalTree withTies = GoalTree.of(List.of(sameTimeHigh, orphan, a2, b, a1, root, a, sameTimeLow));

        assertThat(withTies.inTreeOrder()).extracting(GoalRow::name)
                                          .containsExactly("root", "a", "a1", "a2", "b", "1", "f");
        assertThat(withTies.positionOf(orphan.id())).isEqualTo(-1);
        assertThat(withTies.positionOf(a2.id())).isEqualTo(3);
        assertThat(withTies.parentOf(3)).isEqualTo(1);
        assertThat(withTies.parentOf(1)).isEqualTo(0);
        assertThat(withTies.parentOf(0)).isEqualTo(-1);
    }

    private static GoalRow goal(String name, GoalRow parent, GoalLevel level, int createdSecond) {
        return new GoalRow(UUID.randomUUID(), parent == null ? null : parent.id(), level, name,
                           T.plusSeconds(createdSecond), null);
    }
}
