package org.fractalgoals.command.importing.v1;

import org.fractalgoals.command.importing.v1.V1Database.V1Unreadable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns rows into records one by one, so that a row that cannot be read is listed as unreadable (and skipped)
 * instead of stopping the read.
 */
final class V1RowReads {

    private final List<V1Unreadable> unreadable = new ArrayList<>();

    <T> List<T> each(String entity, List<V1Row> rows, Function<V1Row, T> reader) {
        List<T> records = new ArrayList<>();
        for (V1Row row : rows) {
            try {
                records.add(reader.apply(row));
            } catch (V1RowException e) {
                unreadable.add(new V1Unreadable(entity, row.id(), e.getMessage()));
            }
        }
        return records;
    }

    List<V1Unreadable> unreadable() {
        return unreadable;
    }

    /** Rows grouped by a column naming their parent, each group in file order. */
    static Map<String, List<V1Row>> byParent(List<V1Row> rows, String parentColumn) {
        Map<String, List<V1Row>> groups = new LinkedHashMap<>();
        for (V1Row row : rows) {
            String parent = row.text(parentColumn);
            if (parent != null) {
                groups.computeIfAbsent(parent, key -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }

    /** Creation order, then id, so that the same file always reads the same; rows without a time come last. */
    static <T> List<T> inCreationOrder(List<T> records, Function<T, Instant> createdAt, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                              .thenComparing(id, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }
}
