package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A program was deleted with its blocks and days ({@code dayIds}); sessions of those days lose their link. */
@Revision("1")
public record ProgramDeleted(UUID fractalId, UUID programId, List<UUID> dayIds, String ownerId, Instant occurredAt)
        implements ProgramEvent {

    public ProgramDeleted {
        dayIds = dayIds == null ? List.of() : List.copyOf(dayIds);
    }
}
