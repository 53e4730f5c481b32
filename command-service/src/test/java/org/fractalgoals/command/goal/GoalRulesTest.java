package org.fractalgoals.command.goal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.goal.CompleteGoal;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.DeleteFractal;
import org.fractalgoals.events.goal.DeleteGoal;
import org.fractalgoals.events.goal.EditGoal;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.MoveGoal;
import org.fractalgoals.events.goal.UncompleteGoal;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.fractalgoals.command.goal.FractalFixture.NOW;
import static org.fractalgoals.command.goal.FractalFixture.OWNER;
import static org.fractalgoals.command.goal.FractalFixture.plus;

/** Editing, moving, deleting and completing goals: every rule and every refusal. */
class GoalRulesTest {

    private final FractalFixture f = new FractalFixture();
    private AggregateTestFixture<Fractal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fractal.class);
    }

    private EditGoal edit(UUID goal, String name, FieldChange<String> description, FieldChange<LocalDate> deadline,
                          FieldChange<String> relevance) {
        return new EditGoal(f.fractal, goal, name, description, deadline, relevance, null, OWNER, NOW);
    }

    @Test
    void an_edit_emits_one_event_per_changed_field() {
        fixture.given(f.chain())
               .when(edit(f.shortTerm, "Hands together", FieldChange.to("at 60 bpm"), FieldChange.to(LocalDate.parse("2027-01-01")),
                          FieldChange.to("for the recital")))
               .expectEvents(new GoalRenamed(f.fractal, f.shortTerm, "Hands together", OWNER, NOW),
                             new GoalDescriptionChanged(f.fractal, f.shortTerm, "at 60 bpm", OWNER, NOW),
                             new GoalDeadlineChanged(f.fractal, f.shortTerm, LocalDate.parse("2027-01-01"), OWNER, NOW),
                             new GoalRelevanceChanged(f.fractal, f.shortTerm, "for the recital", OWNER, NOW));
    }

    @Test
    void fields_left_out_stay_and_fields_sent_as_null_are_cleared() {
        fixture.given(plus(f.chain(), new GoalDeadlineChanged(f.fractal, f.shortTerm, LocalDate.parse("2027-01-01"), OWNER, NOW)))
               .when(edit(f.shortTerm, null, FieldChange.to(null), FieldChange.to(null), null))
               .expectEvents(new GoalDescriptionChanged(f.fractal, f.shortTerm, null, OWNER, NOW),
                             new GoalDeadlineChanged(f.fractal, f.shortTerm, null, OWNER, NOW));
    }

    @Test
    void a_blank_name_or_an_overlong_description_is_refused() {
        fixture.given(f.chain()).when(edit(f.shortTerm, " ", null, null, null))
               .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(f.chain()).when(edit(f.shortTerm, null, FieldChange.to("x".repeat(5001)), null, null))
               .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void a_deadline_later_than_the_parents_is_refused() {
        fixture.given(plus(f.chain(), new GoalDeadlineChanged(f.fractal, f.midTerm, LocalDate.parse("2027-06-30"), OWNER, NOW)))
               .when(edit(f.shortTerm, null, null, FieldChange.to(LocalDate.parse("2027-07-01")), null))
               .expectNoEvents()
               .expectExceptionMessage("The goal's deadline, 2027-07-01, may not be later than the parent's deadline, 2027-06-30");
    }

    @Test
    void a_parents_deadline_may_not_move_before_a_childs() {
        fixture.given(plus(f.chain(), new GoalDeadlineChanged(f.fractal, f.shortTerm, LocalDate.parse("2027-06-30"), OWNER, NOW)))
               .when(edit(f.midTerm, null, null, FieldChange.to(LocalDate.parse("2027-01-01")), null))
               .expectNoEvents()
               .expectException(RuleViolationException.class);
    }

    @Test
    void an_unknown_goal_is_not_found() {
        fixture.given(f.chain()).when(edit(UUID.randomUUID(), "x", null, null, null))
               .expectException(NotFoundException.class);
    }

    @Test
    void a_stale_goal_version_is_refused_and_the_current_one_accepted() {
        // The short-term goal was created by the event with sequence number 4.
        fixture.given(f.chain())
               .when(new EditGoal(f.fractal, f.shortTerm, "x", null, null, null, 3L, OWNER, NOW))
               .expectException(ProblemException.class).expectNoEvents();
        fixture.given(f.chain())
               .when(new EditGoal(f.fractal, f.shortTerm, "x", null, null, null, 4L, OWNER, NOW))
               .expectEvents(new GoalRenamed(f.fractal, f.shortTerm, "x", OWNER, NOW));
    }

    @Test
    void a_change_to_another_goal_does_not_make_this_goals_version_stale() {
        fixture.given(plus(f.chain(), new GoalRenamed(f.fractal, f.longTerm, "other", OWNER, NOW)))
               .when(new CompleteGoal(f.fractal, f.shortTerm, 4L, OWNER, NOW))
               .expectEvents(new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.MANUAL, null, OWNER, NOW));
    }

    @Test
    void a_goal_moves_with_its_subtree_under_a_goal_of_a_higher_level() {
        UUID otherLongTerm = UUID.randomUUID();
        fixture.given(plus(f.chain(), f.goal(otherLongTerm, f.fractal, GoalLevel.LONG_TERM, null)))
               .when(new MoveGoal(f.fractal, f.midTerm, otherLongTerm, null, OWNER, NOW))
               .expectEvents(new GoalMoved(f.fractal, f.midTerm, f.longTerm, otherLongTerm, OWNER, NOW));
    }

    @Test
    void a_goal_cannot_move_under_its_own_descendant_or_itself() {
        fixture.given(f.chain()).when(new MoveGoal(f.fractal, f.longTerm, f.shortTerm, null, OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("A goal cannot be moved under itself or its own descendants");
        fixture.given(f.chain()).when(new MoveGoal(f.fractal, f.midTerm, f.midTerm, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void a_goal_cannot_move_under_a_goal_of_its_own_level_or_deeper() {
        UUID otherShortTerm = UUID.randomUUID();
        fixture.given(plus(f.chain(), f.goal(otherShortTerm, f.midTerm, GoalLevel.SHORT_TERM, null)))
               .when(new MoveGoal(f.fractal, f.shortTerm, otherShortTerm, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void a_goal_cannot_move_under_a_parent_whose_deadline_is_earlier_than_its_own() {
        UUID otherMidTerm = UUID.randomUUID();
        fixture.given(plus(f.chain(), f.goal(otherMidTerm, f.longTerm, GoalLevel.MID_TERM, LocalDate.parse("2027-01-01")),
                           new GoalDeadlineChanged(f.fractal, f.shortTerm, LocalDate.parse("2027-05-01"), OWNER, NOW)))
               .when(new MoveGoal(f.fractal, f.shortTerm, otherMidTerm, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void the_root_cannot_move_and_moving_to_the_same_parent_changes_nothing() {
        fixture.given(f.chain()).when(new MoveGoal(f.fractal, f.fractal, f.longTerm, null, OWNER, NOW))
               .expectException(RuleViolationException.class);
        fixture.given(f.chain()).when(new MoveGoal(f.fractal, f.midTerm, f.longTerm, null, OWNER, NOW))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void moving_under_a_goal_of_another_fractal_is_refused() {
        fixture.given(f.chain()).when(new MoveGoal(f.fractal, f.midTerm, UUID.randomUUID(), null, OWNER, NOW))
               .expectException(RuleViolationException.class);
    }

    @Test
    void deleting_a_goal_removes_its_whole_subtree() {
        fixture.given(f.chain())
               .when(new DeleteGoal(f.fractal, f.longTerm, null, OWNER, NOW))
               .expectEvents(new GoalDeleted(f.fractal, f.longTerm, List.of(f.longTerm, f.midTerm, f.shortTerm), OWNER, NOW));
    }

    @Test
    void a_deleted_goal_is_gone_for_later_commands() {
        fixture.given(plus(f.chain(), new GoalDeleted(f.fractal, f.midTerm, List.of(f.midTerm, f.shortTerm), OWNER, NOW)))
               .when(new CompleteGoal(f.fractal, f.shortTerm, null, OWNER, NOW))
               .expectException(NotFoundException.class);
    }

    @Test
    void the_root_goal_is_deleted_only_with_its_fractal() {
        fixture.given(f.chain()).when(new DeleteGoal(f.fractal, f.fractal, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void completing_stamps_the_time_and_nothing_else_changes() {
        fixture.given(f.chain())
               .when(new CompleteGoal(f.fractal, f.midTerm, null, OWNER, NOW))
               .expectEvents(new GoalCompleted(f.fractal, f.midTerm, CompletionSource.MANUAL, null, OWNER, NOW));
    }

    @Test
    void completing_twice_or_uncompleting_an_open_goal_changes_nothing() {
        fixture.given(plus(f.chain(), new GoalCompleted(f.fractal, f.midTerm, CompletionSource.MANUAL, null, OWNER, NOW)))
               .when(new CompleteGoal(f.fractal, f.midTerm, null, OWNER, NOW))
               .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(f.chain()).when(new UncompleteGoal(f.fractal, f.midTerm, null, OWNER, NOW))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void uncompleting_clears_the_completion() {
        fixture.given(plus(f.chain(), new GoalCompleted(f.fractal, f.midTerm, CompletionSource.MANUAL, null, OWNER, NOW)))
               .when(new UncompleteGoal(f.fractal, f.midTerm, null, OWNER, NOW))
               .expectEvents(new GoalUncompleted(f.fractal, f.midTerm, OWNER, NOW));
    }

    @Test
    void deleting_a_fractal_makes_it_disappear_for_every_later_command() {
        fixture.given(f.chain())
               .when(new DeleteFractal(f.fractal, null, OWNER, NOW))
               .expectEvents(new FractalDeleted(f.fractal, OWNER, NOW));
        fixture.given(plus(f.chain(), new FractalDeleted(f.fractal, OWNER, NOW)))
               .when(new CompleteGoal(f.fractal, f.midTerm, null, OWNER, NOW))
               .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void deleting_a_fractal_checks_the_trees_version() {
        fixture.given(f.chain()).when(new DeleteFractal(f.fractal, 2L, OWNER, NOW))
               .expectException(ProblemException.class).expectNoEvents();
    }

    @Test
    void other_users_get_not_found_for_every_goal_command() {
        for (Object command : List.of(new EditGoal(f.fractal, f.midTerm, "x", null, null, null, null, "intruder", NOW),
                                      new MoveGoal(f.fractal, f.shortTerm, f.longTerm, null, "intruder", NOW),
                                      new DeleteGoal(f.fractal, f.midTerm, null, "intruder", NOW),
                                      new CompleteGoal(f.fractal, f.midTerm, null, "intruder", NOW),
                                      new UncompleteGoal(f.fractal, f.midTerm, null, "intruder", NOW),
                                      new DeleteFractal(f.fractal, null, "intruder", NOW))) {
            fixture.given(f.chain()).when(command).expectException(NotFoundException.class).expectNoEvents();
        }
    }
}
