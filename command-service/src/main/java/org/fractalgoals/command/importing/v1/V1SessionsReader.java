package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.command.importing.v1.V1Instance.V1MetricValue;
import org.fractalgoals.command.importing.v1.V1Instance.V1Set;
import org.fractalgoals.command.importing.v1.V1Instance.V1SetEntry;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionGoal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** {@code sessions} (soft-deleted ones included) with their goal links, and {@code activity_instances}. */
final class V1SessionsReader {

    private static final Comparator<V1Row> BY_CREATION =
            Comparator.comparing((V1Row row) -> row.instantOrNull("created_at"),
                                 Comparator.nullsLast(Comparator.naturalOrder()));

    private V1SessionsReader() {
    }

    static List<V1Session> sessions(List<V1Row> rows, List<V1Row> goalLinkRows, List<V1Row> instanceRows,
                                    V1RowReads reads) {
        Map<String, List<V1Row>> goalLinks = V1RowReads.byParent(goalLinkRows, "session_id");
        Map<String, List<V1Row>> instances = V1RowReads.byParent(instanceRows, "session_id");
        List<V1Session> sessions = reads.each("sessions", rows, row -> {
            Set<String> instanceIds = new HashSet<>();
            instances.getOrDefault(row.id(), List.of()).forEach(instance -> instanceIds.add(instance.id()));
            V1SessionDataParser.SessionData data =
                    row.json("attributes", json -> V1SessionDataParser.parse(json, instanceIds));
            String templateId = row.text("template_id") != null ? row.text("template_id") : data.templateId();
            return new V1Session(row.id(), row.text("root_id"), row.text("name"), row.text("description"),
                                 row.instant("session_start"), row.instant("session_end"),
                                 row.integer("duration_minutes"), row.whole("total_duration_seconds"),
                                 row.bool("completed"), row.instant("completed_at"), row.instant("deleted_at"),
                                 row.text("program_day_id"), templateId, data.sections(),
                                 goals(goalLinks.getOrDefault(row.id(), List.of())), row.instant("created_at"));
        });
        return V1RowReads.inCreationOrder(sessions, V1Session::createdAt, V1Session::id);
    }

    private static List<V1SessionGoal> goals(List<V1Row> rows) {
        return sorted(rows, BY_CREATION.thenComparing(row -> row.text("goal_id"),
                                                      Comparator.nullsLast(Comparator.naturalOrder())),
                      row -> new V1SessionGoal(row.text("goal_id"), row.text("goal_type")));
    }

    static List<V1Instance> instances(List<V1Row> rows, List<V1Row> metricValueRows, V1RowReads reads) {
        Map<String, List<V1Row>> values = V1RowReads.byParent(metricValueRows, "activity_instance_id");
        List<V1Instance> instances = reads.each("activityInstances", rows, row -> new V1Instance(
                row.id(), row.text("session_id"), row.text("activity_definition_id"), row.text("root_id"),
                row.instant("time_start"), row.instant("time_stop"), row.whole("duration_seconds"),
                row.text("notes"), row.json("data", V1SessionsReader::sets),
                metricValues(values.getOrDefault(row.id(), List.of())), row.instant("created_at")));
        return V1RowReads.inCreationOrder(instances, V1Instance::createdAt, V1Instance::id);
    }

    /** {@code data.sets} in array order; typed values are decimals, a value never typed ({@code ""}) is null. */
    private static List<V1Set> sets(JsonNode data) {
        if (data == null) {
            return List.of();
        }
        if (!data.isObject()) {
            throw new V1Json.NotJsonException("data is not an object");
        }
        List<V1Set> sets = new ArrayList<>();
        for (JsonNode set : V1Json.elements(data.get("sets"), "sets")) {
            List<V1SetEntry> entries = new ArrayList<>();
            for (JsonNode entry : V1Json.elements(set.get("metrics"), "a set's metrics")) {
                entries.add(new V1SetEntry(V1Json.text(entry, "metric_id"), V1Json.text(entry, "split_id"),
                                           V1Json.decimal(entry, "value")));
            }
            sets.add(new V1Set(entries));
        }
        return sets;
    }

    private static List<V1MetricValue> metricValues(List<V1Row> rows) {
        return sorted(rows, BY_CREATION.thenComparing(V1Row::id, Comparator.nullsLast(Comparator.naturalOrder())),
                      row -> new V1MetricValue(row.id(), row.text("metric_definition_id"),
                                               row.text("split_definition_id"), row.requiredReal("value")));
    }

    private static <T> List<T> sorted(List<V1Row> rows, Comparator<V1Row> order, Function<V1Row, T> reader) {
        List<V1Row> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return sorted.stream().map(reader).toList();
    }
}
