package org.fractalgoals.command.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generators of what an attacker or a broken client sends: malformed JSON, bodies of the wrong type, field values
 * of the wrong type, huge strings, unicode edge cases (NUL, lone surrogates, right-to-left and zero-width marks,
 * emoji), numbers out of any range, bodies over the size limit, garbage in path ids and in the If-Match and
 * Idempotency-Key headers. JSON is written as text, so that what cannot be said in a Java string (a lone
 * surrogate sent as an escape, NaN, 1e400, a nesting deeper than any parser allows) still reaches the service.
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

    static Arbitrary<HostileRequest> requests() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, objects().map(body -> HostileRequest.body("object with hostile fields", body))),
                Tuple.of(8, value(2).map(body -> HostileRequest.body("a value of the wrong type", body))),
                Tuple.of(12, malformed().map(body -> HostileRequest.body("malformed JSON", body))),
                Tuple.of(3, Arbitraries.integers().between(1_001, 5_000)
                                       .map(depth -> HostileRequest.body("nested " + depth + " deep",
                                                                         "[".repeat(depth) + "]".repeat(depth)))),
                Tuple.of(3, hugeField().map(body -> HostileRequest.body("a huge string", body))),
                Tuple.of(2, Arbitraries.of("\"" + "y".repeat(HostileRequest.BODY_LIMIT + 1000) + "\"",
                                           "{\"name\":\"" + "\u00e9".repeat(HostileRequest.BODY_LIMIT / 2 + 10) + "\"}")
                                       .map(body -> HostileRequest.body("over the body limit", body))),
                Tuple.of(4, Arbitraries.just(new HostileRequest("no body", null, null, Map.of(), null))),
                Tuple.of(4, Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                           "application/json; charset=EBCDIC", "multipart/form-data")
                                       .map(type -> new HostileRequest("content type " + type, "{\"name\":\"x\"}",
                                                                       type, Map.of(), null))),
                Tuple.of(8, pathSegments().map(segment -> new HostileRequest("a hostile path id", "{}",
                                                                             "application/json", Map.of(), segment))),
                Tuple.of(8, headers().map(header -> new HostileRequest("a hostile " + header.getKey(), "{}",
                                                                       "application/json", Map.ofEntries(header),
                                                                       null))));
    }

    /**
     * For commands without a body (deletions), which never read one: what they do read, a hostile path id or
     * header, or a body too large to be let in.
     */
    static Arbitrary<HostileRequest> bodilessRequests() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, pathSegments().map(segment -> new HostileRequest("a hostile path id", null, null,
                                                                              Map.of(), segment))),
                Tuple.of(10, headers().map(header -> new HostileRequest("a hostile " + header.getKey(), null, null,
                                                                        Map.ofEntries(header), null))),
                Tuple.of(1, Arbitraries.just(HostileRequest.body("over the body limit",
                                                                 "\"" + "y".repeat(HostileRequest.BODY_LIMIT + 1000)
                                                                         + "\""))));
    }

    private static Arbitrary<String> objects() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(FIELDS)),
                Tuple.of(1, string()));
        return Combinators.combine(key, value(2)).as(HostileInputs::member).list().ofMinSize(1).ofMaxSize(6)
                          .map(members -> members.stream().collect(Collectors.joining(",", "{", "}")));
    }

    private static String member(String key, String value) {
        return quoted(key, true) + ":" + value;
    }

    /** Any JSON value, hostile where it can be; containers nest up to {@code depth} levels. */
    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(
                Tuple.of(5, string()),
                Tuple.of(4, number()),
                Tuple.of(1, Arbitraries.of("true", "false", "null")));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4)
                                             .map(items -> String.join(",", items)).map(items -> "[" + items + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.lazy(() -> value(depth - 1)))
                                              .as(HostileInputs::member).list().ofMaxSize(4)
                                              .map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(2, array), Tuple.of(2, object));
    }

    private static Arbitrary<String> string() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(EDGE_STRINGS)),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withChars("\u0000\ud800\udc00\u202e\u200b\ufeffa\"\\")
                                       .ofMinLength(1).ofMaxLength(20)));
        return Combinators.combine(text, Arbitraries.of(true, false)).as(HostileInputs::quoted);
    }

    private static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(NUMBERS)),
                Tuple.of(2, Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                                                              java.math.BigInteger.TEN.pow(30)).map(String::valueOf)),
                Tuple.of(2, Arbitraries.doubles().map(String::valueOf)
                                       .filter(text -> !text.contains("N") && !text.contains("I"))));
    }

    private static Arbitrary<String> malformed() {
        Arbitrary<String> truncated = objects().filter(body -> body.length() > 2)
                                               .flatMap(body -> Arbitraries.integers().between(1, body.length() - 1)
                                                                           .map(cut -> body.substring(0, cut)));
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(MALFORMED)),
                Tuple.of(3, truncated),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)));
    }

    private static Arbitrary<String> hugeField() {
        Arbitrary<String> filler = Arbitraries.of("y", "\u00e9", "\ud83c\udfb9", "\u0000", "\u200b");
        return Combinators.combine(Arbitraries.of(FIELDS), filler, Arbitraries.integers().between(50_000, 100_000),
                                   Arbitraries.of(true, false))
                          .as((field, unit, length, escaped) -> "{" + quoted(field, false) + ":"
                                  + quoted(unit.repeat(length / unit.length()), escaped) + "}");
    }

    private static Arbitrary<String> pathSegments() {
        return Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "%C0%80", "%ED%A0%80",
                              "%E2%80%AE", "%F0%9F%8E%B9", "1e400", "-1", "..", "%2E%2E", "%2F", "a".repeat(5_000),
                              "12345678-1234-1234-1234-1234567890123", "%7BfractalId%7D", "null");
    }

    private static Arbitrary<Map.Entry<String, String>> headers() {
        Arbitrary<String> ifMatch = Arbitraries.of("\"abc\"", "\"99999999999999999999\"", "W/\"-1\"", "\"-5\"",
                                                   "\"1e400\"", "\"\"", "\"", "**", "\"1\", \"2\"", "x".repeat(4_000));
        Arbitrary<String> key = Arbitraries.of("not-a-uuid", "", " ", "00000000-0000-0000-0000-000000000000x",
                                               "k".repeat(4_000), "%00", "{}");
        return Arbitraries.oneOf(ifMatch.map(value -> Map.entry("If-Match", value)),
                                 key.map(value -> Map.entry("Idempotency-Key", value)),
                                 Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)
                                            .map(value -> Map.entry("If-Match", value)));
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
