package org.fractalgoals.command.program;

import org.fractalgoals.events.goal.GoalLevel;

import java.util.Optional;
import java.util.UUID;

/**
 * What the program rules look up outside the program: goals and templates of the fractal. Injected into the
 * {@link Program} aggregate's command handlers, so that fixture tests can give their own.
 */
interface ProgramReferences {

    /** The goal's level, if it exists in the fractal and is not deleted. */
    Optional<GoalLevel> goalLevel(UUID fractalId, UUID goalId);

    /** Whether the template exists in the fractal and is not deleted. */
    boolean templateExists(UUID fractalId, UUID templateId);
}
