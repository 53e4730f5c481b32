package org.fractalgoals.query.replay;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sends many rows of one {@code insert ... values (?, ...)} as statements of 64 and 8 rows, the rest one by one,
 * each size as one JDBC batch. PostgreSQL spends more on each statement than on each row, and a replay inserts
 * most of its rows in long runs of one statement. Only plain inserts qualify, with {@code on conflict do nothing}
 * at most: rows of one statement then end as they would one after the other (a later row with the key of an
 * earlier one is skipped), where {@code do update} would fail on a key met twice; an upsert qualifies only where
 * its caller guarantees distinct keys ({@link #ofDistinctRows}).
 */
public final class MultiRowInsert {

    private static final int[] SIZES = {64, 8, 1};
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\s*\\?(::\\w+)?(\\s*,\\s*\\?(::\\w+)?)*\\s*");
    private static final Map<String, Optional<MultiRowInsert>> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, Optional<MultiRowInsert>> PARSED_UPSERTS = new ConcurrentHashMap<>();

    /** The statement for each of {@link #SIZES}, made once. */
    private final String[] statements;

    private MultiRowInsert(String sql, String head, String row, String tail) {
        this.statements = Arrays.stream(SIZES)
                                .mapToObj(rows -> rows == 1 ? sql
                                        : head + String.join(", ", Collections.nCopies(rows, row)) + tail)
                                .toArray(String[]::new);
    }

    /** The statement as a multi-row insert, or empty when it is not a plain insert of one row of placeholders. */
    static Optional<MultiRowInsert> of(String sql) {
        return PARSED.computeIfAbsent(sql, statement -> parse(statement, false));
    }

    /**
     * As {@link #of}, also for {@code insert ... on conflict (...) do update}, for rows whose keys the caller
     * guarantees to be distinct (one statement may not update a row twice).
     */
    public static Optional<MultiRowInsert> ofDistinctRows(String sql) {
        return PARSED_UPSERTS.computeIfAbsent(sql, statement -> parse(statement, true));
    }

    private static Optional<MultiRowInsert> parse(String sql, boolean distinctRows) {
        String lower = sql.toLowerCase(Locale.ROOT);
        int values = lower.indexOf(" values (");
        if (!lower.startsWith("insert into ") || values < 0 || values != lower.lastIndexOf(" values (")) {
            return Optional.empty();
        }
        int open = values + " values ".length();
        int close = sql.indexOf(')', open);
        String tail = sql.substring(close + 1);
        String row = sql.substring(open, close + 1);
        boolean tailAllowed = tail.isBlank() || tail.trim().equalsIgnoreCase("on conflict do nothing")
                || distinctRows && tail.trim().toLowerCase(Locale.ROOT).startsWith("on conflict ");
        if (!tailAllowed || !PLACEHOLDERS.matcher(row.substring(1, row.length() - 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new MultiRowInsert(sql, sql.substring(0, open), row, tail));
    }

    /** Inserts the rows in their order. */
    public void send(JdbcTemplate jdbc, List<Object[]> rows) {
        int next = 0;
        for (int i = 0; i < SIZES.length; i++) {
            int size = SIZES[i];
            List<Object[]> arguments = new ArrayList<>();
            while (rows.size() - next >= size) {
                arguments.add(size == 1 ? rows.get(next) : flatten(rows.subList(next, next + size)));
                next += size;
            }
            if (!arguments.isEmpty()) {
                jdbc.batchUpdate(statements[i], arguments);
            }
        }
    }

    private static Object[] flatten(List<Object[]> rows) {
        List<Object> all = new ArrayList<>();
        rows.forEach(row -> all.addAll(Arrays.asList(row)));
        return all.toArray();
    }
}
