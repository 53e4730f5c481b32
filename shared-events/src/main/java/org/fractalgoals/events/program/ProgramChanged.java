package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A program's fields were replaced as a whole. */
@Revision("1")
public record ProgramChanged(UUID fractalId, UUID programId, @PersonalData String name, @PersonalData String description, LocalDate startDate, LocalDate endDate,
                             boolean active, List<UUID> goalIds, String ownerId, Instant occurredAt)
        implements ProgramEvent {

    public ProgramChanged {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
