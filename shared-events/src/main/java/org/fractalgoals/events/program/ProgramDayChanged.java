package org.fractalgoals.events.program;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A day's name and templates were replaced (by an edit, a cascade, a copy or a re-add on its date). */
@Revision("1")
public record ProgramDayChanged(UUID fractalId, UUID programId, UUID blockId, UUID dayId, @PersonalData String name,
                                List<UUID> templateIds, String ownerId, Instant occurredAt)
        implements ProgramEvent {

    public ProgramDayChanged {
        templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
    }
}
