package org.fractalgoals.query.goal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.platform.web.FractalOwnership;
import org.fractalgoals.platform.web.ListCursor;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.fractalgoals.query.replay.CoalescedVersions;
import org.fractalgoals.query.replay.DeferredWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables of the goal-tree read model. Writes are one or two statements per event; in a replay they are sent in
 * JDBC batches ({@link DeferredWrites}), and an edit of a goal or target whose insert still waits in the batch changes
 * that insert instead of adding a statement. A fractal is read with
 * one query for its goals and one for its targets, assembled in memory; both carry the fractal's version, and
 * the pair is read again when a batch of the projection committed between them, so an answer always reflects
 * exactly one version.
 */
@Repository
class GoalTreeRepository implements FractalOwnership {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<TargetView.ThresholdView>> THRESHOLDS = new TypeReference<>() {
    };
    private static final int READ_ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeferredWrites writes;
    private final CoalescedVersions versions;

    GoalTreeRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writes = new DeferredWrites(jdbc);
        this.versions = new CoalescedVersions(jdbc, writes, "fractal", "id", "", "updated_at");
    }

    // ---- writes ------------------------------------------------------------------------------------------

    /** Inserts the fractal unless it exists or was deleted already (a redelivered FractalCreated). */
    void insertFractal(UUID fractalId, String ownerId, Instant createdAt, long sequence) {
        writes.update("insert into fractal (id, owner_id, created_at, updated_at, version) "
                            + "select ?::uuid, ?, ?::timestamptz, ?::timestamptz, ?::bigint "
                            + "where not exists (select 1 from deleted_fractal where id = ?) "
                            + "on conflict do nothing",
                    fractalId, ownerId, Timestamp.from(createdAt), Timestamp.from(createdAt), sequence, fractalId);
        versions.created(fractalId, sequence, createdAt);
    }

    /**
     * Moves the fractal's version to {@code sequence} and its {@code updated_at} to the event's time; false when
     * that event was applied already (or the fractal is unknown or deleted), and then nothing else may change.
     */
    boolean advance(UUID fractalId, long sequence, Instant occurredAt) {
        Boolean inReplay = versions.advance(fractalId, sequence, occurredAt);
        if (inReplay != null) {
            return inReplay;
        }
        return jdbc.update("update fractal set version = ?, updated_at = ? where id = ? and version < ?", sequence,
                           Timestamp.from(occurredAt), fractalId, sequence) == 1;
    }

    /** Deletes the fractal with its goals and targets (by cascade) and remembers that it was deleted. */
    void deleteFractal(UUID fractalId, long sequence, Instant occurredAt) {
        writes.update("delete from fractal where id = ?", fractalId);
        versions.gone(fractalId);
        writes.update("insert into deleted_fractal (id, version, deleted_at) values (?, ?, ?) on conflict do nothing",
                    fractalId, sequence, Timestamp.from(occurredAt));
    }

    /** Deletes the owner's fractals with their goals and targets, and forgets that any of them was deleted. */
    void erase(ErasedOwner owner) {
        versions.forgetAll();
        writes.flush();
        jdbc.update("delete from goal_target where fractal_id = any (?)", (Object) owner.fractalIds());
        jdbc.update("delete from goal where fractal_id = any (?)", (Object) owner.fractalIds());
        jdbc.update("delete from fractal where owner_id = ? or id = any (?)", owner.ownerId(), owner.fractalIds());
        jdbc.update("delete from deleted_fractal where id = any (?)", (Object) owner.fractalIds());
    }

    void insertGoal(GoalCreated event, long sequence) {
        writes.updateAmendable(new GoalRow(event.goalId()),
                               "insert into goal (id, fractal_id, parent_id, level, name, description, deadline, "
                                       + "relevance, created_at, version, completed, completed_at, completion_source) "
                                       + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                               event.goalId(), event.fractalId(), event.parentId(), event.level().name(),
                               event.name(), event.description(), event.deadline(), event.relevance(),
                               Timestamp.from(event.occurredAt()), sequence, false, null, null);
    }

    /** Sets one column of a goal (a name the caller fixes, never user input) and the goal's version. */
    void updateGoal(UUID fractalId, UUID goalId, GoalColumn column, Object value, long sequence) {
        Object[] insert = queuedGoal(fractalId, goalId);
        if (insert != null) {
            insert[column.insertIndex] = value;
            insert[GoalInsert.VERSION] = sequence;
            return;
        }
        writes.update("update goal set " + column.sql + " = ?, version = ? where id = ? and fractal_id = ?", value,
                      sequence, goalId, fractalId);
    }

    void completeGoal(UUID fractalId, UUID goalId, CompletionSource source, Instant completedAt, long sequence) {
        setCompletion(fractalId, goalId, true, Timestamp.from(completedAt), source == null ? null : source.name(),
                      sequence);
    }

    void uncompleteGoal(UUID fractalId, UUID goalId, long sequence) {
        setCompletion(fractalId, goalId, false, null, null, sequence);
    }

    private void setCompletion(UUID fractalId, UUID goalId, boolean completed, Timestamp at, String source,
                               long sequence) {
        Object[] insert = queuedGoal(fractalId, goalId);
        if (insert != null) {
            insert[GoalInsert.COMPLETED] = completed;
            insert[GoalInsert.COMPLETED_AT] = at;
            insert[GoalInsert.COMPLETION_SOURCE] = source;
            insert[GoalInsert.VERSION] = sequence;
            return;
        }
        writes.update("update goal set completed = ?, completed_at = ?, completion_source = ?, version = ? "
                              + "where id = ? and fractal_id = ?", completed, at, source, sequence, goalId, fractalId);
    }

    /** The arguments of the goal's insert while it waits in a replay batch, when it is a goal of the fractal. */
    private Object[] queuedGoal(UUID fractalId, UUID goalId) {
        Object[] insert = writes.queued(new GoalRow(goalId));
        return insert != null && fractalId.equals(insert[GoalInsert.FRACTAL_ID]) ? insert : null;
    }

    private Object[] queuedTarget(UUID fractalId, UUID targetId) {
        Object[] insert = writes.queued(new TargetRow(targetId));
        return insert != null && fractalId.equals(insert[TargetInsert.FRACTAL_ID]) ? insert : null;
    }

    /** Keys of queued inserts: goal and target ids are separate spaces. */
    private record GoalRow(UUID id) {
    }

    private record TargetRow(UUID id) {
    }

    /** Positions in the arguments of the goal insert. */
    private static final class GoalInsert {
        static final int FRACTAL_ID = 1;
        static final int VERSION = 9;
        static final int COMPLETED = 10;
        static final int COMPLETED_AT = 11;
        static final int COMPLETION_SOURCE = 12;
    }

    /** Positions in the arguments of the target insert. */
    private static final class TargetInsert {
        static final int FRACTAL_ID = 2;
        static final int NAME = 3;
        static final int ACTIVITY_ID = 4;
        static final int THRESHOLDS = 5;
        static final int ACHIEVED = 7;
        static final int ACHIEVED_AT = 8;
        static final int ACHIEVED_IN_SESSION_ID = 9;
    }

    /** Deletes goals of the fractal; their targets go by cascade. */
    void deleteGoals(UUID fractalId, Collection<UUID> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) {
            return;
        }
        writes.flush();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "delete from goal where fractal_id = ? and id = any (?)");
            statement.setObject(1, fractalId);
            statement.setArray(2, connection.createArrayOf("uuid", goalIds.toArray()));
            return statement;
        });
    }

    /** Marks the goal as touched by the event (its targets changed). */
    void touchGoal(UUID fractalId, UUID goalId, long sequence) {
        Object[] insert = queuedGoal(fractalId, goalId);
        if (insert != null) {
            insert[GoalInsert.VERSION] = sequence;
            return;
        }
        writes.update("update goal set version = ? where id = ? and fractal_id = ?", sequence, goalId, fractalId);
    }

    void insertTarget(UUID fractalId, UUID goalId, UUID targetId, String name, UUID activityId,
                      List<Threshold> thresholds, Instant createdAt) {
        writes.updateAmendable(new TargetRow(targetId),
                               "insert into goal_target (id, goal_id, fractal_id, name, activity_id, thresholds, "
                                       + "created_at, achieved, achieved_at, achieved_in_session_id) "
                                       + "select ?::uuid, ?::uuid, ?::uuid, ?, ?::uuid, ?::jsonb, ?::timestamptz, "
                                       + "?::boolean, ?::timestamptz, ?::uuid where exists "
                                       + "(select 1 from goal where id = ? and fractal_id = ?) on conflict do nothing",
                               targetId, goalId, fractalId, name, activityId, thresholdsJson(thresholds),
                               Timestamp.from(createdAt), false, null, null, goalId, fractalId);
    }

    /** Replaces a target's definition; its achievement stays as it is. */
    void changeTarget(UUID fractalId, UUID targetId, String name, UUID activityId, List<Threshold> thresholds) {
        Object[] insert = queuedTarget(fractalId, targetId);
        if (insert != null) {
            insert[TargetInsert.NAME] = name;
            insert[TargetInsert.ACTIVITY_ID] = activityId;
            insert[TargetInsert.THRESHOLDS] = thresholdsJson(thresholds);
            return;
        }
        writes.update("update goal_target set name = ?, activity_id = ?, thresholds = ?::jsonb "
                            + "where id = ? and fractal_id = ?",
                    name, activityId, thresholdsJson(thresholds), targetId, fractalId);
    }

    void removeTarget(UUID fractalId, UUID targetId) {
        writes.update("delete from goal_target where id = ? and fractal_id = ?", targetId, fractalId);
    }

    void achieveTarget(UUID fractalId, UUID targetId, Instant achievedAt, UUID sessionId) {
        Object[] insert = queuedTarget(fractalId, targetId);
        if (insert != null) {
            insert[TargetInsert.ACHIEVED] = true;
            insert[TargetInsert.ACHIEVED_AT] = Timestamp.from(achievedAt);
            insert[TargetInsert.ACHIEVED_IN_SESSION_ID] = sessionId;
            return;
        }
        writes.update("update goal_target set achieved = true, achieved_at = ?, achieved_in_session_id = ? "
                            + "where id = ? and fractal_id = ?",
                    Timestamp.from(achievedAt), sessionId, targetId, fractalId);
    }

    void reopenTarget(UUID fractalId, UUID targetId) {
        Object[] insert = queuedTarget(fractalId, targetId);
        if (insert != null) {
            insert[TargetInsert.ACHIEVED] = false;
            insert[TargetInsert.ACHIEVED_AT] = null;
            insert[TargetInsert.ACHIEVED_IN_SESSION_ID] = null;
            return;
        }
        writes.update("update goal_target set achieved = false, achieved_at = null, achieved_in_session_id = null "
                            + "where id = ? and fractal_id = ?", targetId, fractalId);
    }

    /** The goal columns a single-field event sets. */
    enum GoalColumn {
        NAME("name", 4), DESCRIPTION("description", 5), DEADLINE("deadline", 6), RELEVANCE("relevance", 7),
        PARENT("parent_id", 2);

        private final String sql;
        /** Its position in the arguments of the goal insert. */
        private final int insertIndex;

        GoalColumn(String sql, int insertIndex) {
            this.sql = sql;
            this.insertIndex = insertIndex;
        }
    }

    // ---- reads -------------------------------------------------------------------------------------------

    @Override
    public boolean isOwnedBy(UUID fractalId, String userId) {
        Integer count = jdbc.queryForObject("select count(*) from fractal where id = ? and owner_id = ?", Integer.class,
                                            fractalId, userId);
        return count != null && count > 0;
    }

    FractalPage fractals(String ownerId, int limit, String cursor) {
        String select = "select f.id, f.created_at, f.updated_at, g.name, g.description, g.level, g.deadline, "
                + "(select count(*) from goal c where c.fractal_id = f.id) as goals, "
                + "(select count(*) from goal c where c.fractal_id = f.id and c.completed) as completed "
                + "from fractal f join goal g on g.id = f.id where f.owner_id = ? ";
        String order = " order by f.created_at desc, f.id desc limit ?";
        List<FractalSummary> rows;
        if (cursor == null) {
            rows = jdbc.query(select + order, this::summary, ownerId, limit + 1);
        } else {
            ListCursor after = ListCursor.decode(cursor);
            rows = jdbc.query(select + "and (f.created_at, f.id) < (?, ?)" + order, this::summary, ownerId,
                              Timestamp.from(after.at()), after.id(), limit + 1);
        }
        if (rows.size() <= limit) {
            return new FractalPage(rows, null);
        }
        List<FractalSummary> page = rows.subList(0, limit);
        FractalSummary last = page.getLast();
        return new FractalPage(List.copyOf(page), new ListCursor(last.createdAt(), last.id()).encode());
    }

    /** The owner's fractal as a nested tree with the fractal's version; empty for a foreign or missing one. */
    Optional<GoalTreeView> goalTree(String ownerId, UUID fractalId) {
        return load(ownerId, fractalId, null).flatMap(loaded -> loaded.assembler(clock.instant()).tree()
                                                                      .map(root -> new GoalTreeView(root, loaded.version())));
    }

    /** One goal of the owner's fractal; empty for a foreign or missing fractal or a goal not in it. */
    Optional<GoalDetail> goal(String ownerId, UUID fractalId, UUID goalId) {
        return load(ownerId, fractalId, goalId).flatMap(loaded -> loaded.assembler(clock.instant()).detail(goalId));
    }

    /**
     * A page of the open SHORT_TERM goals (by creation time, then id) with their open IMMEDIATE children; empty for
     * a foreign or missing fractal.
     */
    Optional<GoalSelection> selection(String ownerId, UUID fractalId, int limit, String cursor) {
        // Decoded first, so that a bad cursor answers 400 whether or not the fractal is the caller's.
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        if (!ownsFractal(ownerId, fractalId)) {
            return Optional.empty();
        }
        record ShortTerm(UUID id, String name, String description, LocalDate deadline, Instant createdAt) {
        }
        String select = "select id, name, description, deadline, created_at from goal "
                + "where fractal_id = ? and not completed and level = 'SHORT_TERM' ";
        String order = " order by created_at, id limit ?";
        RowMapper<ShortTerm> shortTerm = (rs, n) -> new ShortTerm(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getObject("deadline", LocalDate.class), rs.getTimestamp("created_at").toInstant());
        List<ShortTerm> rows = after == null
                ? jdbc.query(select + order, shortTerm, fractalId, limit + 1)
                : jdbc.query(select + "and (created_at, id) > (?, ?)" + order, shortTerm, fractalId,
                             Timestamp.from(after.at()), after.id(), limit + 1);
        List<ShortTerm> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<UUID, List<GoalSelection.ImmediateGoal>> immediate = new HashMap<>();
        if (!page.isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(fractalId);
            page.forEach(goal -> parameters.add(goal.id()));
            String placeholders = String.join(", ", Collections.nCopies(page.size(), "?"));
            String sql = "select id, parent_id, name, deadline from goal where fractal_id = ? and not completed "
                    + "and level = 'IMMEDIATE' and parent_id in (" + placeholders + ") order by created_at, id";
            jdbc.query(sql, rs -> {
                immediate.computeIfAbsent(rs.getObject("parent_id", UUID.class), id -> new ArrayList<>())
                         .add(new GoalSelection.ImmediateGoal(rs.getObject("id", UUID.class), rs.getString("name"),
                                                              GoalLevel.IMMEDIATE,
                                                              rs.getObject("deadline", LocalDate.class)));
            }, parameters.toArray());
        }
        List<GoalSelection.Item> items = page.stream().map(goal -> new GoalSelection.Item(
                goal.id(), goal.name(), GoalLevel.SHORT_TERM, goal.deadline(), goal.description(),
                List.copyOf(immediate.getOrDefault(goal.id(), List.of())))).toList();
        // Ascending here, where the other lists with this cursor are newest first: it is the same (time, id) key.
        String next = rows.size() > limit
                ? new ListCursor(page.getLast().createdAt(), page.getLast().id()).encode()
                : null;
        return Optional.of(new GoalSelection(items, next));
    }

    private boolean ownsFractal(String ownerId, UUID fractalId) {
        return !jdbc.queryForList("select 1 from fractal where id = ? and owner_id = ?", Integer.class,
                                  fractalId, ownerId).isEmpty();
    }

    /**
     * Reads the goals (all of the fractal; with texts only for {@code onlyGoal} when given) and the targets (of
     * {@code onlyGoal} when given), and reads both again when the fractal's version moved between the two.
     */
    private Optional<Loaded> load(String ownerId, UUID fractalId, UUID onlyGoal) {
        for (int attempt = 1; ; attempt++) {
            Optional<Versioned<List<GoalTreeAssembler.Row>>> goals = goals(ownerId, fractalId, onlyGoal);
            if (goals.isEmpty()) {
                return Optional.empty();
            }
            Versioned<Map<UUID, List<TargetView>>> targets = targets(fractalId, onlyGoal);
            if (goals.get().version().equals(targets.version()) || attempt == READ_ATTEMPTS) {
                return Optional.of(new Loaded(goals.get().version(), goals.get().value(), targets.value()));
            }
        }
    }

    private Optional<Versioned<List<GoalTreeAssembler.Row>>> goals(String ownerId, UUID fractalId, UUID onlyGoal) {
        String texts = onlyGoal == null
                ? "g.name, g.description, g.relevance"
                : "case when g.id = ? then g.name end as name, case when g.id = ? then g.description end as description, "
                        + "case when g.id = ? then g.relevance end as relevance";
        String sql = "select f.version as fractal_version, g.id, g.parent_id, g.level, " + texts + ", g.deadline, "
                + "g.completed, g.completed_at, g.completion_source, g.created_at, g.version "
                + "from fractal f left join goal g on g.fractal_id = f.id where f.id = ? and f.owner_id = ?";
        Object[] parameters = onlyGoal == null
                ? new Object[] {fractalId, ownerId}
                : new Object[] {onlyGoal, onlyGoal, onlyGoal, fractalId, ownerId};
        List<GoalTreeAssembler.Row> rows = new ArrayList<>();
        Long[] version = {null};
        jdbc.query(sql, rs -> {
            version[0] = rs.getLong("fractal_version");
            if (rs.getObject("id") != null) {
                rows.add(goalRow(rs));
            }
        }, parameters);
        return version[0] == null ? Optional.empty() : Optional.of(new Versioned<>(version[0], rows));
    }

    private Versioned<Map<UUID, List<TargetView>>> targets(UUID fractalId, UUID onlyGoal) {
        String sql = "select f.version as fractal_version, t.id, t.goal_id, t.name, t.activity_id, "
                + "t.thresholds::text as thresholds, t.achieved, t.achieved_at, t.achieved_in_session_id "
                + "from fractal f left join goal_target t on t.fractal_id = f.id"
                + (onlyGoal == null ? "" : " and t.goal_id = ?")
                + " where f.id = ? order by t.created_at, t.id";
        Object[] parameters = onlyGoal == null ? new Object[] {fractalId} : new Object[] {onlyGoal, fractalId};
        Map<UUID, List<TargetView>> byGoal = new LinkedHashMap<>();
        Long[] version = {null};
        jdbc.query(sql, rs -> {
            version[0] = rs.getLong("fractal_version");
            if (rs.getObject("id") != null) {
                byGoal.computeIfAbsent(rs.getObject("goal_id", UUID.class), id -> new ArrayList<>()).add(target(rs));
            }
        }, parameters);
        return new Versioned<>(version[0], byGoal);
    }

    private record Versioned<T>(Long version, T value) {
    }

    private record Loaded(long version, List<GoalTreeAssembler.Row> goals, Map<UUID, List<TargetView>> targets) {

        GoalTreeAssembler assembler(Instant now) {
            return new GoalTreeAssembler(goals, targets, now);
        }
    }

    // ---- mapping -----------------------------------------------------------------------------------------

    private FractalSummary summary(ResultSet rs, int n) throws SQLException {
        return new FractalSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                                  GoalLevel.valueOf(rs.getString("level")), rs.getObject("deadline", LocalDate.class),
                                  instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                                  rs.getLong("goals"), rs.getLong("completed"));
    }

    private static GoalTreeAssembler.Row goalRow(ResultSet rs) throws SQLException {
        String source = rs.getString("completion_source");
        return new GoalTreeAssembler.Row(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                                         GoalLevel.valueOf(rs.getString("level")), rs.getString("name"),
                                         rs.getString("description"), rs.getObject("deadline", LocalDate.class),
                                         rs.getString("relevance"), rs.getBoolean("completed"),
                                         instant(rs.getTimestamp("completed_at")),
                                         source == null ? null : CompletionSource.valueOf(source),
                                         instant(rs.getTimestamp("created_at")), rs.getLong("version"));
    }

    private static TargetView target(ResultSet rs) throws SQLException {
        return new TargetView(rs.getObject("id", UUID.class), rs.getString("name"),
                              rs.getObject("activity_id", UUID.class), thresholds(rs.getString("thresholds")),
                              rs.getBoolean("achieved"), instant(rs.getTimestamp("achieved_at")),
                              rs.getObject("achieved_in_session_id", UUID.class));
    }

    static String thresholdsJson(List<Threshold> thresholds) {
        List<TargetView.ThresholdView> views = thresholds == null ? List.of() : thresholds.stream().map(
                threshold -> new TargetView.ThresholdView(threshold.metricId(), threshold.operator(), threshold.value()))
                                                                                .toList();
        try {
            return JSON.writeValueAsString(views);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Thresholds are not serializable", e);
        }
    }

    private static List<TargetView.ThresholdView> thresholds(String json) throws SQLException {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, THRESHOLDS));
        } catch (JsonProcessingException e) {
            throw new SQLException("Stored thresholds are not readable", e);
        }
    }


    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
