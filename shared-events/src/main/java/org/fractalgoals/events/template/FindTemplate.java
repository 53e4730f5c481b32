package org.fractalgoals.events.template;

import java.util.Objects;
import java.util.UUID;

/** One template of a fractal, answered only to the fractal's owner. */
public record FindTemplate(String ownerId, UUID fractalId, UUID templateId) {

    public FindTemplate {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(fractalId, "fractalId");
        Objects.requireNonNull(templateId, "templateId");
    }
}
