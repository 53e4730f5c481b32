package org.fractalgoals.query.program;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A page of the program days to practise on a date: of active programs, in blocks covering the date, abstract or
 * dated on it; {@code nextCursor} null on the last page.
 */
@Schema(example = """
        {"items": [{"programId": "8192a3b4-c5d6-4e78-9091-021324354657", "programName": "Spring scales",
        "blockId": "92a3b4c5-d6e7-4f89-8102-132435465768", "blockName": "Major keys", "blockColor": "#3b82f6",
        "dayId": "a3b4c5d6-e7f8-4091-9213-243546576879", "dayName": "Scales day", "dayNumber": 1,
        "date": "2026-03-01", "templateIds": ["708192a3-b4c5-4d67-8f80-910213243546"], "completed": true,
        "sessionIds": ["5e6f7081-92a3-4b45-8d6e-7f8091021324"], "completedSessionCount": 1}],
        "nextCursor": "MjAyNi0wMi0yMFQwOTowMDowMFp8ODE5MmEzYjQ"}""")
public record ActiveProgramDays(List<Item> items, String nextCursor) {

    @Schema(name = "ActiveProgramDay")
    public record Item(UUID programId, String programName, UUID blockId, String blockName, String blockColor, UUID dayId,
                       String dayName, LocalDate date, int dayNumber, List<UUID> templateIds, boolean completed,
                       List<UUID> sessionIds, int completedSessionCount) {
    }
}
