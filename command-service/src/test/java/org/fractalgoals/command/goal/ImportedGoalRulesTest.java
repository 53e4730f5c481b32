package org.fractalgoals.command.goal;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.fractalgoals.command.goal.FractalFixture.NOW;
import static org.fractalgoals.command.goal.FractalFixture.OWNER;
import static org.fractalgoals.command.goal.FractalFixture.atLeast;
import static org.fractalgoals.command.goal.FractalFixture.plus;
import static org.fractalgoals.command.goal.FractalFixture.set;

/** The rules that differ for commands of a v1.2 import (those carrying an import id), and only those. */
class ImportedGoalRulesTest {

    private static final MetaData IMPORTED = MetaData.with(ImportMetaData.IMPORT_ID, "import-1");

    private final FractalFixture f = new FractalFixture();
    private final UUID goal = UUID.randomUUID();
    private AggregateTestFixture<Fractal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fractal.class);
    }

    private Object[] midTermDue(String deadline) {
        return new Object[]{f.created(), f.root(null), f.goal(f.longTerm, f.fractal, GoalLevel.LONG_TERM, null),
                f.goal(f.midTerm, f.longTerm, GoalLevel.MID_TERM, LocalDate.parse(deadline))};
    }

    private CreateGoal shortTermDue(String deadline, GoalLevel level) {
        return new CreateGoal(f.fractal, goal, f.midTerm, level, "Hands together", null, LocalDate.parse(deadline), null,
                              OWNER, NOW, null);
    }

    @Test
    void an_imported_goal_keeps_a_deadline_later_than_its_parents() {
        fixture.given(midTermDue("2025-12-07"))
               .when(shortTermDue("2025-12-20", GoalLevel.SHORT_TERM), IMPORTED)
               .expectEvents(new GoalCreated(f.fractal, goal, f.midTerm, GoalLevel.SHORT_TERM, "Hands together", null,
                                             LocalDate.parse("2025-12-20"), null, OWNER, NOW));
    }

    @Test
    void the_same_goal_not_imported_is_refused() {
        fixture.given(midTermDue("2025-12-07"))
               .when(shortTermDue("2025-12-20", GoalLevel.SHORT_TERM))
               .expectException(RuleViolationException.class);
    }

    @Test
    void an_imported_goal_must_still_be_deeper_than_its_parent() {
        fixture.given(midTermDue("2025-12-07"))
               .when(shortTermDue("2025-12-01", GoalLevel.MID_TERM), IMPORTED)
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("Must be deeper than the parent's level, MID_TERM");
    }

    @Test
    void imported_evidence_achieves_targets_but_never_completes_the_goal() {
        UUID target = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID instance = UUID.randomUUID();
        EvaluateTargets evidence = new EvaluateTargets(f.fractal, List.of(f.shortTerm), session, instance, activity,
                                                       List.of(set(metric, 5)), OWNER, NOW);
        Object[] given = plus(f.chain(), new TargetAdded(f.fractal, f.shortTerm, target, "Five", activity,
                                                         List.of(atLeast(metric, 5)), OWNER, NOW));
        fixture.given(given)
               .when(evidence, IMPORTED)
               .expectEvents(new TargetAchieved(f.fractal, f.shortTerm, target, session, instance, OWNER, NOW));
        fixture.given(given)
               .when(evidence)
               .expectEvents(new TargetAchieved(f.fractal, f.shortTerm, target, session, instance, OWNER, NOW),
                             new GoalCompleted(f.fractal, f.shortTerm, CompletionSource.TARGETS, session, OWNER, NOW));
    }
}
