package org.fractalgoals.query.goal;

import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.goal.FindGoalTreeAsOf;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answers the goal tree as it was at an instant, from the fractal's own events rather than from a read model:
 * the live read model keeps only the present.
 */
@Component
class PastGoalTrees {

    private final FractalEventStreams streams;
    private final Clock clock;

    PastGoalTrees(FractalEventStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    /**
     * The tree at {@code asOf}, or at the present when {@code asOf} lies ahead of it. A foreign, missing or deleted
     * fractal is not found, whatever the instant; one that did not exist yet then is not found with a detail that
     * says so.
     */
    @QueryHandler
    GoalTreeView handle(FindGoalTreeAsOf query) {
        UUID fractalId = query.fractalId();
        List<SequencedGoalEvent> events = streams.read(fractalId);
        if (events.isEmpty() || !(events.getFirst().event() instanceof FractalCreated created)
                || !created.ownerId().equals(query.ownerId()) || events.getLast().event() instanceof FractalDeleted) {
            throw new NotFoundException("Fractal");
        }
        Instant now = clock.instant();
        Instant asOf = query.asOf().isAfter(now) ? now : query.asOf();
        TreeAtInstant tree = new TreeAtInstant(fractalId, asOf);
        events.forEach(event -> tree.apply(event.event(), event.sequence()));
        return tree.view().orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "The fractal did not exist yet at " + asOf + "; its tree begins at "
                        + beginning(fractalId, events)));
    }

    /** When both the fractal and its root goal exist: the later of their creation times. */
    private static Instant beginning(UUID fractalId, List<SequencedGoalEvent> events) {
        Instant created = events.getFirst().event().occurredAt();
        return events.stream().map(SequencedGoalEvent::event)
                     .filter(event -> event instanceof GoalCreated goal && goal.goalId().equals(fractalId))
                     .map(event -> event.occurredAt().isAfter(created) ? event.occurredAt() : created)
                     .map(TreeAtInstant::storedTime)
                     .findFirst()
                     .orElse(TreeAtInstant.storedTime(created));
    }
}
