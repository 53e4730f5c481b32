package org.fractalgoals.command.goal;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Body of a PATCH on a goal (or on a fractal, which edits its root goal). A field left out stays as it is;
 * a field sent as {@code null} is cleared (the name cannot be cleared). Read from the JSON tree because
 * Jackson's binding cannot tell a missing field from a null one.
 */
record GoalPatch(String name, FieldChange<String> description, FieldChange<LocalDate> deadline,
                 FieldChange<String> relevance) {

    private static final Set<String> FIELDS = Set.of("name", "description", "deadline", "relevance");

    static GoalPatch from(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new RuleViolationException("body", "Must be a JSON object");
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                errors.add(new FieldError(field, "Is not a field that can be changed here"));
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
        FieldChange<String> relevance = body.has("relevance") ? FieldChange.to(text(body, "relevance", errors)) : null;
        FieldChange<LocalDate> deadline = body.has("deadline") ? FieldChange.to(date(body, "deadline", errors)) : null;
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new GoalPatch(name, description, deadline, relevance);
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

    private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Must be a date as YYYY-MM-DD, or null"));
            return null;
        }
    }
}
