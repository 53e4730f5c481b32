package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.GoalEvent;

/** One event of a fractal's stream with its sequence number there. */
record SequencedGoalEvent(long sequence, GoalEvent event) {
}
