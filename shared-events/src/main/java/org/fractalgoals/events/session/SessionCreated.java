package org.fractalgoals.events.session;

import org.axonframework.serialization.Revision;
import org.fractalgoals.events.personaldata.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A practice session was created, empty or from a template (then {@code templateId}, its sections with fresh
 * activity instances and its total as {@code plannedMinutes}), linked to goals. {@code startedAt} is null for a
 * session not started yet.
 */
@Revision("1")
public record SessionCreated(UUID fractalId, UUID sessionId, @PersonalData String name,
                             @PersonalData String description, UUID templateId, UUID programDayId, Instant startedAt,
                             Integer plannedMinutes, List<SessionSection> sections, List<UUID> goalIds,
                             String ownerId,
                             Instant occurredAt) implements SessionEvent {

    public SessionCreated {
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        sections = sections == null ? List.of() : List.copyOf(sections);
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
