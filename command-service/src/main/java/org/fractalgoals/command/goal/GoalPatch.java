package org.fractalgoals.command.goal;

import org.fractalgoals.events.goal.FieldChange;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Body of a PATCH on a goal (or on a fractal, which edits its root goal). A field left out stays as it is;
 * a field sent as {@code null} is cleared (the name cannot be cleared).
 */
record GoalPatch(Optional<String> name,
                 Optional<String> description,
                 Optional<LocalDate> deadline,
                 Optional<String> relevance) {

    /** The new name, "" when the client sent null (refused later as blank), or null when it was left out. */
    String newName() {
        return name == null ? null : name.orElse("");
    }

    static <T> FieldChange<T> change(Optional<T> field) {
        return field == null ? null : FieldChange.to(field.orElse(null));
    }
}
