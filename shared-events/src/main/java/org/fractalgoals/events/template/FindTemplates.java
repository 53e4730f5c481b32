package org.fractalgoals.events.template;

import java.util.Objects;
import java.util.UUID;

/** A fractal's templates, newest first, one page at a time ({@code cursor} null for the first page). */
public record FindTemplates(String ownerId, UUID fractalId, int limit, String cursor) {

    public FindTemplates {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
    }
}
