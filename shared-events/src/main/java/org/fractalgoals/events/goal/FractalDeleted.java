package org.fractalgoals.events.goal;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A fractal was deleted with everything in it; it answers 404 from now on. */
@Revision("1")
public record FractalDeleted(UUID fractalId, String ownerId, Instant occurredAt) implements GoalEvent {
}
