package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** A day was deleted; sessions of that day lose their link. */
@Revision("1")
public record ProgramDayDeleted(UUID fractalId, UUID programId, UUID blockId, UUID dayId, String ownerId, Instant occurredAt)
        implements ProgramEvent {
}
