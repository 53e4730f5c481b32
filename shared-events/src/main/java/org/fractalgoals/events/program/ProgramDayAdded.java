package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A day was added to a block: dated, or abstract ({@code date} null); it prescribes templates. */
@Revision("1")
public record ProgramDayAdded(UUID fractalId, UUID programId, UUID blockId, UUID dayId, @PersonalData String name, LocalDate date,
                              int dayNumber, List<UUID> templateIds, String ownerId, Instant occurredAt)
        implements ProgramEvent {

    public ProgramDayAdded {
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
    }
}
