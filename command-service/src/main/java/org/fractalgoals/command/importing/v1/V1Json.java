package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON columns of v1.2: written by Python or by the browser with different spacing and escaping, so they are
 * always parsed, never compared as text. Numbers become exact decimals, and trailing garbage is an error.
 */
final class V1Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private V1Json() {
    }

    /** Null for null or blank text and for the JSON {@code null}. */
    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isNull() || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            throw new NotJsonException(e.getOriginalMessage());
        }
    }

    /** The elements of an array; none for null; anything else is not the expected shape. */
    static List<JsonNode> elements(JsonNode node, String what) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new NotJsonException(what + " is not an array");
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** A field's text; null when absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** A number given as a JSON number or as typed text; null when absent or blank. */
    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.isTextual() ? value.asText().trim() : null;
        if (text != null && text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text == null ? value.toString() : text);
        } catch (NumberFormatException e) {
            throw new NotJsonException(field + " is not a number ('" + value.asText() + "')");
        }
    }

    /** A whole number of minutes and the like; null when absent or blank. */
    static Integer integer(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new NotJsonException(field + " is not a whole number (" + value + ")");
        }
    }

    /** A document that does not parse, or has an unexpected shape. */
    static final class NotJsonException extends RuntimeException {

        NotJsonException(String message) {
            super(message, null, false, false);
        }
    }
}
