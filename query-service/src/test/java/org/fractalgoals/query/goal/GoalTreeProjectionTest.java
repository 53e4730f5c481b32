package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's handlers called directly, against the real read-model tables. */
class GoalTreeProjectionTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @Autowired
    private GoalTreeProjection projection;
    @Autowired
    private GoalTreeRepository repository;

    private final String owner = TestTokens.newUserId();

    private UUID fractal(String name, Instant at) {
        UUID id = UUID.randomUUID();
        projection.on(new FractalCreated(id, owner, at), 0);
        projection.on(new GoalCreated(id, id, null, GoalLevel.ULTIMATE, name, null, null, null, owner, at), 1);
        return id;
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
    }

    @Test
    void another_users_fractal_is_not_found() {
        UUID root = fractal("Mine", T0);
        assertThat(repository.goalTree(TestTokens.newUserId(), root)).isEmpty();
        assertThat(repository.isOwnedBy(root, owner)).isTrue();
        assertThat(repository.isOwnedBy(root, "someone")).isFalse();
    }
}
