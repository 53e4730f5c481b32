package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A goal was detached from a block. */
@Revision("1")
public record BlockGoalDetached(UUID fractalId, UUID programId, UUID blockId, UUID goalId, String ownerId, Instant occurredAt)
        implements ProgramEvent {
}
