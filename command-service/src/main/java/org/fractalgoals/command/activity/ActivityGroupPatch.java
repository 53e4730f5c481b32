package org.fractalgoals.command.activity;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A group body ({@code name}, {@code description}) read from the JSON tree: on a PATCH a missing field stays,
 * a null description is cleared, a null name is refused by the rules.
 */
record ActivityGroupPatch(String name, FieldChange<String> description) {

    private static final Set<String> FIELDS = Set.of("name", "description");

    static ActivityGroupPatch from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new RuleViolationException("body", "Must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                errors.add(new FieldError(field, "Is not a field of a group"));
            }
        });
        String name = null;
        if (body.has("name")) {
            name = text(body, "name", errors);
            if (name == null) {
                name = "";
            }
        }
        FieldChange<String> description = body.has("description") ? FieldChange.to(text(body, "description", errors)) : null;
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new ActivityGroupPatch(name, description);
    }

    String descriptionOrNull() {
        return description == null ? null : description.value();
    }

    private static String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "Must be a string or null"));
            return null;
        }
        return value.asText();
    }
}
