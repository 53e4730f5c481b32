package org.fractalgoals.command.goal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.goal.AddTarget;
import org.fractalgoals.events.goal.ChangeTarget;
import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.MetricValue;
import org.fractalgoals.events.goal.RecordedSet;
import org.fractalgoals.events.goal.RemoveTarget;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.events.goal.UncompleteGoal;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fractalgoals.command.goal.FractalFixture.NOW;
import static org.fractalgoals.command.goal.FractalFixture.OWNER;
import static org.fractalgoals.command.goal.FractalFixture.atLeast;
import static org.fractalgoals.command.goal.FractalFixture.plus;
import static org.fractalgoals.command.goal.FractalFixture.set;

/** Targets on goals, their evaluation against recorded evidence and automatic completion (S14 and HEAD's rules). */
class TargetRulesTest {

    private final FractalFixture f = new FractalFixture();
    private final UUID scale = UUID.randomUUID();
    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private final UUID scalesTarget = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();
    private final UUID instance = UUID.randomUUID();
    private AggregateTestFixture<Fractal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fractal.class);
    }

    private List<Threshold> scales120x4() {
        return List.of(atLeast(tempo, 120), atLeast(reps, 4));
    }

    private TargetAdded scalesAdded() {
        return new TargetAdded(f.fractal, f.shortTerm, scalesTarget, "Scales 120×4", scale, scales120x4(), OWNER, NOW);
    }

    private EvaluateTargets evidence(RecordedSet... sets) {
        return new EvaluateTargets(f.fractal, List.of(f.shortTerm), session, instance, scale, List.of(sets), OWNER, NOW);
    }

    @Test
    void a_target_is_added_with_its_thresholds() {
        fixture.given(f.chain())
               .when(new AddTarget(f.fractal, f.shortTerm, scalesTarget, "Scales 120×4", scale, scales120x4(), null, OWNER, NOW))
               .expectEvents(scalesAdded());
    }

    @Test
    void a_target_needs_a_name_an_activity_and_at_least_one_threshold() {
        fixture.given(f.chain())
               .when(new AddTarget(f.fractal, f.shortTerm, scalesTarget, " ", null, List.of(), null, OWNER, NOW))
               .expectNoEvents()
               .expectException(RuleViolationException.class);
    }

    @Test
    void a_target_on_an_unknown_goal_is_not_found_and_an_unknown_target_cannot_be_changed_or_removed() {
        fixture.given(f.chain())
               .when(new AddTarget(f.fractal, UUID.randomUUID(), scalesTarget, "x", scale, scales120x4(), null, OWNER, NOW))
               .expectException(NotFoundException.class);
        fixture.given(f.chain())
               .when(new ChangeTarget(f.fractal, f.shortTerm, UUID.randomUUID(), "x", scale, scales120x4(), null, OWNER, NOW))
               .expectException(NotFoundException.class);
        fixture.given(f.chain())
               .when(new RemoveTarget(f.fractal, f.shortTerm, UUID.randomUUID(), null, OWNER, NOW))
               .expectException(NotFoundException.class);
    }

    @Test
    void one_set_meeting_every_threshold_achieves_the_target_and_completes_a_goal_whose_targets_are_all_achieved() {
        fixture.given(plus(f.chain(), scalesAdded()))
               .when(evidence(set(tempo, 120, reps, 3), set(tempo, 125, reps, 4)))
               .expectEvents(new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW),
                             new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW));
    }

    @Test
    void thresholds_met_only_across_different_sets_do_not_count() {
        fixture.given(plus(f.chain(), scalesAdded()))
               .when(evidence(set(tempo, 130, reps, 3), set(tempo, 110, reps, 9)))
               .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(plus(f.chain(), scalesAdded()))
               .when(evidence(set(tempo, 118, reps, 6)))
               .expectNoEvents();
    }

    @Test
    void evidence_of_another_activity_achieves_nothing() {
        fixture.given(plus(f.chain(), scalesAdded()))
               .when(new EvaluateTargets(f.fractal, List.of(f.shortTerm), session, instance, UUID.randomUUID(),
                                         List.of(set(tempo, 200, reps, 20)), OWNER, NOW))
               .expectNoEvents();
    }

    @Test
    void a_goal_completes_only_when_all_its_targets_are_achieved() {
        UUID other = UUID.randomUUID();
        fixture.given(plus(f.chain(), scalesAdded(),
                           new TargetAdded(f.fractal, f.shortTerm, other, "Arpeggios", UUID.randomUUID(),
                                           List.of(atLeast(tempo, 80)), OWNER, NOW)))
               .when(evidence(set(tempo, 125, reps, 4)))
               .expectEvents(new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW));
    }

    @Test
    void an_achieved_target_is_not_achieved_again() {
        fixture.given(plus(f.chain(), scalesAdded(),
                           new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW),
                           new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW)))
               .when(evidence(set(tempo, 130, reps, 5)))
               .expectNoEvents();
    }

    @Test
    void uncompleting_by_hand_reopens_the_achieved_targets_so_new_evidence_can_complete_the_goal_again() {
        fixture.given(plus(f.chain(), scalesAdded(),
                           new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW),
                           new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW)))
               .when(new UncompleteGoal(f.fractal, f.shortTerm, null, OWNER, NOW))
               .expectEvents(new GoalUncompleted(f.fractal, f.shortTerm, OWNER, NOW),
                             new TargetReopened(f.fractal, f.shortTerm, scalesTarget, ReopenCause.GOAL_UNCOMPLETED, OWNER, NOW));
        fixture.given(plus(f.chain(), scalesAdded(),
                           new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW),
                           new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW),
                           new GoalUncompleted(f.fractal, f.shortTerm, OWNER, NOW),
                           new TargetReopened(f.fractal, f.shortTerm, scalesTarget, ReopenCause.GOAL_UNCOMPLETED, OWNER, NOW)))
               .when(evidence(set(tempo, 121, reps, 4)))
               .expectEvents(new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW),
                             new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW));
    }

    @Test
    void redefining_an_achieved_target_reopens_it_and_renaming_does_not() {
        Object[] achieved = plus(f.chain(), scalesAdded(),
                                 new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW));
        List<Threshold> harder = List.of(atLeast(tempo, 140), atLeast(reps, 4));
        fixture.given(achieved)
               .when(new ChangeTarget(f.fractal, f.shortTerm, scalesTarget, "Scales 140×4", scale, harder, null, OWNER, NOW))
               .expectEvents(new TargetChanged(f.fractal, f.shortTerm, scalesTarget, "Scales 140×4", scale, harder, OWNER, NOW),
                             new TargetReopened(f.fractal, f.shortTerm, scalesTarget, ReopenCause.TARGET_REDEFINED, OWNER, NOW));
        fixture.given(achieved)
               .when(new ChangeTarget(f.fractal, f.shortTerm, scalesTarget, "Renamed", scale, scales120x4(), null, OWNER, NOW))
               .expectEvents(new TargetChanged(f.fractal, f.shortTerm, scalesTarget, "Renamed", scale, scales120x4(), OWNER, NOW));
    }

    @Test
    void a_removed_target_no_longer_counts() {
        fixture.given(plus(f.chain(), scalesAdded()))
               .when(new RemoveTarget(f.fractal, f.shortTerm, scalesTarget, null, OWNER, NOW))
               .expectEvents(new TargetRemoved(f.fractal, f.shortTerm, scalesTarget, OWNER, NOW));
        fixture.given(plus(f.chain(), scalesAdded(), new TargetRemoved(f.fractal, f.shortTerm, scalesTarget, OWNER, NOW)))
               .when(evidence(set(tempo, 125, reps, 4)))
               .expectNoEvents();
    }

    @Test
    void deleted_linked_goals_are_skipped() {
        fixture.given(plus(f.chain(), scalesAdded()))
               .when(new EvaluateTargets(f.fractal, List.of(UUID.randomUUID(), f.shortTerm), session, instance, scale,
                                         List.of(set(tempo, 125, reps, 4)), OWNER, NOW))
               .expectEvents(new TargetAchieved(f.fractal, f.shortTerm, scalesTarget, session, instance, OWNER, NOW),
                             new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({"GTE,120,120,true", "GTE,119.5,120,false", "GT,120,120,false", "GT,120.01,120,true",
                "LTE,120,120,true", "LTE,121,120,false", "LT,119,120,true", "LT,120,120,false",
                "EQ,120.0,120,true", "EQ,120.5,120,false"})
    void every_operator_compares_as_written(ComparisonOperator operator, BigDecimal actual, BigDecimal threshold,
                                            boolean holds) {
        UUID metric = UUID.randomUUID();
        List<Threshold> thresholds = List.of(new Threshold(metric, operator, threshold));
        RecordedSet recorded = new RecordedSet(List.of(new MetricValue(metric, null, actual)));
        assertThat(TargetRules.isMetBy(thresholds, List.of(recorded))).isEqualTo(holds);
    }

    @Test
    void with_splits_a_threshold_is_met_when_any_split_meets_it_and_missing_values_fail() {
        UUID accuracy = UUID.randomUUID();
        List<Threshold> thresholds = List.of(atLeast(accuracy, 90));
        RecordedSet leftAndRight = new RecordedSet(List.of(new MetricValue(accuracy, UUID.randomUUID(), BigDecimal.valueOf(80)),
                                                           new MetricValue(accuracy, UUID.randomUUID(), BigDecimal.valueOf(92))));
        RecordedSet blank = new RecordedSet(List.of(new MetricValue(accuracy, UUID.randomUUID(), null)));
        assertThat(TargetRules.isMetBy(thresholds, List.of(leftAndRight))).isTrue();
        assertThat(TargetRules.isMetBy(thresholds, List.of(blank))).isFalse();
        assertThat(TargetRules.isMetBy(List.of(), List.of(leftAndRight))).isFalse();
    }
}
