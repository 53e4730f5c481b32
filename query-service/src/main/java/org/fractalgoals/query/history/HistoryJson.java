package org.fractalgoals.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The JSON of this read model's {@code jsonb} columns. Numbers stay exact decimals both ways, so a threshold reads
 * back as it was given, never as a binary floating-point value.
 */
final class HistoryJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
                                               .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                                               .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                                               .build();

    private HistoryJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A field value as the API shows it: ids, dates and enums as text, null as JSON null. */
    static JsonNode value(Object value) {
        return switch (value) {
            case null -> NullNode.instance;
            case String text -> TextNode.valueOf(text);
            case UUID id -> TextNode.valueOf(id.toString());
            case LocalDate date -> TextNode.valueOf(date.toString());
            case Enum<?> constant -> TextNode.valueOf(constant.name());
            default -> MAPPER.valueToTree(value);
        };
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A jsonb column holds no JSON", e);
        }
    }
}
