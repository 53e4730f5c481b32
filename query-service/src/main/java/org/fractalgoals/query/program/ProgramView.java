package org.fractalgoals.query.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A program with everything a month calendar shows: its blocks (with {@code active} when today lies inside) and
 * their days (with completion and linked sessions), the sessions linked to its days, and the deadlines of the
 * program's and the blocks' goals.
 */
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
