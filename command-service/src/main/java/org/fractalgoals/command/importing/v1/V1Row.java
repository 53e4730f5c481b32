package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * One row of a v1.2 table, read by column name: files migrated from older versions order and type their columns
 * differently and lack some, so a missing column reads as null and unknown ones are ignored. A value that does not
 * convert throws {@link V1RowException} naming the table, row and column.
 */
final class V1Row {

    private final String table;
    private final Map<String, Object> values;

    /** {@code values} must look columns up case-insensitively (SQLite names are). */
    V1Row(String table, Map<String, Object> values) {
        this.table = table;
        this.values = values;
    }

    String id() {
        return text("id");
    }

    String text(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    boolean bool(String column) {
        return bool(column, false);
    }

    /** v1.2 stores 0/1; older files may say true/false. */
    boolean bool(String column, boolean whenNull) {
        Object value = values.get(column);
        if (value == null) {
            return whenNull;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return switch (value.toString().trim().toLowerCase()) {
            case "1", "true", "t" -> true;
            case "0", "false", "f", "" -> false;
            default -> throw invalid(column, "not a boolean", value);
        };
    }

    Integer integer(String column) {
        Long value = whole(column);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw invalid(column, "out of range", value);
        }
        return value == null ? null : value.intValue();
    }

    Long whole(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw invalid(column, "not a whole number", value);
        }
    }

    Double real(String column) {
        BigDecimal value = decimal(column);
        return value == null ? null : value.doubleValue();
    }

    /** For NOT NULL columns whose value the record cannot do without. */
    double requiredReal(String column) {
        Double value = real(column);
        if (value == null) {
            throw new V1RowException(where(column) + ": missing");
        }
        return value;
    }

    BigDecimal decimal(String column) {
        Object value = values.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(column, "not a number", value);
        }
    }

    Instant instant(String column) {
        return time(column, V1Times::instant, "not a time");
    }

    LocalDate date(String column) {
        return time(column, V1Times::date, "not a date");
    }

    /** For ordering only: an unreadable time sorts like a missing one instead of failing the row. */
    Instant instantOrNull(String column) {
        try {
            return instant(column);
        } catch (V1RowException e) {
            return null;
        }
    }

    /** The column's JSON document; null for NULL or blank text. */
    JsonNode json(String column) {
        String text = text(column);
        try {
            return V1Json.parse(text);
        } catch (V1Json.NotJsonException e) {
            throw new V1RowException(where(column) + ": not JSON (" + e.getMessage() + ")");
        }
    }

    /** Applies a parser to the column's JSON, naming the column when the document has an unexpected shape. */
    <T> T json(String column, Function<JsonNode, T> parser) {
        JsonNode node = json(column);
        try {
            return parser.apply(node);
        } catch (V1Json.NotJsonException e) {
            throw new V1RowException(where(column) + ": " + e.getMessage());
        }
    }

    private <T> T time(String column, Function<String, T> parser, String problem) {
        String text = text(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (values.get(column) instanceof Number) {
            throw invalid(column, problem, text);
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw invalid(column, problem, text);
        }
    }

    private V1RowException invalid(String column, String problem, Object value) {
        return new V1RowException(where(column) + ": " + problem + " ('" + abbreviated(value) + "')");
    }

    private String where(String column) {
        return table + " row " + id() + ", column " + column;
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
