package org.fractalgoals.query.session;

import org.fractalgoals.platform.web.ListCursor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionStatus;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.fractalgoals.query.session.SessionDetail.InstanceView;
import org.fractalgoals.query.session.SessionDetail.SectionView;
import org.fractalgoals.query.session.SessionDetail.SetView;
import org.fractalgoals.query.session.SessionDetail.ValueView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables of the sessions read model. Writes are a few statements per event; an answer is read with a few
 * queries (sessions, sections, instances, goals, achieved targets) inside one repeatable-read transaction, so
 * that it reflects one state of the projection.
 */
@Repository
class SessionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<SetView>> SETS = new TypeReference<>() {
    };
    private static final TypeReference<List<ValueView>> VALUES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    SessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    // ---- writes: sessions ---------------------------------------------------------------------------------

    /** Inserts the session with its sections, instances and goal links, unless it exists or its fractal was deleted. */
    void insertSession(SessionCreated event, long sequence) {
        Instant sortAt = event.startedAt() != null ? event.startedAt() : event.occurredAt();
        int inserted = jdbc.update(
                "insert into session (id, fractal_id, owner_id, name, description, template_id, program_day_id, "
                        + "started_at, planned_minutes, created_at, updated_at, sort_at, version) "
                        + "select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists "
                        + "(select 1 from session_fractal where fractal_id = ? and deleted) on conflict do nothing",
                event.sessionId(), event.fractalId(), event.ownerId(), event.name(), event.description(),
                event.templateId(), event.programDayId(), timestamp(event.startedAt()), event.plannedMinutes(),
                timestamp(event.occurredAt()), timestamp(event.occurredAt()), timestamp(sortAt), sequence,
                event.fractalId());
        if (inserted == 0) {
            return;
        }
        for (int s = 0; s < event.sections().size(); s++) {
            SessionSection section = event.sections().get(s);
            insertSection(event.sessionId(), s, section.name(), section.plannedMinutes());
            for (int i = 0; i < section.instances().size(); i++) {
                SessionInstance instance = section.instances().get(i);
                jdbc.update("insert into session_instance (id, session_id, section_index, position, activity_id, "
                                    + "created_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                            instance.instanceId(), event.sessionId(), s, i, instance.activityId(),
                            timestamp(event.occurredAt()));
            }
        }
        linkGoals(event.sessionId(), event.goalIds());
    }

    /**
     * Moves the session's version to {@code sequence}; false when that event was applied already, or the session
     * is unknown or deleted, and then nothing else may change.
     */
    boolean advance(UUID sessionId, long sequence, Instant occurredAt) {
        return jdbc.update("update session set version = ?, updated_at = ? where id = ? and version < ? and not deleted",
                           sequence, timestamp(occurredAt), sessionId, sequence) == 1;
    }

    void rename(UUID sessionId, String name) {
        jdbc.update("update session set name = ? where id = ?", name, sessionId);
    }

    void describe(UUID sessionId, String description) {
        jdbc.update("update session set description = ? where id = ?", description, sessionId);
    }

    /** A new start; a completed session's end moves with it (the event carries the new end). */
    void changeStart(UUID sessionId, Instant startedAt, Instant endedAt) {
        jdbc.update("update session set started_at = ?, sort_at = coalesce(?, created_at), "
                            + "ended_at = case when completed then ? else ended_at end where id = ?",
                    timestamp(startedAt), timestamp(startedAt), timestamp(endedAt), sessionId);
    }

    /** Links goals, except those deleted already. */
    void linkGoals(UUID sessionId, Collection<UUID> goalIds) {
        for (UUID goalId : goalIds) {
            jdbc.update("insert into session_goal (session_id, goal_id) select ?, ? where not exists "
                                + "(select 1 from session_removed_goal where goal_id = ?) on conflict do nothing",
                        sessionId, goalId, goalId);
        }
    }

    void unlinkGoals(UUID sessionId, Collection<UUID> goalIds) {
        withIds("delete from session_goal where session_id = ? and goal_id = any (?)", sessionId, goalIds);
    }

    void insertSection(UUID sessionId, int section, String name, Integer plannedMinutes) {
        jdbc.update("insert into session_section (session_id, section_index, name, planned_minutes) values (?, ?, ?, ?) "
                            + "on conflict do nothing", sessionId, section, name, plannedMinutes);
    }

    void complete(UUID sessionId, Instant completedAt, Instant endedAt, long durationSeconds) {
        jdbc.update("update session set completed = true, completed_at = ?, ended_at = ?, duration_seconds = ? "
                            + "where id = ?", timestamp(completedAt), timestamp(endedAt), durationSeconds, sessionId);
    }

    void reopen(UUID sessionId) {
        jdbc.update("update session set completed = false, completed_at = null, ended_at = null, duration_seconds = null "
                            + "where id = ?", sessionId);
    }

    void delete(UUID sessionId) {
        jdbc.update("update session set deleted = true where id = ?", sessionId);
    }

    /** Sessions of deleted program days stay, without the link (as v1.2 did, which also moved their update time). */
    void unlinkProgramDays(UUID fractalId, Collection<UUID> dayIds, Instant at) {
        if (dayIds.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "update session set program_day_id = null, updated_at = ? where fractal_id = ? and program_day_id = any (?)");
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setObject(2, fractalId);
            statement.setArray(3, connection.createArrayOf("uuid", dayIds.toArray()));
            return statement;
        });
    }

    // ---- writes: instances --------------------------------------------------------------------------------

    /** Puts the instance at the position; those from there on move down one. */
    void addInstance(UUID sessionId, UUID instanceId, UUID activityId, int section, int position, Instant at) {
        jdbc.update("update session_instance set position = position + 1 "
                            + "where session_id = ? and section_index = ? and position >= ?", sessionId, section, position);
        jdbc.update("insert into session_instance (id, session_id, section_index, position, activity_id, created_at) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                    instanceId, sessionId, section, position, activityId, timestamp(at));
    }

    void removeInstance(UUID sessionId, UUID instanceId) {
        placeOf(instanceId).ifPresent(place -> {
            jdbc.update("delete from session_instance where id = ?", instanceId);
            closeGap(sessionId, place);
        });
    }

    void moveInstance(UUID sessionId, UUID instanceId, int section, int position) {
        placeOf(instanceId).ifPresent(place -> {
            closeGap(sessionId, place);
            jdbc.update("update session_instance set position = position + 1 "
                                + "where session_id = ? and section_index = ? and position >= ? and id <> ?",
                        sessionId, section, position, instanceId);
            jdbc.update("update session_instance set section_index = ?, position = ? where id = ?", section, position,
                        instanceId);
        });
    }

    private record Place(int section, int position) {
    }

    private Optional<Place> placeOf(UUID instanceId) {
        return jdbc.query("select section_index, position from session_instance where id = ?",
                          (rs, n) -> new Place(rs.getInt(1), rs.getInt(2)), instanceId).stream().findFirst();
    }

    private void closeGap(UUID sessionId, Place place) {
        jdbc.update("update session_instance set position = position - 1 "
                            + "where session_id = ? and section_index = ? and position > ?",
                    sessionId, place.section(), place.position());
    }

    void setTimes(UUID instanceId, Instant startedAt, Instant stoppedAt) {
        jdbc.update("update session_instance set started_at = ?, stopped_at = ? where id = ?", timestamp(startedAt),
                    timestamp(stoppedAt), instanceId);
    }

    void stopTimer(UUID instanceId, Instant stoppedAt) {
        jdbc.update("update session_instance set stopped_at = ? where id = ?", timestamp(stoppedAt), instanceId);
    }

    void recordSets(UUID instanceId, List<ActivitySet> sets) {
        List<SetView> views = sets.stream().map(set -> new SetView(set.values().stream().map(SessionRepository::view)
                                                                            .toList())).toList();
        jdbc.update("update session_instance set sets = ?::jsonb where id = ?", json(views), instanceId);
    }

    /** Sets single values by metric and split, in the order first recorded; a null value removes one. */
    void recordValues(UUID instanceId, List<RecordedValue> values) {
        List<String> stored = jdbc.queryForList("select single_values::text from session_instance where id = ?",
                                                String.class, instanceId);
        if (stored.isEmpty()) {
            return;
        }
        Map<List<UUID>, ValueView> current = new LinkedHashMap<>();
        read(stored.getFirst(), VALUES).forEach(value -> current.put(key(value.metricId(), value.splitId()), value));
        for (RecordedValue value : values) {
            if (value.value() == null) {
                current.remove(key(value.metricId(), value.splitId()));
            } else {
                current.put(key(value.metricId(), value.splitId()), view(value));
            }
        }
        jdbc.update("update session_instance set single_values = ?::jsonb where id = ?",
                    json(List.copyOf(current.values())), instanceId);
    }

    private static List<UUID> key(UUID metricId, UUID splitId) {
        return java.util.Arrays.asList(metricId, splitId);
    }

    void changeNotes(UUID instanceId, String notes) {
        jdbc.update("update session_instance set notes = ? where id = ?", notes, instanceId);
    }

    // ---- writes: from the goal streams --------------------------------------------------------------------

    /** Moves the fractal's position to {@code sequence}; false when that event was applied already. */
    boolean advanceFractal(UUID fractalId, long sequence) {
        return jdbc.update("insert into session_fractal (fractal_id, version) values (?, ?) on conflict (fractal_id) "
                                   + "do update set version = excluded.version where session_fractal.version < excluded.version",
                           fractalId, sequence) == 1;
    }

    void nameTarget(UUID fractalId, UUID goalId, UUID targetId, String name) {
        jdbc.update("insert into session_target (id, fractal_id, goal_id, name) values (?, ?, ?, ?) "
                            + "on conflict (id) do update set name = excluded.name", targetId, fractalId, goalId, name);
    }

    void removeTarget(UUID targetId) {
        jdbc.update("delete from session_target where id = ?", targetId);
        reopenTarget(targetId);
    }

    void achieveTarget(UUID fractalId, UUID goalId, UUID targetId, UUID sessionId, Instant achievedAt) {
        jdbc.update("insert into session_achieved_target (session_id, target_id, goal_id, fractal_id, achieved_at) "
                            + "values (?, ?, ?, ?, ?) on conflict do nothing",
                    sessionId, targetId, goalId, fractalId, timestamp(achievedAt));
    }

    void reopenTarget(UUID targetId) {
        jdbc.update("delete from session_achieved_target where target_id = ?", targetId);
    }

    /** Deleted goals lose their session links, targets and achievements, and stay remembered as deleted. */
    void removeGoals(UUID fractalId, List<UUID> goalIds) {
        for (UUID goalId : goalIds) {
            jdbc.update("insert into session_removed_goal (goal_id, fractal_id) values (?, ?) on conflict do nothing",
                        goalId, fractalId);
        }
        withIds("delete from session_goal where goal_id = any (?)", null, goalIds);
        withIds("delete from session_achieved_target where goal_id = any (?)", null, goalIds);
        withIds("delete from session_target where goal_id = any (?)", null, goalIds);
    }

    /** Deletes the owner's sessions (sections, instances and goal links by cascade) and what the fractals kept. */
    void erase(ErasedOwner owner) {
        jdbc.update("delete from session where owner_id = ? or fractal_id = any (?)", owner.ownerId(), owner.fractalIds());
        for (String table : List.of("session_target", "session_achieved_target", "session_fractal", "session_removed_goal")) {
            jdbc.update("delete from " + table + " where fractal_id = any (?)", (Object) owner.fractalIds());
        }
    }

    /** The fractal's sessions and everything about them disappear; the fractal stays remembered as deleted. */
    void deleteFractal(UUID fractalId) {
        jdbc.update("update session_fractal set deleted = true where fractal_id = ?", fractalId);
        jdbc.update("delete from session where fractal_id = ?", fractalId);
        jdbc.update("delete from session_achieved_target where fractal_id = ?", fractalId);
        jdbc.update("delete from session_target where fractal_id = ?", fractalId);
        jdbc.update("delete from session_removed_goal where fractal_id = ?", fractalId);
    }

    private void withIds(String sql, UUID first, Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            int index = 1;
            if (first != null) {
                statement.setObject(index++, first);
            }
            statement.setArray(index, connection.createArrayOf("uuid", ids.toArray()));
            return statement;
        });
    }

    // ---- reads --------------------------------------------------------------------------------------------

    private record Row(UUID id, UUID fractalId, String name, String description, UUID templateId, UUID programDayId,
                       Instant startedAt, Instant endedAt, boolean completed, Instant completedAt, Long durationSeconds,
                       Integer plannedMinutes, Instant createdAt, Instant updatedAt, Instant sortAt, long version) {
    }

    private record SectionRow(UUID sessionId, int index, String name, Integer plannedMinutes) {
    }

    private record InstanceRow(UUID sessionId, int section, InstanceView view) {
    }

    private static final String SESSION_COLUMNS = "id, fractal_id, name, description, template_id, program_day_id, "
            + "started_at, ended_at, completed, completed_at, duration_seconds, planned_minutes, created_at, updated_at, "
            + "sort_at, version";

    /** The owner's sessions of the fractal, newest first. */
    SessionPage sessions(String ownerId, UUID fractalId, SessionStatus status, int limit, String cursor) {
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        return snapshot.execute(tx -> {
            List<Object> parameters = new ArrayList<>(List.of(fractalId, ownerId));
            StringBuilder sql = new StringBuilder("select " + SESSION_COLUMNS
                    + " from session where fractal_id = ? and owner_id = ? and not deleted");
            if (status != null) {
                sql.append(" and completed = ?");
                parameters.add(status == SessionStatus.COMPLETED);
            }
            if (after != null) {
                sql.append(" and (sort_at, id) < (?, ?)");
                parameters.add(timestamp(after.at()));
                parameters.add(after.id());
            }
            sql.append(" order by sort_at desc, id desc limit ?");
            parameters.add(limit + 1);
            List<Row> rows = jdbc.query(sql.toString(), SessionRepository::row, parameters.toArray());
            List<Row> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            List<UUID> ids = page.stream().map(Row::id).toList();
            Map<UUID, List<SectionRow>> sections = sections(ids);
            Map<UUID, List<InstanceRow>> instances = instances(ids);
            Map<UUID, List<UUID>> goals = goals(ids);
            Map<UUID, List<AchievedTargetView>> achieved = achieved(ids);
            List<SessionSummary> items = page.stream().map(row -> summary(
                    row, sections.getOrDefault(row.id(), List.of()), instances.getOrDefault(row.id(), List.of()),
                    goals.getOrDefault(row.id(), List.of()), achieved.getOrDefault(row.id(), List.of()))).toList();
            String next = rows.size() > limit ? new ListCursor(page.getLast().sortAt(), page.getLast().id()).encode() : null;
            return new SessionPage(items, next);
        });
    }

    /** One session of the owner's fractal; empty when it is someone else's, missing or deleted. */
    Optional<SessionDetail> session(String ownerId, UUID fractalId, UUID sessionId) {
        return snapshot.execute(tx -> {
            Optional<Row> found = jdbc.query("select " + SESSION_COLUMNS + " from session where id = ? and fractal_id = ? "
                                                     + "and owner_id = ? and not deleted", SessionRepository::row,
                                             sessionId, fractalId, ownerId).stream().findFirst();
            return found.map(row -> detail(row, sections(List.of(sessionId)).getOrDefault(sessionId, List.of()),
                                           instances(List.of(sessionId)).getOrDefault(sessionId, List.of()),
                                           goals(List.of(sessionId)).getOrDefault(sessionId, List.of()),
                                           achieved(List.of(sessionId)).getOrDefault(sessionId, List.of())));
        });
    }

    private Map<UUID, List<SectionRow>> sections(List<UUID> sessionIds) {
        Map<UUID, List<SectionRow>> bySession = new HashMap<>();
        forSessions("select session_id, section_index, name, planned_minutes from session_section "
                            + "where session_id = any (?) order by session_id, section_index", sessionIds,
                    rs -> bySession.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(
                            new SectionRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                                           (Integer) rs.getObject(4))));
        return bySession;
    }

    private Map<UUID, List<InstanceRow>> instances(List<UUID> sessionIds) {
        Map<UUID, List<InstanceRow>> bySession = new HashMap<>();
        forSessions("select session_id, section_index, id, activity_id, started_at, stopped_at, sets::text, "
                            + "single_values::text, notes from session_instance where session_id = any (?) "
                            + "order by session_id, section_index, position", sessionIds, rs -> {
            Instant started = instant(rs.getTimestamp(5));
            Instant stopped = instant(rs.getTimestamp(6));
            Long duration = started != null && stopped != null ? Duration.between(started, stopped).toSeconds() : null;
            InstanceView view = new InstanceView(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), started,
                                                 stopped, duration, started != null && stopped == null,
                                                 read(rs.getString(7), SETS), read(rs.getString(8), VALUES),
                                                 rs.getString(9));
            bySession.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                     .add(new InstanceRow(rs.getObject(1, UUID.class), rs.getInt(2), view));
        });
        return bySession;
    }

    private Map<UUID, List<UUID>> goals(List<UUID> sessionIds) {
        Map<UUID, List<UUID>> bySession = new HashMap<>();
        forSessions("select session_id, goal_id from session_goal where session_id = any (?) order by session_id, goal_id",
                    sessionIds, rs -> bySession.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                                               .add(rs.getObject(2, UUID.class)));
        return bySession;
    }

    private Map<UUID, List<AchievedTargetView>> achieved(List<UUID> sessionIds) {
        Map<UUID, List<AchievedTargetView>> bySession = new HashMap<>();
        forSessions("select a.session_id, a.target_id, a.goal_id, t.name, a.achieved_at from session_achieved_target a "
                            + "left join session_target t on t.id = a.target_id where a.session_id = any (?) "
                            + "order by a.session_id, a.achieved_at, a.target_id", sessionIds,
                    rs -> bySession.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(
                            new AchievedTargetView(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                                   rs.getString(4), instant(rs.getTimestamp(5)))));
        return bySession;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void forSessions(String sql, List<UUID> sessionIds, RowHandler handler) {
        if (sessionIds.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("uuid", sessionIds.toArray()));
            return statement;
        }, (ResultSet rs) -> {
            handler.handle(rs);
        });
    }

    // ---- assembling ---------------------------------------------------------------------------------------

    private record Total(Long seconds, String source) {
    }

    /** Completed: end − start. Open: v1.2's fallbacks, the instances' durations summed, else the planned minutes. */
    private static Total total(Row row, List<InstanceRow> instances) {
        if (row.completed() && row.durationSeconds() != null) {
            return new Total(row.durationSeconds(), "COMPLETED");
        }
        long timed = instances.stream().map(i -> i.view().durationSeconds()).filter(Objects::nonNull)
                              .mapToLong(Long::longValue).sum();
        if (timed > 0) {
            return new Total(timed, "INSTANCES");
        }
        if (row.plannedMinutes() != null && row.plannedMinutes() > 0) {
            return new Total(row.plannedMinutes() * 60L, "PLANNED");
        }
        return new Total(null, null);
    }

    private static Long sectionDuration(List<InstanceView> instances) {
        List<Long> durations = instances.stream().map(InstanceView::durationSeconds).filter(Objects::nonNull).toList();
        return durations.isEmpty() ? null : durations.stream().mapToLong(Long::longValue).sum();
    }

    private static Map<Integer, List<InstanceView>> bySection(List<InstanceRow> instances) {
        Map<Integer, List<InstanceView>> grouped = new HashMap<>();
        instances.forEach(i -> grouped.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i.view()));
        return grouped;
    }

    private static SessionDetail detail(Row row, List<SectionRow> sections, List<InstanceRow> instances,
                                        List<UUID> goals, List<AchievedTargetView> achieved) {
        Map<Integer, List<InstanceView>> grouped = bySection(instances);
        List<SectionView> views = sections.stream().map(section -> {
            List<InstanceView> of = grouped.getOrDefault(section.index(), List.of());
            return new SectionView(section.name(), section.plannedMinutes(), sectionDuration(of), of);
        }).toList();
        Total total = total(row, instances);
        return new SessionDetail(row.id(), row.fractalId(), row.name(), row.description(), row.templateId(),
                                 row.programDayId(), row.startedAt(), row.endedAt(), row.completed(), row.completedAt(),
                                 total.seconds(), total.source(), row.plannedMinutes(), goals, achieved, views,
                                 row.createdAt(), row.updatedAt(), row.version());
    }

    private static SessionSummary summary(Row row, List<SectionRow> sections, List<InstanceRow> instances,
                                          List<UUID> goals, List<AchievedTargetView> achieved) {
        Map<Integer, List<InstanceView>> grouped = bySection(instances);
        List<SessionSummary.SectionSummary> views = sections.stream().map(section -> {
            List<InstanceView> of = grouped.getOrDefault(section.index(), List.of());
            return new SessionSummary.SectionSummary(section.name(), section.plannedMinutes(), sectionDuration(of),
                                                     of.size());
        }).toList();
        Total total = total(row, instances);
        return new SessionSummary(row.id(), row.fractalId(), row.name(), row.description(), row.templateId(),
                                  row.programDayId(), row.startedAt(), row.endedAt(), row.completed(),
                                  row.completedAt(), total.seconds(), total.source(), row.plannedMinutes(), goals,
                                  achieved, views, row.createdAt(), row.updatedAt(), row.version());
    }

    // ---- mapping ------------------------------------------------------------------------------------------

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("fractal_id", UUID.class), rs.getString("name"),
                       rs.getString("description"), rs.getObject("template_id", UUID.class),
                       rs.getObject("program_day_id", UUID.class), instant(rs.getTimestamp("started_at")),
                       instant(rs.getTimestamp("ended_at")), rs.getBoolean("completed"),
                       instant(rs.getTimestamp("completed_at")), (Long) rs.getObject("duration_seconds"),
                       (Integer) rs.getObject("planned_minutes"), instant(rs.getTimestamp("created_at")),
                       instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("sort_at")), rs.getLong("version"));
    }

    private static ValueView view(RecordedValue value) {
        return new ValueView(value.metricId(), value.splitId(), value.value());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serializable as JSON", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not readable", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
