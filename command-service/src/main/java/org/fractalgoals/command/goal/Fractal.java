package org.fractalgoals.command.goal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fractalgoals.events.goal.CreateFractal;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One fractal and its whole goal tree. The tree is a single aggregate because its rules (levels deepen
 * downwards, no cycles, deadlines within the parent's) span several goals and must hold together. It keeps
 * only what those rules need: no names or descriptions.
 */
@Aggregate
class Fractal {

    @AggregateIdentifier
    private UUID fractalId;
    private String ownerId;
    private final Map<UUID, Goal> goals = new HashMap<>();

    Fractal() {
        // for Axon
    }

    @CommandHandler
    Fractal(CreateFractal command) {
        GoalLevel level = command.level() == null ? GoalLevel.ULTIMATE : command.level();
        if (!level.canBeRoot()) {
            throw new RuleViolationException("level", "A fractal's root must be ULTIMATE, LONG_TERM, MID_TERM or SHORT_TERM");
        }
        GoalText.check(command.name(), command.description(), command.relevance());
        apply(new FractalCreated(command.fractalId(), command.ownerId(), command.requestedAt()));
        apply(new GoalCreated(command.fractalId(), command.fractalId(), null, level, command.name(),
                              command.description(), command.deadline(), command.relevance(), command.ownerId(),
                              command.requestedAt()));
    }

    @CommandHandler
    void handle(CreateGoal command) {
        requireOwner(command.ownerId());
        Goal parent = goals.get(command.parentId());
        if (parent == null) {
            throw new RuleViolationException("parentId", "There is no such goal in this fractal");
        }
        GoalLevel level = command.level() != null ? command.level() : parent.level().next()
                .orElseThrow(() -> new RuleViolationException("parentId", "A NANO goal cannot have children"));
        if (!level.isDeeperThan(parent.level())) {
            throw new RuleViolationException("level", "Must be deeper than the parent's level, " + parent.level());
        }
        if (command.deadline() != null && parent.deadline() != null && command.deadline().isAfter(parent.deadline())) {
            throw new RuleViolationException("deadline", "May not be later than the parent's deadline, " + parent.deadline());
        }
        GoalText.check(command.name(), command.description(), command.relevance());
        apply(new GoalCreated(fractalId, command.goalId(), command.parentId(), level, command.name(),
                              command.description(), command.deadline(), command.relevance(), ownerId,
                              command.requestedAt()));
    }

    private void requireOwner(String caller) {
        // Someone else's fractal does not exist for the caller.
        if (!ownerId.equals(caller)) {
            throw new NotFoundException("Fractal");
        }
    }

    @EventSourcingHandler
    void on(FractalCreated event) {
        fractalId = event.fractalId();
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(GoalCreated event) {
        goals.put(event.goalId(), new Goal(event.parentId(), event.level(), event.deadline()));
    }

    private record Goal(UUID parentId, GoalLevel level, LocalDate deadline) {
    }
}
