package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.command.importing.v1.V1Program.V1Block;
import org.fractalgoals.command.importing.v1.V1Program.V1Day;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code programs} with their blocks, days and the days' templates. The rows are the truth:
 * {@code programs.weekly_schedule} is a legacy copy of what the client last sent and is ignored.
 */
final class V1ProgramsReader {

    private final Map<String, List<V1Row>> blocks;
    private final Map<String, List<V1Row>> days;
    private final Map<String, List<V1Row>> dayTemplates;

    V1ProgramsReader(List<V1Row> blockRows, List<V1Row> dayRows, List<V1Row> dayTemplateRows) {
        this.blocks = V1RowReads.byParent(blockRows, "program_id");
        this.days = V1RowReads.byParent(dayRows, "block_id");
        this.dayTemplates = V1RowReads.byParent(dayTemplateRows, "program_day_id");
    }

    List<V1Program> read(List<V1Row> rows, V1RowReads reads) {
        List<V1Program> programs = reads.each("programs", rows, row -> new V1Program(
                row.id(), row.text("root_id"), row.text("name"), row.text("description"), row.date("start_date"),
                row.date("end_date"), row.bool("is_active"), row.json("goal_ids", V1ProgramsReader::ids),
                blocks(blocks.getOrDefault(row.id(), List.of())), row.instant("created_at")));
        return V1RowReads.inCreationOrder(programs, V1Program::createdAt, V1Program::id);
    }

    /** Blocks have no creation time: by start date, then id. */
    private List<V1Block> blocks(List<V1Row> rows) {
        List<V1Block> blocks = new ArrayList<>(rows.stream().map(row -> new V1Block(
                row.id(), row.text("name"), row.date("start_date"), row.date("end_date"), row.text("color"),
                row.json("goal_ids", V1ProgramsReader::ids), days(days.getOrDefault(row.id(), List.of())))).toList());
        blocks.sort(Comparator.comparing(V1Block::start, Comparator.nullsLast(Comparator.naturalOrder()))
                              .thenComparing(V1Block::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return blocks;
    }

    /** Days have no creation time: by day number (which may repeat), then date (abstract days last), then id. */
    private List<V1Day> days(List<V1Row> rows) {
        List<V1Day> days = new ArrayList<>(rows.stream().map(row -> new V1Day(
                row.id(), row.date("date"), V1CatalogueReader.orZero(row.integer("day_number")), row.text("name"),
                templateIds(dayTemplates.getOrDefault(row.id(), List.of())))).toList());
        days.sort(Comparator.comparingInt(V1Day::dayNumber)
                            .thenComparing(V1Day::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(V1Day::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return days;
    }

    /** By the {@code order} column (always 0 in v1.2), otherwise as stored. */
    private static List<String> templateIds(List<V1Row> rows) {
        List<V1Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(row -> V1CatalogueReader.orZero(row.integer("order"))));
        return sorted.stream().map(row -> row.text("session_template_id")).toList();
    }

    private static List<String> ids(JsonNode json) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : V1Json.elements(json, "goal_ids")) {
            if (!id.isNull()) {
                ids.add(id.asText());
            }
        }
        return ids;
    }
}
