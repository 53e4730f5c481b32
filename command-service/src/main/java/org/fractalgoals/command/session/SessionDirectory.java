package org.fractalgoals.command.session;

import java.util.Optional;
import java.util.UUID;

/** Which sessions, activity instances and goals exist in a fractal (not deleted), for other features' checks. */
public interface SessionDirectory {

    boolean sessionExists(UUID fractalId, UUID sessionId);

    /** The session of the instance, if the instance exists in a session of the fractal that is not deleted. */
    Optional<UUID> sessionOfInstance(UUID fractalId, UUID instanceId);

    boolean goalExists(UUID fractalId, UUID goalId);
}
