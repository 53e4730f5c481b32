package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A block (a period of the program) was added. */
@Revision("1")
public record ProgramBlockAdded(UUID fractalId, UUID programId, UUID blockId, @PersonalData String name, LocalDate startDate,
                                LocalDate endDate, String color, String ownerId, Instant occurredAt)
        implements ProgramEvent {
}
