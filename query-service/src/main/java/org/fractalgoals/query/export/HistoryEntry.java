package org.fractalgoals.query.export;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One event of the user's history: where it is (its global position in the event store, its aggregate and sequence
 * number there), what it is (its name and, for a revised event, the revision it is shown in), when it happened for the
 * user and when it was stored, who acted (and for whom, for a step the system took), and the event itself, decrypted.
 */
record HistoryEntry(long position,
                    String aggregateType,
                    String aggregateId,
                    long sequence,
                    String type,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String revision,
                    Instant occurredAt,
                    Instant recordedAt,
                    String actor,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String onBehalfOf,
                    Object payload) {
}
