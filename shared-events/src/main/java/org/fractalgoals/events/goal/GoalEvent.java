package org.fractalgoals.events.goal;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Everything that happens inside one fractal (the aggregate that guards the goal tree). */
public sealed interface GoalEvent extends OwnedEvent permits FractalCreated, FractalDeleted, GoalChange {

    UUID fractalId();
}
