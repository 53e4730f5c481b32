package org.fractalgoals.query.program;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A program with everything a month calendar shows: its blocks (with {@code active} when today lies inside) and
 * their days (with completion and linked sessions), the sessions linked to its days, and the deadlines of the
 * program's and the blocks' goals.
 */
@Schema(example = """
        {"id": "8192a3b4-c5d6-4e78-9091-021324354657", "fractalId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f",
        "name": "Spring scales", "description": "Six weeks of daily scales", "startDate": "2026-03-01",
        "endDate": "2026-04-11", "goalIds": ["3c4d5e6f-7081-4923-8b4c-5d6e7f809102"], "goalDeadlines": [{"goalId": "3c4d5e6f-7081-4923-8b4c-5d6e7f809102",
        "deadline": "2026-04-30"}], "blocks": [{"id": "92a3b4c5-d6e7-4f89-8102-132435465768",
        "name": "Major keys", "color": "#3b82f6", "startDate": "2026-03-01", "endDate": "2026-03-21",
        "goalIds": ["3c4d5e6f-7081-4923-8b4c-5d6e7f809102"], "active": true, "days": [{"id": "a3b4c5d6-e7f8-4091-9213-243546576879",
        "name": "Scales day", "date": "2026-03-01", "dayNumber": 1, "templateIds": ["708192a3-b4c5-4d67-8f80-910213243546"],
        "completed": true, "sessionIds": ["5e6f7081-92a3-4b45-8d6e-7f8091021324"]}]}], "sessions": [{"id": "5e6f7081-92a3-4b45-8d6e-7f8091021324",
        "dayId": "a3b4c5d6-e7f8-4091-9213-243546576879", "templateId": "708192a3-b4c5-4d67-8f80-910213243546",
        "startedAt": "2026-03-01T09:00:00Z", "completed": true}], "sessionCount": 1, "active": true,
        "createdAt": "2026-02-27T21:00:00Z", "updatedAt": "2026-03-01T09:45:00Z", "version": 6}""")
public record ProgramView(UUID id, UUID fractalId, String name, String description, LocalDate startDate,
                          LocalDate endDate, boolean active, List<UUID> goalIds, List<GoalDeadline> goalDeadlines,
                          int sessionCount, List<Block> blocks, List<Session> sessions, Instant createdAt,
                          Instant updatedAt, long version) {

    public record Block(UUID id, String name, LocalDate startDate, LocalDate endDate, String color, List<UUID> goalIds,
                        boolean active, List<Day> days) {
    }

    /** {@code completed}: every template of the day has a completed session (not deleted) of that day. */
    public record Day(UUID id, String name, LocalDate date, int dayNumber, List<UUID> templateIds, boolean completed,
                      List<UUID> sessionIds) {
    }

    public record Session(UUID id, UUID dayId, UUID templateId, Instant startedAt, boolean completed) {
    }

    public record GoalDeadline(UUID goalId, LocalDate deadline) {
    }
}
