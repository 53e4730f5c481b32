package org.fractalgoals.command.importing.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of {@code programs} with its blocks, their days and the days' template links. */
public record V1Program(String id, String rootId, String name, String description, LocalDate start, LocalDate end,
                        boolean active, List<String> goalIds, List<V1Block> blocks, Instant createdAt) {

    public V1Program {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** {@code id} may be a UUID or a 13-digit Date.now() string. {@code goalIds} empty when the column is NULL. */
    public record V1Block(String id, String name, LocalDate start, LocalDate end, String color, List<String> goalIds,
                          List<V1Day> days) {

        public V1Block {
            goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    /** {@code date} null for an abstract day; {@code templateIds} from program_day_templates (may dangle). */
    public record V1Day(String id, LocalDate date, int dayNumber, String name, List<String> templateIds) {

        public V1Day {
            templateIds = templateIds == null ? List.of() : List.copyOf(templateIds);
        }
    }
}
