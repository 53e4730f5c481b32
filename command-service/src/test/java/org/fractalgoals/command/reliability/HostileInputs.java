package org.fractalgoals.command.reliability;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.stream.IntStream;

/**
 * Generators of what an attacker or a broken client sends: malformed JSON, bodies of the wrong type, field values
 * of the wrong type, huge strings, unicode edge cases (NUL, lone surrogates, right-to-left and zero-width marks,
 * emoji), numbers out of any range, bodies over the size limit, garbage in path ids and in the If-Match and
 * Idempotency-Key headers. JSON is written as text, so that what cannot be said in a Java string (a lone
 * surrogate sent as an escape, NaN, 1e400, a nesting deeper than any parser allows) still reaches the service.
 *
 * <p>Every choice is drawn from the {@link Random} passed in and from nothing else, so that the same seed gives
 * the same requests again: that is what makes a failure reproducible.
 */
final class HostileInputs {

    /** Field names the command bodies read, so that hostile values reach the code behind them. */
    private static final List<String> FIELDS = List.of(
            "name", "description", "level", "deadline", "relevance", "parentId", "activityId", "thresholds",
            "metricId", "operator", "value", "values", "sets", "metrics", "splits", "splitId", "unit", "topSet",
            "multiplicative", "hasSets", "hasSplits", "hasMetrics", "sections", "plannedMinutes", "activityIds",
            "templateId", "templateIds", "programDayId", "goalIds", "groupId", "groupIds", "newImmediateGoals",
            "startedAt", "stoppedAt", "startDate", "endDate", "date", "dayOfWeek", "color", "context", "contextId",
            "text", "section", "position", "notes", "active", "cascade", "accepted", "version", "completed", "id");

    private static final List<String> NUMBERS = List.of(
            "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "-123456789012345678901234567890",
            "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "-1", "-0", "0", "0.5",
            "1.7976931348623157E309", "4.9e-325", "99999999999999999999.99999999999999999999", "1" + "0".repeat(5000),
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"-1\"", "\"12abc\"");

    private static final List<String> EDGE_STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0000".repeat(10), "\ud800", "\udfff", "x\ud83dy", "\udc00\ud800",
            "\u202eevil\u202c", "\u05e9\u05dc\u05d5\u05dd", "\u200b", "\u200d\u200c\ufeff", "\ufffe\uffff",
            "\ud83c\udfb9\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "e\u0301\u0301\u0301", "\u0007\u001b[31m",
            "\t\r\n", "<script>alert(1)</script>", "'; drop table domainevententry; --", "${jndi:ldap://x}",
            "%s%n%x", "00000000-0000-0000-0000-000000000000", "NaN", "ULTIMATE", "GTE", "2026-02-30", "9999-12-31",
            "-999999999-01-01", "2026-11-25T25:61:61Z", "+1000000000-01-01T00:00:00Z", "#GGGGGG", "MONDAY");

    private static final List<String> MALFORMED = List.of(
            "", " ", "{", "}", "[", "{\"name\":}", "{\"name\" \"x\"}", "{'name':'x'}", "{\"name\":\"x\",}",
            "{\"name\":\"x\"}}", "{\"name\":\"x\"} {}", "{\"name\":\"\\x\"}", "{\"name\":\"\\u12\"}",
            "{\"name\":\"unterminated}", "// comment\n{}", "{\"name\":NaN}", "{\"name\":Infinity}",
            "{\"name\":-}", "{\"name\":01}", "{\"name\":1.}", "{\"name\":.5}", "\ufeff{\"name\":\"bom\"}",
            "{\"name\":\"x\",\"name\":\"y\"}", "nul", "tru", "\u0000", "{\"name\u0000\":1}", "{\"\":\"\"}",
            "\"just a string\"", "42", "null", "true", "[]", "[{}]");

    private HostileInputs() {
    }

