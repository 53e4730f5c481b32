package org.fractalgoals.command.session;

import org.fractalgoals.command.activity.ActivityLookup;

import java.util.Optional;
import java.util.UUID;

/**
 * What the session rules look up outside the session: the activities of the fractal and its goals. Injected
 * into the {@link Session} aggregate's command handlers, so that fixture tests can give their own.
 */
interface SessionReferences {

    /** The activity's shape, if it exists in the fractal and is not deleted. */
    Optional<ActivityLookup.Shape> activity(UUID fractalId, UUID activityId);

    /** Whether the goal exists in the fractal and is not deleted. */
    boolean goalExists(UUID fractalId, UUID goalId);
}
