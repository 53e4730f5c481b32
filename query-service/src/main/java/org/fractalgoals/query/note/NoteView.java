package org.fractalgoals.query.note;

import java.time.Instant;
import java.util.UUID;

/**
 * A note: what it is about ({@code context} {@code session}, {@code instance} or {@code goal}, and
 * {@code contextId}), the session it goes with (null for a goal note), its text and times.
 */
public record NoteView(UUID id, String context, UUID contextId, UUID sessionId, String text, Instant createdAt,
                       Instant updatedAt, long version) {
}
