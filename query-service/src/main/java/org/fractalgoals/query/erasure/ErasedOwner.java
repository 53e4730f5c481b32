package org.fractalgoals.query.erasure;

import java.util.Objects;
import java.util.UUID;

/**
 * Whose rows an erasure removes from a read model: rows that name the owner, and rows of any fractal the owner ever
 * created (most tables name only the fractal, and a deleted fractal leaves rows that name nobody).
 *
 * @param fractalIds as an array, the form a JDBC {@code = any(?)} parameter takes
 */
public record ErasedOwner(String ownerId, UUID[] fractalIds) {

    public ErasedOwner {
        Objects.requireNonNull(ownerId, "ownerId");
        fractalIds = fractalIds.clone();
    }

    @Override
    public UUID[] fractalIds() {
        return fractalIds.clone();
    }
}
