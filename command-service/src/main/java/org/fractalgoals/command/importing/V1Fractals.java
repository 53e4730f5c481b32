package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Goal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fractals of a v1.2 file, for rows that name theirs by {@code root_id} (groups, activities, templates…).
 * A fractal's id is its root goal's: {@code idOf("goals", rootId)}.
 */
final class V1Fractals {

    /** Deleting a fractal in v1.2 left its catalogue, templates and programs behind (quirk 6). */
    static final String GONE = "its fractal no longer exists in the file";

    private final Map<String, V1Goal> goals = new HashMap<>();

    V1Fractals(V1Database source) {
        source.goals().forEach(goal -> goals.put(goal.id(), goal));
    }

    /** Why a row of the fractal {@code rootId} cannot be imported, or empty when that fractal was imported. */
    Optional<String> refusal(String rootId, ImportContext context) {
        V1Goal root = rootId == null ? null : goals.get(rootId);
        if (root == null) {
            return Optional.of(GONE);
        }
        if (!root.isRoot()) {
            return Optional.of("its root_id names goal " + rootId + ", which is not the root of a fractal");
        }
        if (!context.imported("goals", rootId)) {
            return Optional.of("its fractal (root goal " + rootId + ") was not imported");
        }
        return Optional.empty();
    }

    static UUID fractalId(String rootId, ImportContext context) {
        return context.idOf("goals", rootId);
    }
}
