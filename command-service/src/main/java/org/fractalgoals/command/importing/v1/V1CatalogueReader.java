package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.command.importing.v1.V1Activity.V1Metric;
import org.fractalgoals.command.importing.v1.V1Activity.V1Split;
import org.fractalgoals.command.importing.v1.V1Template.V1TemplateSection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Activity groups, activities with their metrics and splits, and session templates. */
final class V1CatalogueReader {

    private V1CatalogueReader() {
    }

    static List<V1ActivityGroup> groups(List<V1Row> rows, V1RowReads reads) {
        List<V1ActivityGroup> groups = reads.each("activityGroups", rows, row -> new V1ActivityGroup(
                row.id(), row.text("root_id"), row.text("name"), row.text("description"),
                orZero(row.integer("sort_order")), row.instant("created_at")));
        return V1RowReads.inCreationOrder(groups, V1ActivityGroup::createdAt, V1ActivityGroup::id);
    }

    static List<V1Activity> activities(List<V1Row> rows, List<V1Row> metricRows, List<V1Row> splitRows,
                                       V1RowReads reads) {
        Map<String, List<V1Row>> metrics = V1RowReads.byParent(metricRows, "activity_id");
        Map<String, List<V1Row>> splits = V1RowReads.byParent(splitRows, "activity_id");
        List<V1Activity> activities = reads.each("activities", rows, row -> new V1Activity(
                row.id(), row.text("root_id"), row.text("group_id"), row.text("name"), row.text("description"),
                row.bool("has_sets"), row.bool("has_metrics"), row.bool("metrics_multiplicative"),
                row.bool("has_splits"), metrics(metrics.getOrDefault(row.id(), List.of())),
                splits(splits.getOrDefault(row.id(), List.of())), row.instant("created_at")));
        return V1RowReads.inCreationOrder(activities, V1Activity::createdAt, V1Activity::id);
    }

    /** Active metrics (v1.2 never deactivates one, older versions did) in display order. */
    private static List<V1Metric> metrics(List<V1Row> rows) {
        List<V1Row> active = new ArrayList<>(rows.stream().filter(row -> row.bool("is_active", true)).toList());
        active.sort(Comparator.comparing((V1Row row) -> orZero(row.integer("sort_order")))
                              .thenComparing(row -> row.instantOrNull("created_at"),
                                             Comparator.nullsLast(Comparator.naturalOrder()))
                              .thenComparing(V1Row::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return active.stream()
                     .map(row -> new V1Metric(row.id(), row.text("name"), row.text("unit"),
                                              row.bool("is_top_set_metric"), row.bool("is_multiplicative", true)))
                     .toList();
    }

    private static List<V1Split> splits(List<V1Row> rows) {
        List<V1Split> splits = new ArrayList<>(rows.stream()
                .map(row -> new V1Split(row.id(), row.text("name"), orZero(row.integer("order"))))
                .toList());
        splits.sort(Comparator.comparingInt(V1Split::order));
        return splits;
    }

    static List<V1Template> templates(List<V1Row> rows, V1RowReads reads) {
        List<V1Template> templates = reads.each("templates", rows, row -> new V1Template(
                row.id(), row.text("root_id"), row.text("name"), row.text("description"),
                row.json("template_data", V1CatalogueReader::sections),
                row.json("template_data", json -> V1Json.integer(json, "total_duration_minutes")),
                row.instant("created_at")));
        return V1RowReads.inCreationOrder(templates, V1Template::createdAt, V1Template::id);
    }

    private static List<V1TemplateSection> sections(JsonNode data) {
        List<V1TemplateSection> sections = new ArrayList<>();
        for (JsonNode section : V1Json.elements(data == null ? null : data.get("sections"), "sections")) {
            sections.add(new V1TemplateSection(V1Json.text(section, "name"),
                                               V1Json.integer(section, "duration_minutes"),
                                               plannedActivityIds(section)));
        }
        return sections;
    }

    /** The activities a section plans: {@code activities}, or {@code exercises} in older documents. */
    static List<String> plannedActivityIds(JsonNode section) {
        JsonNode planned = section.has("activities") ? section.get("activities") : section.get("exercises");
        List<String> ids = new ArrayList<>();
        for (JsonNode activity : V1Json.elements(planned, "a section's activities")) {
            String id = V1Json.text(activity, "activity_id");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
