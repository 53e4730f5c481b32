package org.fractalgoals.command.importing.v1;

import java.time.Instant;

/** A row of {@code activity_groups}. */
public record V1ActivityGroup(String id, String rootId, String name, String description, int sortOrder,
                              Instant createdAt) {
}
