package org.fractalgoals.command.program;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Documentation only: the shape of the program bodies that are read as a JSON tree (so that a field left out and
 * a field sent as null differ), for the OpenAPI document. {@link ProgramBody} does the reading.
 */
final class ProgramApiDocs {

    private ProgramApiDocs() {
    }

    @Schema(name = "ProgramBody", description = "On POST the program; on PATCH only the fields sent change",
            example = """
                    {"name": "Spring recital", "description": "Twelve weeks to the stage", "startDate": "2026-03-02",
                     "endDate": "2026-05-24", "active": true, "goalIds": ["6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f"]}""")
    record Program(String name, @Schema(nullable = true) String description, LocalDate startDate,
                   LocalDate endDate, Boolean active, List<UUID> goalIds) {
    }

    @Schema(name = "ProgramBlockBody", description = "On POST the block; on PATCH only the fields sent change",
            example = """
                    {"name": "Foundations", "startDate": "2026-03-02", "endDate": "2026-03-29", "color": "#4a90d9"}""")
    record Block(String name, LocalDate startDate, LocalDate endDate, @Schema(nullable = true) String color) {
    }

    @Schema(name = "ProgramBlockGoalBody", description = "The goal's deadline within the block, if any",
            example = """
                    {"deadline": "2026-03-29"}""")
    record BlockGoal(@Schema(nullable = true) LocalDate deadline) {
    }

    @Schema(name = "ProgramDayBody",
            description = "On POST the day (on a date, or on a day of the week); on PATCH only name and "
                    + "templateIds, a field left out stays, and cascade applies the change to the same day number in "
                    + "later blocks",
            example = """
                    {"name": "Technique day", "templateIds": ["0b6c1d2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"],
                     "dayOfWeek": "MONDAY"}""")
    record Day(String name, List<UUID> templateIds, @Schema(nullable = true) LocalDate date,
               @Schema(nullable = true) DayOfWeek dayOfWeek,
               @Schema(description = "PATCH only") Boolean cascade) {
    }

    @Schema(name = "ProgramDayScheduleBody", description = "Creates a session from the day on that date",
            example = """
                    {"date": "2026-03-09", "goalIds": [], "tz": "Europe/Berlin"}""")
    record Schedule(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date, List<UUID> goalIds,
                    @Schema(defaultValue = "UTC") String tz) {
    }
}
