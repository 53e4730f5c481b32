package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training program was made for target goals of the fractal, between two dates. */
@Revision("1")
public record ProgramCreated(UUID fractalId, UUID programId, @PersonalData String name, @PersonalData String description, LocalDate startDate, LocalDate endDate,
                             boolean active, List<UUID> goalIds, String ownerId, Instant occurredAt)
        implements ProgramEvent {

    public ProgramCreated {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
