package org.fractalgoals.command.goal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.goal.CreateFractal;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FractalTest {

    private static final String OWNER = "owner-1";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final UUID fractalId = UUID.randomUUID();
    private final UUID goalId = UUID.randomUUID();
    private AggregateTestFixture<Fractal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fractal.class);
    }

    private FractalCreated fractalCreated() {
        return new FractalCreated(fractalId, OWNER, NOW);
    }

    private GoalCreated root(GoalLevel level, LocalDate deadline) {
        return new GoalCreated(fractalId, fractalId, null, level, "Become a pianist", null, deadline, null, OWNER, NOW);
    }

    private CreateGoal createGoal(UUID parent, GoalLevel level, LocalDate deadline, String owner) {
        return new CreateGoal(fractalId, goalId, parent, level, "Play scales", "daily", deadline, null, owner, NOW, null);
    }

    @Test
    void creating_a_fractal_creates_its_root_goal_with_the_same_id() {
        fixture.givenNoPriorActivity()
               .when(new CreateFractal(fractalId, OWNER, "Become a pianist", null, null, null, null, NOW))
               .expectEvents(fractalCreated(), root(GoalLevel.ULTIMATE, null));
    }

    @Test
    void a_fractal_root_may_not_be_an_immediate_goal() {
        fixture.givenNoPriorActivity()
               .when(new CreateFractal(fractalId, OWNER, "Tiny", null, GoalLevel.IMMEDIATE, null, null, NOW))
               .expectException(RuleViolationException.class)
               .expectNoEvents();
    }

    @Test
    void a_child_defaults_to_the_level_after_its_parent() {
        fixture.given(fractalCreated(), root(GoalLevel.MID_TERM, null))
               .when(createGoal(fractalId, null, null, OWNER))
               .expectEvents(new GoalCreated(fractalId, goalId, fractalId, GoalLevel.SHORT_TERM, "Play scales", "daily",
                                             null, null, OWNER, NOW));
    }

    @Test
    void a_child_may_skip_levels_downwards() {
        fixture.given(fractalCreated(), root(GoalLevel.ULTIMATE, null))
               .when(createGoal(fractalId, GoalLevel.MICRO, null, OWNER))
               .expectEvents(new GoalCreated(fractalId, goalId, fractalId, GoalLevel.MICRO, "Play scales", "daily",
                                             null, null, OWNER, NOW));
    }

    @Test
    void a_child_at_or_above_its_parents_level_is_refused_with_the_level_field() {
        fixture.given(fractalCreated(), root(GoalLevel.MID_TERM, null))
               .when(createGoal(fractalId, GoalLevel.LONG_TERM, null, OWNER))
               .expectNoEvents()
               .expectExceptionMessage("Must be deeper than the parent's level, MID_TERM");
    }

    @Test
    void a_nano_goal_cannot_have_children() {
        UUID nano = UUID.randomUUID();
        fixture.given(fractalCreated(), root(GoalLevel.SHORT_TERM, null),
                      new GoalCreated(fractalId, nano, fractalId, GoalLevel.NANO, "Breathe", null, null, null, OWNER, NOW))
               .when(createGoal(nano, null, null, OWNER))
               .expectNoEvents()
               .expectException(RuleViolationException.class);
    }

    @Test
    void a_childs_deadline_may_not_be_later_than_its_parents() {
        fixture.given(fractalCreated(), root(GoalLevel.ULTIMATE, LocalDate.parse("2030-01-01")))
               .when(createGoal(fractalId, null, LocalDate.parse("2030-01-02"), OWNER))
               .expectNoEvents()
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("The goal's deadline, 2030-01-02, may not be later than the parent's deadline, 2030-01-01");
    }

    @Test
    void a_childs_deadline_on_the_parents_deadline_is_fine() {
        fixture.given(fractalCreated(), root(GoalLevel.ULTIMATE, LocalDate.parse("2030-01-01")))
               .when(createGoal(fractalId, null, LocalDate.parse("2030-01-01"), OWNER))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_unknown_parent_is_refused() {
        fixture.given(fractalCreated(), root(GoalLevel.ULTIMATE, null))
               .when(createGoal(UUID.randomUUID(), null, null, OWNER))
               .expectNoEvents()
               .expectException(RuleViolationException.class);
    }

    @Test
    void someone_elses_fractal_does_not_exist_for_the_caller() {
        fixture.given(fractalCreated(), root(GoalLevel.ULTIMATE, null))
               .when(createGoal(fractalId, null, null, "intruder"))
               .expectNoEvents()
               .expectException(NotFoundException.class);
    }

    @Test
    void names_longer_than_200_characters_are_refused() {
        fixture.givenNoPriorActivity()
               .when(new CreateFractal(fractalId, OWNER, "x".repeat(201), null, null, null, null, NOW))
               .expectNoEvents()
               .expectException(RuleViolationException.class);
    }

    @Test
    void levels_know_their_order() {
        assertThat(GoalLevel.NANO.next()).isEmpty();
        assertThat(GoalLevel.ULTIMATE.next()).contains(GoalLevel.LONG_TERM);
        assertThat(GoalLevel.SHORT_TERM.canBeRoot()).isTrue();
        assertThat(GoalLevel.IMMEDIATE.canBeRoot()).isFalse();
    }
}
