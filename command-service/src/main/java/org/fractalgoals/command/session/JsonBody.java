package org.fractalgoals.command.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Reads a request body from its JSON tree, collecting an error per field at fault, named by its path in the
 * body ({@code newImmediateGoals[0].parentId}). Read from the tree because binding cannot tell a field left out
 * from one sent as null, which differ for PATCH (keep / clear) and for a session's {@code startedAt}.
 */
final class JsonBody {

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    private JsonBody(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The body as an object with only these fields; anything else is an error. */
    static JsonBody object(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            throw new RuleViolationException("body", "Must be a JSON object");
        }
        return new JsonBody(body, "", new ArrayList<>()).only(fields);
    }

    /** The body as an array; each element is read by {@code element} (given the element and its index). */
    static <T> List<T> array(JsonNode body, BiFunction<JsonBody, Integer, T> element) {
        if (body == null || !body.isArray()) {
            throw new RuleViolationException("body", "Must be a JSON array");
        }
        JsonBody root = new JsonBody(body, "", new ArrayList<>());
        List<T> items = root.elements(body, "", element);
        root.done();
        return items;
    }

    private JsonBody only(Set<String> fields) {
        node.fieldNames().forEachRemaining(field -> {
            if (!fields.contains(field)) {
                error(field, "Is not a field of this request");
            }
        });
        return this;
    }

    boolean has(String field) {
        return node.has(field);
    }

    boolean isObject() {
        return node.isObject();
    }

    void error(String field, String message) {
        errors.add(new FieldError(path + field, message));
    }

    /** Throws the collected errors, if any. */
    void done() {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            error(field, "Must be a string or null");
            return null;
        }
        return value.asText();
    }

    /** Text that must be there and not blank. */
    String requiredText(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            if (errors.stream().noneMatch(e -> e.field().equals(path + field))) {
                error(field, "Must not be blank");
            }
            return null;
        }
        return text;
    }

    UUID uuid(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            error(field, "Must be an id (a UUID)");
            return null;
        }
    }

    UUID requiredUuid(String field) {
        UUID id = uuid(field);
        if (id == null && (node.get(field) == null || node.get(field).isNull())) {
            error(field, "Is required");
        }
        return id;
    }

    Instant instant(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            error(field, "Must be an ISO-8601 instant such as 2026-01-05T10:00:00Z, or null");
            return null;
        }
    }

    Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(field, "Must be a whole number");
            return null;
        }
        return value.intValue();
    }

    Integer requiredInteger(String field) {
        Integer value = integer(field);
        if (value == null && (node.get(field) == null || node.get(field).isNull())) {
            error(field, "Is required");
        }
        return value;
    }

    BigDecimal number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            error(field, "Must be a number or null");
            return null;
        }
        return value.decimalValue();
    }

    /** A field sent (possibly as null) becomes a change; a field left out, null. */
    <T> FieldChange<T> change(String field, BiFunction<JsonBody, String, T> read) {
        return node.has(field) ? FieldChange.to(read.apply(this, field)) : null;
    }

    List<UUID> uuids(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            error(field, "Must be an array of ids");
            return null;
        }
        return elements(value, field, (element, index) -> {
            try {
                if (element.node.isTextual()) {
                    return UUID.fromString(element.node.asText());
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            errors.add(new FieldError(element.path, "Must be an id (a UUID)"));
            return null;
        }).stream().filter(Objects::nonNull).toList();
    }

    /** The elements of the array in {@code field}, each read as an object by {@code element}. */
    <T> List<T> objects(String field, Set<String> fields, BiFunction<JsonBody, Integer, T> element) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            error(field, "Must be an array");
            return null;
        }
        return elements(value, field, (item, index) -> {
            if (!item.node.isObject()) {
                errors.add(new FieldError(item.path, "Must be an object"));
                return null;
            }
            return element.apply(new JsonBody(item.node, item.path + ".", errors).only(fields), index);
        });
    }

    private <T> List<T> elements(JsonNode array, String field, BiFunction<JsonBody, Integer, T> element) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + field + "[" + i + "]";
            items.add(element.apply(new JsonBody(array.get(i), itemPath, errors), i));
        }
        return items;
    }

    /** This element as an object with only these fields (for array bodies). */
    JsonBody asObject(Set<String> fields) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, "Must be an object"));
            return null;
        }
        return new JsonBody(node, path + ".", errors).only(fields);
    }
}