    /** One hostile request for a command with a body, drawn from {@code random} alone. */
    static HostileRequest request(Random random) {
        return switch (pick(random, 30, 8, 12, 3, 3, 2, 4, 4, 8, 8)) {
            case 0 -> HostileRequest.body("object with hostile fields", object(random));
            case 1 -> HostileRequest.body("a value of the wrong type", value(random, 2));
            case 2 -> HostileRequest.body("malformed JSON", malformed(random));
            case 3 -> {
                int depth = between(random, 1_001, 5_000);
                yield HostileRequest.body("nested " + depth + " deep", "[".repeat(depth) + "]".repeat(depth));
            }
            case 4 -> HostileRequest.body("a huge string", hugeField(random));
            case 5 -> HostileRequest.body("over the body limit", overTheLimit(random));
            case 6 -> new HostileRequest("no body", null, null, Map.of(), null);
            case 7 -> {
                String type = any(random, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                                  "application/json; charset=EBCDIC", "multipart/form-data"));
                yield new HostileRequest("content type " + type, "{\"name\":\"x\"}", type, Map.of(), null);
            }
            case 8 -> new HostileRequest("a hostile path id", "{}", "application/json", Map.of(), pathSegment(random));
            default -> {
                Map.Entry<String, String> header = header(random);
                yield new HostileRequest("a hostile " + header.getKey(), "{}", "application/json",
                                         Map.ofEntries(header), null);
            }
        };
    }

    /**
     * For commands without a body (deletions), which never read one: what they do read, a hostile path id or
     * header, or a body too large to be let in.
     */
    static HostileRequest bodilessRequest(Random random) {
        return switch (pick(random, 10, 10, 1)) {
            case 0 -> new HostileRequest("a hostile path id", null, null, Map.of(), pathSegment(random));
            case 1 -> {
                Map.Entry<String, String> header = header(random);
                yield new HostileRequest("a hostile " + header.getKey(), null, null, Map.ofEntries(header), null);
            }
            default -> HostileRequest.body("over the body limit",
                                           "\"" + "y".repeat(HostileRequest.BODY_LIMIT + 1000) + "\"");
        };
    }

    /** A JSON object of 1 to 6 members, mostly with field names the API reads. */
    private static String object(Random random) {
        int size = between(random, 1, 6);
        StringJoiner members = new StringJoiner(",", "{", "}");
        for (int i = 0; i < size; i++) {
            String key = pick(random, 9, 1) == 0 ? any(random, FIELDS) : string(random);
            members.add(member(key, value(random, 2)));
        }
        return members.toString();
    }

    private static String member(String key, String value) {
        return quoted(key, true) + ":" + value;
    }

    /** Any JSON value, hostile where it can be; containers nest up to {@code depth} levels. */
    private static String value(Random random, int depth) {
        int kind = depth == 0 ? 0 : pick(random, 6, 2, 2);
        return switch (kind) {
            case 0 -> switch (pick(random, 5, 4, 1)) {
                case 0 -> string(random);
                case 1 -> number(random);
                default -> any(random, List.of("true", "false", "null"));
            };
            case 1 -> {
                StringJoiner items = new StringJoiner(",", "[", "]");
                for (int i = between(random, 0, 4); i > 0; i--) {
                    items.add(value(random, depth - 1));
                }
                yield items.toString();
            }
            default -> {
                StringJoiner members = new StringJoiner(",", "{", "}");
                for (int i = between(random, 0, 4); i > 0; i--) {
                    members.add(member(any(random, FIELDS), value(random, depth - 1)));
                }
                yield members.toString();
            }
        };
    }

    /** A JSON string literal: an edge case, any UTF-16 code units, or a mix of the worst ones. */
    private static String string(Random random) {
        String text = switch (pick(random, 5, 4, 1)) {
            case 0 -> any(random, EDGE_STRINGS);
            case 1 -> anyChars(random, 0, 40);
            default -> chars(random, "\u0000\ud800\udc00\u202e\u200b\ufeffa\"\\", 1, 20);
        };
        return quoted(text, random.nextBoolean());
    }

    private static String number(Random random) {
        return switch (pick(random, 6, 2, 2)) {
            case 0 -> any(random, NUMBERS);
            // Below 2^99, so within 10^30 either way; the bit length varies so that small ones come too.
            case 1 -> {
                BigInteger magnitude = new BigInteger(between(random, 1, 99), random);
                yield (random.nextBoolean() ? magnitude.negate() : magnitude).toString();
            }
            default -> {
                double number;
                do {
                    // Random bits reach the subnormal, the tiny and the huge; a scaled draw the everyday ones.
                    number = random.nextBoolean() ? Double.longBitsToDouble(random.nextLong())
                            : (random.nextDouble() - 0.5) * Math.pow(10, between(random, 0, 12));
                } while (!Double.isFinite(number));
                yield String.valueOf(number);
            }
        };
    }

    private static String malformed(Random random) {
        return switch (pick(random, 4, 3, 2)) {
            case 0 -> any(random, MALFORMED);
            case 1 -> {
                String body;
                do {
                    body = object(random);
                } while (body.length() <= 2);
                yield body.substring(0, between(random, 1, body.length() - 1));
            }
            default -> anyChars(random, 0, 60);
        };
    }

    private static String hugeField(Random random) {
        String unit = any(random, List.of("y", "\u00e9", "\ud83c\udfb9", "\u0000", "\u200b"));
        int length = between(random, 50_000, 100_000);
        return "{" + quoted(any(random, FIELDS), false) + ":" + quoted(unit.repeat(length / unit.length()),
                                                                       random.nextBoolean()) + "}";
    }

    private static String overTheLimit(Random random) {
        return random.nextBoolean() ? "\"" + "y".repeat(HostileRequest.BODY_LIMIT + 1000) + "\""
                : "{\"name\":\"" + "\u00e9".repeat(HostileRequest.BODY_LIMIT / 2 + 10) + "\"}";
    }

    private static String pathSegment(Random random) {
        return any(random, List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "%C0%80", "%ED%A0%80",
                                   "%E2%80%AE", "%F0%9F%8E%B9", "1e400", "-1", "..", "%2E%2E", "%2F", "a".repeat(5_000),
                                   "12345678-1234-1234-1234-1234567890123", "%7BfractalId%7D", "null"));
    }

    private static Map.Entry<String, String> header(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Map.entry("If-Match", any(random, List.of(
                    "\"abc\"", "\"99999999999999999999\"", "W/\"-1\"", "\"-5\"", "\"1e400\"", "\"\"", "\"", "**",
                    "\"1\", \"2\"", "x".repeat(4_000))));
            case 1 -> Map.entry("Idempotency-Key", any(random, List.of(
                    "not-a-uuid", "", " ", "00000000-0000-0000-0000-000000000000x", "k".repeat(4_000), "%00", "{}")));
            default -> {
                StringBuilder value = new StringBuilder();
                for (int i = between(random, 0, 40); i > 0; i--) {
                    value.append((char) between(random, ' ', '~'));
                }
                yield Map.entry("If-Match", value.toString());
            }
        };
    }

    /** The index of one of the weights, each as likely as its weight. */
    private static int pick(Random random, int... weights) {
        int draw = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; ; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
    }

    private static <T> T any(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static int between(Random random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** Any UTF-16 code units, NUL and unpaired surrogates included. */
    private static String anyChars(Random random, int minLength, int maxLength) {
        char[] text = new char[between(random, minLength, maxLength)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
        }
        return new String(text);
    }

    private static String chars(Random random, String alphabet, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = between(random, minLength, maxLength); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /**
     * A JSON string literal. Escaped, every character outside printable ASCII is sent as {@code \\uXXXX}, which is
     * the only way to send a lone surrogate or a NUL inside a string; otherwise as UTF-8, with only what JSON
     * requires escaped (and lone surrogates, which UTF-8 cannot carry).
     */
    static String quoted(String text, boolean escapeAll) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (pair && !escapeAll) {
                json.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || (escapeAll && c > 0x7e) || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
