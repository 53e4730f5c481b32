package org.fractalgoals.events.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates a session in a fractal, linked to {@code goalIds} (at least one, each a goal of the fractal), with
 * the sections given (copied from a template by the caller, with fresh instance ids).
 */
public record CreateSession(@TargetAggregateIdentifier UUID sessionId, UUID fractalId, String name,
                            String description, UUID templateId, UUID programDayId, Instant startedAt,
                            Integer plannedMinutes, List<SessionSection> sections, List<UUID> goalIds,
                            String ownerId, Instant requestedAt) {

    public CreateSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        sections = sections == null ? List.of() : List.copyOf(sections);
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }
}
