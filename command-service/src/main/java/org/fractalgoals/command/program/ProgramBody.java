package org.fractalgoals.command.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.fractalgoals.platform.errors.FieldError;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the fields of a program, block or day body, collecting a message per malformed field. A PATCH tells a
 * field left out ({@link #has}) from one sent as null.
 */
final class ProgramBody {

    private final JsonNode json;
    final List<FieldError> errors = new ArrayList<>();

    ProgramBody(JsonNode json) {
        this.json = json == null || json.isNull() ? NullNode.getInstance() : json;
        if (json != null && !json.isNull() && !json.isObject()) {
            errors.add(new FieldError("body", "Must be a JSON object"));
        }
    }

    boolean has(String field) {
        return json.has(field);
    }

    String text(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "Must be text"));
            return null;
        }
        return node.asText();
    }

    LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Invalid date format"));
            return null;
        }
    }

    Boolean bool(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError(field, "Must be true or false"));
            return null;
        }
        return node.asBoolean();
    }

    List<UUID> ids(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError(field, "Must be a list of ids"));
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                ids.add(UUID.fromString(node.get(i).asText()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + "[" + i + "]", "Must be an id"));
            }
        }
        return ids;
    }

    DayOfWeek dayOfWeek(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "One of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"));
            return null;
        }
    }

    ZoneId zone(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "Unknown time zone"));
            return null;
        }
    }

    void refuseIfMalformed() {
        ProgramRules.refuseIfAny(errors);
    }
}
