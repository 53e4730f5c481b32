package org.fractalgoals.query.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockChanged;
import org.fractalgoals.events.program.ProgramChanged;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.platform.web.ListCursor;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.fractalgoals.query.replay.DeferredWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class ProgramRepository {

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };
    private static final String PROGRAM_COLUMNS = "id, fractal_id, name, description, start_date, end_date, active, "
            + "goal_ids::text as goal_ids, version, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    /**
     * The writes of {@code program_goal}, one per goal event and most of a replay's work. No handler reads that
     * table and no other table refers to it, so in a replay they wait and go out in JDBC batches, in their order.
     */
    private final DeferredWrites goalWrites;

    ProgramRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.goalWrites = new DeferredWrites(jdbc);
    }

    // ---- programs, blocks and days (one stream per program) ----

    /** Whether the event was new (false: seen before, skip it). */
    boolean insertProgram(ProgramCreated event, long sequence) {
        return jdbc.update("insert into program (id, fractal_id, name, description, start_date, end_date, active, goal_ids, "
                                   + "version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) "
                                   + "on conflict do nothing",
                           event.programId(), event.fractalId(), event.name(), event.description(),
                           Date.valueOf(event.startDate()), Date.valueOf(event.endDate()), event.active(),
                           idsJson(event.goalIds()), sequence, Timestamp.from(event.occurredAt()),
                           Timestamp.from(event.occurredAt())) > 0;
    }

    /** Moves the program's version to {@code sequence}; false if the event was applied before. */
    boolean advance(UUID programId, long sequence, Instant at) {
        return jdbc.update("update program set version = ?, updated_at = ? where id = ? and version < ?", sequence,
                           Timestamp.from(at), programId, sequence) > 0;
    }

    void changeProgram(ProgramChanged event) {
        jdbc.update("update program set name = ?, description = ?, start_date = ?, end_date = ?, active = ?, "
                            + "goal_ids = ?::jsonb where id = ?",
                    event.name(), event.description(), Date.valueOf(event.startDate()), Date.valueOf(event.endDate()),
                    event.active(), idsJson(event.goalIds()), event.programId());
    }

    void deleteProgram(UUID programId, Instant at) {
        jdbc.update("update program set deleted_at = ? where id = ?", Timestamp.from(at), programId);
        List<UUID> blocks = jdbc.queryForList("select id from program_block where program_id = ?", UUID.class, programId);
        blocks.forEach(this::deleteBlock);
    }

    void insertBlock(ProgramBlockAdded event) {
        jdbc.update("insert into program_block (id, program_id, name, start_date, end_date, color) values (?, ?, ?, ?, ?, ?) "
                            + "on conflict do nothing",
                    event.blockId(), event.programId(), event.name(), Date.valueOf(event.startDate()),
                    Date.valueOf(event.endDate()), event.color());
    }

    void changeBlock(ProgramBlockChanged event) {
        jdbc.update("update program_block set name = ?, start_date = ?, end_date = ?, color = ? where id = ?",
                    event.name(), Date.valueOf(event.startDate()), Date.valueOf(event.endDate()), event.color(),
                    event.blockId());
    }

    void deleteBlock(UUID blockId) {
        List<UUID> days = jdbc.queryForList("select id from program_day where block_id = ?", UUID.class, blockId);
        days.forEach(this::deleteDay);
        jdbc.update("delete from program_block_goal where block_id = ?", blockId);
        jdbc.update("delete from program_block where id = ?", blockId);
    }

    void attachGoal(UUID blockId, UUID goalId, long sequence) {
        jdbc.update("insert into program_block_goal (block_id, goal_id, attached_at) values (?, ?, ?) on conflict do nothing",
                    blockId, goalId, sequence);
    }

    void detachGoal(UUID blockId, UUID goalId) {
        jdbc.update("delete from program_block_goal where block_id = ? and goal_id = ?", blockId, goalId);
    }

    void insertDay(ProgramDayAdded event) {
        jdbc.update("insert into program_day (id, program_id, block_id, name, date, day_number, template_ids) "
                            + "values (?, ?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing",
                    event.dayId(), event.programId(), event.blockId(), event.name(),
                    event.date() == null ? null : Date.valueOf(event.date()), event.dayNumber(),
                    idsJson(event.templateIds()));
    }

    void changeDay(UUID dayId, String name, List<UUID> templateIds) {
        jdbc.update("update program_day set name = ?, template_ids = ?::jsonb where id = ?", name, idsJson(templateIds),
                    dayId);
    }

    /** The day goes, and its sessions lose their link to it. */
    void deleteDay(UUID dayId) {
        jdbc.update("delete from program_session where program_day_id = ?", dayId);
        jdbc.update("delete from program_day where id = ?", dayId);
    }

    /** Deletes the owner's programs with their blocks, goals of blocks and days, and the sessions and goals they knew. */
    void erase(ErasedOwner owner) {
        String programs = "select id from program where fractal_id = any (?)";
        jdbc.update("delete from program_block_goal where block_id in "
                    + "(select id from program_block where program_id in (" + programs + "))", (Object) owner.fractalIds());
        jdbc.update("delete from program_day where program_id in (" + programs + ")", (Object) owner.fractalIds());
        jdbc.update("delete from program_block where program_id in (" + programs + ")", (Object) owner.fractalIds());
        for (String table : List.of("program", "program_session")) {
            jdbc.update("delete from " + table + " where fractal_id = any (?)", (Object) owner.fractalIds());
        }
        goalWrites.update("delete from program_goal where fractal_id = any (?)", (Object) owner.fractalIds());
    }

    void deleteFractal(UUID fractalId) {
        List<UUID> programs = jdbc.queryForList("select id from program where fractal_id = ?", UUID.class, fractalId);
        for (UUID programId : programs) {
            deleteProgram(programId, Instant.EPOCH);
        }
        jdbc.update("delete from program where fractal_id = ?", fractalId);
        jdbc.update("delete from program_session where fractal_id = ?", fractalId);
        goalWrites.update("delete from program_goal where fractal_id = ?", fractalId);
    }

    // ---- sessions of program days (one stream per session) ----

    void insertSession(SessionCreated event, long sequence) {
        jdbc.update("insert into program_session (session_id, fractal_id, program_day_id, template_id, started_at, version) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                    event.sessionId(), event.fractalId(), event.programDayId(), event.templateId(),
                    event.startedAt() == null ? null : Timestamp.from(event.startedAt()), sequence);
    }

    void updateSession(UUID sessionId, long sequence, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = sessionId;
        arguments[values.length + 2] = sequence;
        jdbc.update("update program_session set " + assignments + ", version = ? where session_id = ? and version < ?",
                    arguments);
    }

    // ---- goal deadlines (the fractal's stream) ----

    void insertGoal(UUID fractalId, UUID goalId, LocalDate deadline, long sequence) {
        goalWrites.updateAmendable(goalId, "insert into program_goal (goal_id, fractal_id, deadline, version) "
                                           + "values (?, ?, ?, ?) on conflict do nothing",
                                   goalId, fractalId, deadline == null ? null : Date.valueOf(deadline), sequence);
    }

    void changeDeadline(UUID goalId, LocalDate deadline, long sequence) {
        Date date = deadline == null ? null : Date.valueOf(deadline);
        Object[] insert = goalWrites.queued(goalId);
        if (insert != null) {
            // The insert's columns: goal_id, fractal_id, deadline, version.
            if ((long) insert[3] < sequence) {
                insert[2] = date;
                insert[3] = sequence;
            }
            return;
        }
        goalWrites.update("update program_goal set deadline = ?, version = ? where goal_id = ? and version < ?", date,
                          sequence, goalId, sequence);
    }

    void deleteGoals(Collection<UUID> goalIds) {
        goalWrites.update("update program_goal set deleted = true where goal_id = any (?)",
                          (Object) goalIds.toArray(UUID[]::new));
    }

    // ---- reads ----

    ProgramPage page(UUID fractalId, int limit, String cursor, LocalDate today) {
        String select = "select " + PROGRAM_COLUMNS + " from program where fractal_id = ? and deleted_at is null ";
        String order = " order by created_at desc, id desc limit ?";
        List<ProgramRow> rows;
        if (cursor == null) {
            rows = jdbc.query(select + order, this::programRow, fractalId, limit + 1);
        } else {
            ListCursor after = ListCursor.decode(cursor);
            rows = jdbc.query(select + "and (created_at, id) < (?, ?)" + order, this::programRow, fractalId,
                              Timestamp.from(after.at()), after.id(), limit + 1);
        }
        List<ProgramView> views = rows.stream().limit(limit).map(row -> assemble(row, today)).toList();
        if (rows.size() <= limit) {
            return new ProgramPage(views, null);
        }
        ProgramView last = views.getLast();
        return new ProgramPage(views, new ListCursor(last.createdAt(), last.id()).encode());
    }

    Optional<ProgramView> find(UUID fractalId, UUID programId, LocalDate today) {
        return jdbc.query("select " + PROGRAM_COLUMNS + " from program where fractal_id = ? and id = ? and deleted_at is null",
                          this::programRow, fractalId, programId)
                   .stream().findFirst().map(row -> assemble(row, today));
    }

    /**
     * One page of the program days to practise on {@code date}. The days are gathered whole (a fractal has few
     * active programs) and sorted by their full key, so the page after a cursor starts right after its day.
     */
    ActiveProgramDays activeDays(UUID fractalId, LocalDate date, int limit, String cursor) {
        ActiveDayCursor after = cursor == null ? null : ActiveDayCursor.decode(cursor);
        List<ActiveDay> days = new ArrayList<>();
        List<ProgramRow> programs = jdbc.query("select " + PROGRAM_COLUMNS + " from program where fractal_id = ? "
                                                       + "and deleted_at is null and active order by created_at, id",
                                               this::programRow, fractalId);
        for (ProgramRow program : programs) {
            ProgramView view = assemble(program, date);
            for (ProgramView.Block block : view.blocks()) {
                if (!block.active()) {
                    continue;
                }
                for (ProgramView.Day day : block.days()) {
                    if (day.templateIds().isEmpty() || (day.date() != null && !day.date().equals(date))) {
                        continue;
                    }
                    ActiveDayCursor key = new ActiveDayCursor(program.createdAt(), view.id(), block.startDate(),
                                                              block.id(), day.dayNumber(), day.date(), day.id());
                    if (after != null && key.compareTo(after) <= 0) {
                        continue;
                    }
                    int completedSessions = (int) view.sessions().stream()
                                                      .filter(s -> s.dayId().equals(day.id()) && s.completed()).count();
                    days.add(new ActiveDay(key, new ActiveProgramDays.Item(
                            view.id(), view.name(), block.id(), block.name(), block.color(), day.id(), day.name(),
                            day.date(), day.dayNumber(), day.templateIds(), day.completed(), day.sessionIds(),
                            completedSessions)));
                }
            }
        }
        days.sort(Comparator.comparing(ActiveDay::key));
        List<ActiveProgramDays.Item> items = days.stream().limit(limit).map(ActiveDay::item).toList();
        String next = days.size() > limit ? days.get(limit - 1).key().encode() : null;
        return new ActiveProgramDays(items, next);
    }

    private record ActiveDay(ActiveDayCursor key, ActiveProgramDays.Item item) {
    }

    private ProgramView assemble(ProgramRow program, LocalDate today) {
        List<ProgramView.Session> sessions = jdbc.query(
                "select s.session_id, s.program_day_id, s.template_id, s.started_at, s.completed from program_session s "
                        + "join program_day d on d.id = s.program_day_id where d.program_id = ? and not s.deleted "
                        + "order by s.started_at nulls last, s.session_id",
                (rs, n) -> new ProgramView.Session(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                                   rs.getObject(3, UUID.class), instant(rs.getTimestamp(4)),
                                                   rs.getBoolean(5)), program.id());
        Map<UUID, List<ProgramView.Day>> daysByBlock = new HashMap<>();
        jdbc.query("select id, block_id, name, date, day_number, template_ids::text from program_day where program_id = ? "
                           + "order by day_number, date nulls first, id", rs -> {
            UUID dayId = rs.getObject(1, UUID.class);
            List<UUID> templateIds = ids(rs.getString(6));
            List<ProgramView.Session> ofDay = sessions.stream().filter(s -> s.dayId().equals(dayId)).toList();
            boolean completed = !templateIds.isEmpty() && templateIds.stream().allMatch(
                    templateId -> ofDay.stream().anyMatch(s -> s.completed() && templateId.equals(s.templateId())));
            daysByBlock.computeIfAbsent(rs.getObject(2, UUID.class), b -> new ArrayList<>())
                       .add(new ProgramView.Day(dayId, rs.getString(3), date(rs.getDate(4)), rs.getInt(5), templateIds,
                                                completed, ofDay.stream().map(ProgramView.Session::id).toList()));
        }, program.id());
        Map<UUID, List<UUID>> goalsByBlock = new HashMap<>();
        jdbc.query("select g.block_id, g.goal_id from program_block_goal g join program_block b on b.id = g.block_id "
                           + "where b.program_id = ? order by g.attached_at, g.goal_id",
                   rs -> {
                       goalsByBlock.computeIfAbsent(rs.getObject(1, UUID.class), b -> new ArrayList<>())
                                   .add(rs.getObject(2, UUID.class));
                   }, program.id());
        Set<UUID> referenced = new LinkedHashSet<>(program.goalIds());
        goalsByBlock.values().forEach(referenced::addAll);
        Map<UUID, LocalDate> deadlines = new HashMap<>();
        Set<UUID> gone = new HashSet<>();
        goalStates(referenced, deadlines, gone);
        List<ProgramView.Block> blocks = jdbc.query(
                "select id, name, start_date, end_date, color from program_block where program_id = ? order by start_date, id",
                (rs, n) -> {
                    UUID blockId = rs.getObject(1, UUID.class);
                    LocalDate start = date(rs.getDate(3));
                    LocalDate end = date(rs.getDate(4));
                    return new ProgramView.Block(blockId, rs.getString(2), start, end, rs.getString(5),
                                                 goalsByBlock.getOrDefault(blockId, List.of()).stream()
                                                             .filter(id -> !gone.contains(id)).toList(),
                                                 !today.isBefore(start) && !today.isAfter(end),
                                                 daysByBlock.getOrDefault(blockId, List.of()));
                }, program.id());
        List<ProgramView.GoalDeadline> goalDeadlines = referenced.stream()
                .filter(id -> !gone.contains(id) && deadlines.get(id) != null)
                .map(id -> new ProgramView.GoalDeadline(id, deadlines.get(id))).toList();
        return new ProgramView(program.id(), program.fractalId(), program.name(), program.description(),
                               program.startDate(), program.endDate(), program.active(),
                               program.goalIds().stream().filter(id -> !gone.contains(id)).toList(), goalDeadlines,
                               sessions.size(), blocks, sessions, program.createdAt(), program.updatedAt(),
                               program.version());
    }

    private void goalStates(Set<UUID> goalIds, Map<UUID, LocalDate> deadlines, Set<UUID> gone) {
        if (goalIds.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "select goal_id, deadline, deleted from program_goal where goal_id = any (?)");
            statement.setArray(1, connection.createArrayOf("uuid", goalIds.toArray()));
            return statement;
        }, rs -> {
            UUID goalId = rs.getObject(1, UUID.class);
            if (rs.getBoolean(3)) {
                gone.add(goalId);
            } else {
                deadlines.put(goalId, date(rs.getDate(2)));
            }
        });
    }

    private record ProgramRow(UUID id, UUID fractalId, String name, String description, LocalDate startDate,
                              LocalDate endDate, boolean active, List<UUID> goalIds, long version, Instant createdAt,
                              Instant updatedAt) {
    }

    private ProgramRow programRow(ResultSet rs, int n) throws SQLException {
        return new ProgramRow(rs.getObject("id", UUID.class), rs.getObject("fractal_id", UUID.class), rs.getString("name"),
                              rs.getString("description"), date(rs.getDate("start_date")), date(rs.getDate("end_date")),
                              rs.getBoolean("active"), ids(rs.getString("goal_ids")), rs.getLong("version"),
                              instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String idsJson(List<UUID> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> ids(String text) {
        try {
            return json.readValue(text, IDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored ids are not JSON", e);
        }
    }
}
