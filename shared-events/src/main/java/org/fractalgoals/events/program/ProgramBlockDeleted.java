package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A block was deleted with its days ({@code dayIds}); sessions of those days lose their link. */
@Revision("1")
public record ProgramBlockDeleted(UUID fractalId, UUID programId, UUID blockId, List<UUID> dayIds, String ownerId, Instant occurredAt)
        implements ProgramEvent {

    public ProgramBlockDeleted {
        dayIds = dayIds == null ? List.of() : List.copyOf(dayIds);
    }
}
