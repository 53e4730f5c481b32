package org.fractalgoals.query.program;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The program days to practise on a date: of active programs, in blocks covering the date, abstract or dated on it. */
public record ActiveProgramDays(List<Item> items, String nextCursor) {

    @Schema(name = "ActiveProgramDay")
    public record Item(UUID programId, String programName, UUID blockId, String blockName, String blockColor, UUID dayId,
                       String dayName, LocalDate date, int dayNumber, List<UUID> templateIds, boolean completed,
                       List<UUID> sessionIds, int completedSessionCount) {
    }
}
