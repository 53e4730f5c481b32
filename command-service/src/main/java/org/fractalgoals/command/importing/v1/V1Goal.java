package org.fractalgoals.command.importing.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of v1.2's {@code goals}. {@code rootId} is the fractal root's id for descendants and null for a root
 * (files migrated from older versions store the root's own id there; the reader turns that into null).
 * {@code type} is v1.2's type name as stored ({@code UltimateGoal} … {@code NanoGoal}).
 */
public record V1Goal(String id, String type, String name, String description, String parentId, String rootId,
                     LocalDate deadline, boolean completed, Instant completedAt, List<V1Target> targets,
                     Instant createdAt) {

    public V1Goal {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
