package org.fractalgoals.query.activity;

import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.platform.web.NameCursor;
import org.fractalgoals.platform.web.PositionCursor;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables of the activities read model. Every write of an activity or group event first moves the version
 * of its aggregate (the activity row, or the fractal's group set) and does nothing more when the event was
 * applied already. Reads of several tables run in one repeatable-read transaction, so that they see one state.
 */
@Repository
class ActivityRepository {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    ActivityRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    // ---- writes: activities ------------------------------------------------------------------------------

    /** Inserts the activity unless it exists or its fractal was deleted; false when nothing was inserted. */
    boolean insertActivity(UUID fractalId, UUID activityId, String ownerId, Definition definition, Instant at,
                           long sequence) {
        return jdbc.update("insert into activity (id, fractal_id, owner_id, name, description, group_id, has_sets, "
                                   + "has_splits, has_metrics, multiplicative, created_at, updated_at, version) "
                                   + "select ?::uuid, ?::uuid, ?, ?, ?, ?::uuid, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::bigint "
                                   + "where not exists (select 1 from activity_deleted_fractal where fractal_id = ?) "
                                   + "on conflict do nothing",
                           activityId, fractalId, ownerId, definition.name(), definition.description(),
                           definition.groupId(), definition.hasSets(), definition.hasSplits(), definition.hasMetrics(),
                           definition.multiplicative(), Timestamp.from(at), Timestamp.from(at), sequence, fractalId) == 1;
    }

    /** Replaces the activity's fields; false when the event was applied already (or the activity is gone). */
    boolean updateActivity(UUID activityId, Definition definition, Instant at, long sequence) {
        return jdbc.update("update activity set name = ?, description = ?, group_id = ?, has_sets = ?, has_splits = ?, "
                                   + "has_metrics = ?, multiplicative = ?, updated_at = ?, version = ? "
                                   + "where id = ? and version < ? and not deleted",
                           definition.name(), definition.description(), definition.groupId(), definition.hasSets(),
                           definition.hasSplits(), definition.hasMetrics(), definition.multiplicative(),
                           Timestamp.from(at), sequence, activityId, sequence) == 1;
    }

    void markActivityDeleted(UUID activityId, Instant at, long sequence) {
        jdbc.update("update activity set deleted = true, updated_at = ?, version = ? where id = ? and version < ?",
                    Timestamp.from(at), sequence, activityId, sequence);
    }

    /** Keeps the names of removed metrics and splits, then replaces the activity's metrics and splits. */
    void replaceMetricsAndSplits(UUID activityId, List<MetricDefinition> metrics, List<SplitDefinition> splits,
                                 Collection<UUID> removedMetricIds, Collection<UUID> removedSplitIds, Instant at) {
        if (removedMetricIds != null && !removedMetricIds.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "insert into activity_removed_metric (id, activity_id, name, unit, removed_at) "
                                + "select id, activity_id, name, unit, ? from activity_metric "
                                + "where activity_id = ? and id = any (?) on conflict do nothing");
                statement.setTimestamp(1, Timestamp.from(at));
                statement.setObject(2, activityId);
                statement.setArray(3, connection.createArrayOf("uuid", removedMetricIds.toArray()));
                return statement;
            });
        }
        if (removedSplitIds != null && !removedSplitIds.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "insert into activity_removed_split (id, activity_id, name, removed_at) "
                                + "select id, activity_id, name, ? from activity_split "
                                + "where activity_id = ? and id = any (?) on conflict do nothing");
                statement.setTimestamp(1, Timestamp.from(at));
                statement.setObject(2, activityId);
                statement.setArray(3, connection.createArrayOf("uuid", removedSplitIds.toArray()));
                return statement;
            });
        }
        jdbc.update("delete from activity_metric where activity_id = ?", activityId);
        jdbc.update("delete from activity_split where activity_id = ?", activityId);
        insertMetricsAndSplits(activityId, metrics, splits);
    }

    void insertMetricsAndSplits(UUID activityId, List<MetricDefinition> metrics, List<SplitDefinition> splits) {
        List<Object[]> metricRows = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            MetricDefinition metric = metrics.get(i);
            metricRows.add(new Object[] {metric.metricId(), activityId, i, metric.name(), metric.unit(), metric.topSet(),
                    metric.multiplicative()});
        }
        jdbc.batchUpdate("insert into activity_metric (id, activity_id, position, name, unit, top_set, multiplicative) "
                                 + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", metricRows);
        List<Object[]> splitRows = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            SplitDefinition split = splits.get(i);
            splitRows.add(new Object[] {split.splitId(), activityId, i, split.name()});
        }
        jdbc.batchUpdate("insert into activity_split (id, activity_id, position, name) values (?, ?, ?, ?) "
                                 + "on conflict do nothing", splitRows);
        // A metric or split that comes back under its old id is no longer a removed one.
        jdbc.update("delete from activity_removed_metric r where r.activity_id = ? "
                            + "and exists (select 1 from activity_metric m where m.id = r.id)", activityId);
        jdbc.update("delete from activity_removed_split r where r.activity_id = ? "
                            + "and exists (select 1 from activity_split s where s.id = r.id)", activityId);
    }

    // ---- writes: groups ----------------------------------------------------------------------------------

    /**
     * Moves the version of the fractal's groups to {@code sequence} (creating the set with the first group);
     * false when that event was applied already or the fractal was deleted, and then nothing else may change.
     */
    boolean advanceGroups(UUID fractalId, String ownerId, long sequence) {
        return jdbc.update("insert into activity_group_set (fractal_id, owner_id, version) "
                                   + "select ?::uuid, ?, ?::bigint "
                                   + "where not exists (select 1 from activity_deleted_fractal where fractal_id = ?) "
                                   + "on conflict (fractal_id) do update set version = excluded.version "
                                   + "where activity_group_set.version < excluded.version",
                           fractalId, ownerId, sequence, fractalId) == 1;
    }

    /** Appends the group after the fractal's last one. */
    void insertGroup(UUID fractalId, UUID groupId, String name, String description, Instant at) {
        jdbc.update("insert into activity_group (id, fractal_id, name, description, position, created_at, updated_at) "
                            + "select ?, ?, ?, ?, coalesce(max(position) + 1, 0), ?, ? from activity_group "
                            + "where fractal_id = ? on conflict do nothing",
                    groupId, fractalId, name, description, Timestamp.from(at), Timestamp.from(at), fractalId);
    }

    void renameGroup(UUID fractalId, UUID groupId, String name, Instant at) {
        jdbc.update("update activity_group set name = ?, updated_at = ? where id = ? and fractal_id = ?", name,
                    Timestamp.from(at), groupId, fractalId);
    }

    void describeGroup(UUID fractalId, UUID groupId, String description, Instant at) {
        jdbc.update("update activity_group set description = ?, updated_at = ? where id = ? and fractal_id = ?",
                    description, Timestamp.from(at), groupId, fractalId);
    }

    void reorderGroups(UUID fractalId, List<UUID> groupIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < groupIds.size(); i++) {
            rows.add(new Object[] {i, groupIds.get(i), fractalId});
        }
        jdbc.batchUpdate("update activity_group set position = ? where id = ? and fractal_id = ?", rows);
    }

    void deleteGroup(UUID fractalId, UUID groupId) {
        jdbc.update("delete from activity_group where id = ? and fractal_id = ?", groupId, fractalId);
    }

    /** Deletes the fractal's activities and groups (with their rows, by cascade) and remembers the deletion. */
    void deleteFractal(UUID fractalId, Instant at) {
        jdbc.update("delete from activity where fractal_id = ?", fractalId);
        jdbc.update("delete from activity_group_set where fractal_id = ?", fractalId);
        jdbc.update("insert into activity_deleted_fractal (fractal_id, deleted_at) values (?, ?) on conflict do nothing",
                    fractalId, Timestamp.from(at));
    }

    /** Deletes the owner's activities and groups (metrics, splits and removed ones by cascade) and fractal tombstones. */
    void erase(ErasedOwner owner) {
        jdbc.update("delete from activity where owner_id = ? or fractal_id = any (?)", owner.ownerId(), owner.fractalIds());
        jdbc.update("delete from activity_group where fractal_id = any (?)", (Object) owner.fractalIds());
        jdbc.update("delete from activity_group_set where owner_id = ? or fractal_id = any (?)", owner.ownerId(),
                    owner.fractalIds());
        jdbc.update("delete from activity_deleted_fractal where fractal_id = any (?)", (Object) owner.fractalIds());
    }

    // ---- reads -------------------------------------------------------------------------------------------

    ActivityGroupList groups(String ownerId, UUID fractalId, int limit, String cursor) {
        PositionCursor after = cursor == null ? null : PositionCursor.decode(cursor);
        return snapshot.execute(status -> {
            List<Long> version = jdbc.queryForList(
                    "select version from activity_group_set where fractal_id = ? and owner_id = ?", Long.class,
                    fractalId, ownerId);
            if (version.isEmpty()) {
                return new ActivityGroupList(null, List.of(), null);
            }
            // The position shown counts over all groups, so it is numbered before the page is cut out.
            String sql = "select * from (select id, name, description, position, created_at, "
                    + "(row_number() over (order by position, created_at, id) - 1)::int as rank from activity_group "
                    + "where fractal_id = ?) g "
                    + (after == null ? "" : "where (position, created_at, id) > (?, ?, ?) ")
                    + "order by position, created_at, id limit ?";
            Object[] parameters = after == null
                    ? new Object[] {fractalId, limit + 1}
                    : new Object[] {fractalId, after.position(), Timestamp.from(after.createdAt()), after.id(),
                            limit + 1};
            List<GroupRow> rows = jdbc.query(sql, (rs, n) -> new GroupRow(
                    new ActivityGroupView(rs.getObject("id", UUID.class), rs.getString("name"),
                                          rs.getString("description"), rs.getInt("rank")),
                    rs.getInt("position"), instant(rs.getTimestamp("created_at"))), parameters);
            List<GroupRow> page = rows.subList(0, Math.min(limit, rows.size()));
            String next = rows.size() > limit ? page.getLast().cursor().encode() : null;
            return new ActivityGroupList(version.getFirst(), page.stream().map(GroupRow::view).toList(), next);
        });
    }

    private record GroupRow(ActivityGroupView view, int position, Instant createdAt) {

        PositionCursor cursor() {
            return new PositionCursor(position, createdAt, view.id());
        }
    }

    ActivityList activities(String ownerId, UUID fractalId, UUID groupId, int limit, String cursor) {
        NameCursor after = cursor == null ? null : NameCursor.decode(cursor);
        return snapshot.execute(status -> {
            List<Object> parameters = new ArrayList<>(List.of(fractalId, ownerId));
            StringBuilder sql = new StringBuilder(SELECT_ACTIVITY)
                    .append("where a.fractal_id = ? and a.owner_id = ? and not a.deleted");
            if (groupId != null) {
                sql.append(" and g.id = ?");
                parameters.add(groupId);
            }
            if (after != null) {
                sql.append(" and (lower(a.name), a.name, a.id) > (lower(?), ?, ?)");
                parameters.addAll(List.of(after.name(), after.name(), after.id()));
            }
            sql.append(" order by lower(a.name), a.name, a.id limit ?");
            parameters.add(limit + 1);
            List<Row> rows = jdbc.query(sql.toString(), ROW, parameters.toArray());
            List<Row> page = rows.subList(0, Math.min(limit, rows.size()));
            UUID[] ids = page.stream().map(Row::id).toArray(UUID[]::new);
            Map<UUID, List<ActivityView.Metric>> metrics = metrics("where m.activity_id = any (?)", ids);
            Map<UUID, List<ActivityView.Split>> splits = splits("where s.activity_id = any (?)", ids);
            String next = rows.size() > limit ? new NameCursor(page.getLast().name(), page.getLast().id()).encode()
                                              : null;
            return new ActivityList(page.stream().map(row -> row.view(metrics, splits)).toList(), next);
        });
    }

    Optional<ActivityDetail> activity(String ownerId, UUID fractalId, UUID activityId) {
        return snapshot.execute(status -> {
            List<Row> rows = jdbc.query(SELECT_ACTIVITY + "where a.id = ? and a.fractal_id = ? and a.owner_id = ? "
                                                + "and not a.deleted", ROW, activityId, fractalId, ownerId);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            ActivityView view = rows.getFirst().view(metrics("where m.activity_id = ?", activityId),
                                                     splits("where s.activity_id = ?", activityId));
            List<ActivityDetail.RemovedMetric> removedMetrics = jdbc.query(
                    "select id, name, unit, removed_at from activity_removed_metric where activity_id = ? "
                            + "order by removed_at, id",
                    (rs, n) -> new ActivityDetail.RemovedMetric(rs.getObject("id", UUID.class), rs.getString("name"),
                                                                rs.getString("unit"), instant(rs.getTimestamp("removed_at"))),
                    activityId);
            List<ActivityDetail.RemovedSplit> removedSplits = jdbc.query(
                    "select id, name, removed_at from activity_removed_split where activity_id = ? order by removed_at, id",
                    (rs, n) -> new ActivityDetail.RemovedSplit(rs.getObject("id", UUID.class), rs.getString("name"),
                                                               instant(rs.getTimestamp("removed_at"))),
                    activityId);
            return Optional.of(ActivityDetail.of(view, removedMetrics, removedSplits));
        });
    }

    private Map<UUID, List<ActivityView.Metric>> metrics(String where, Object id) {
        Map<UUID, List<ActivityView.Metric>> byActivity = new LinkedHashMap<>();
        jdbc.query("select m.id, m.activity_id, m.name, m.unit, m.top_set, m.multiplicative from activity_metric m "
                           + where + " order by m.activity_id, m.position",
                   rs -> {
                       byActivity.computeIfAbsent(rs.getObject("activity_id", UUID.class), key -> new ArrayList<>())
                                 .add(new ActivityView.Metric(rs.getObject("id", UUID.class), rs.getString("name"),
                                                              rs.getString("unit"), rs.getBoolean("top_set"),
                                                              rs.getBoolean("multiplicative")));
                   }, id);
        return byActivity;
    }

    private Map<UUID, List<ActivityView.Split>> splits(String where, Object id) {
        Map<UUID, List<ActivityView.Split>> byActivity = new LinkedHashMap<>();
        jdbc.query("select s.id, s.activity_id, s.name from activity_split s " + where
                           + " order by s.activity_id, s.position",
                   rs -> {
                       byActivity.computeIfAbsent(rs.getObject("activity_id", UUID.class), key -> new ArrayList<>())
                                 .add(new ActivityView.Split(rs.getObject("id", UUID.class), rs.getString("name")));
                   }, id);
        return byActivity;
    }

    /** The group joined, so that a group deleted since the activity's last event reads as none. */
    private static final String SELECT_ACTIVITY = "select a.id, a.name, a.description, g.id as live_group_id, a.has_sets, "
            + "a.has_splits, a.has_metrics, a.multiplicative, a.created_at, a.updated_at, "
            + "(select count(*) from activity_usage u where u.activity_id = a.id) as instance_count, "
            + "(select max(u.used_at) from activity_usage u where u.activity_id = a.id) as last_used_at, "
            + "a.version from activity a "
            + "left join activity_group g on g.id = a.group_id and g.fractal_id = a.fractal_id ";

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
            rs.getObject("live_group_id", UUID.class), rs.getBoolean("has_sets"), rs.getBoolean("has_splits"),
            rs.getBoolean("has_metrics"), rs.getBoolean("multiplicative"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("updated_at")), rs.getInt("instance_count"), instant(rs.getTimestamp("last_used_at")),
            rs.getLong("version"));

    private record Row(UUID id, String name, String description, UUID groupId, boolean hasSets, boolean hasSplits,
                       boolean hasMetrics, boolean multiplicative, Instant createdAt, Instant updatedAt,
                       int instanceCount, Instant lastUsedAt, long version) {

        ActivityView view(Map<UUID, List<ActivityView.Metric>> metrics, Map<UUID, List<ActivityView.Split>> splits) {
            return new ActivityView(id, name, description, groupId, hasSets, hasSplits, hasMetrics, multiplicative,
                                    List.copyOf(metrics.getOrDefault(id, List.of())),
                                    List.copyOf(splits.getOrDefault(id, List.of())), createdAt, updatedAt,
                                    instanceCount, lastUsedAt, version);
        }
    }

    /** The fields of an activity that its create and change events both carry. */
    record Definition(String name, String description, UUID groupId, boolean hasSets, boolean hasSplits,
                      boolean hasMetrics, boolean multiplicative) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
