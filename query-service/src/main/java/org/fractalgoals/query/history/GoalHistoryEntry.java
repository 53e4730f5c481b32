package org.fractalgoals.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event in a goal's history: its sequence number in the fractal's stream, its type (the event's name), when
 * it happened, who acted (a user id or {@code system}) and what changed.
 */
public record GoalHistoryEntry(long sequence, String type, Instant occurredAt, String actor, JsonNode change) {
}
