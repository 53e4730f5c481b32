package org.fractalgoals.command.activity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.FractalDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The command side's view of activities and groups: ids and shapes, no texts. A subscribing processor (the
 * default on this side) keeps it in the transaction that appends the events, so a template or session command
 * right after an activity change sees that change.
 */
@Component
@ProcessingGroup(ActivityLookupProjection.GROUP)
class ActivityLookupProjection implements ActivityLookup, ActivityGroupLookup {

    static final String GROUP = "activity-lookup";
    private final JdbcTemplate jdbc;

    ActivityLookupProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityCreated event) {
        jdbc.update("insert into activity_ref (activity_id, fractal_id, has_sets, has_splits, has_metrics, metric_ids, "
                            + "split_ids) values (?, ?, ?, ?, ?, ?::uuid[], ?::uuid[]) on conflict do nothing",
                    event.activityId(), event.fractalId(), event.hasSets(), event.hasSplits(), event.hasMetrics(),
                    metricIds(event.metrics()), splitIds(event.splits()));
    }

    @EventHandler
    void on(ActivityChanged event) {
        jdbc.update("update activity_ref set has_sets = ?, has_splits = ?, has_metrics = ?, metric_ids = ?::uuid[], "
                            + "split_ids = ?::uuid[] where activity_id = ?",
                    event.hasSets(), event.hasSplits(), event.hasMetrics(), metricIds(event.metrics()),
                    splitIds(event.splits()), event.activityId());
    }

    @EventHandler
    void on(ActivityDeleted event) {
        jdbc.update("update activity_ref set deleted = true where activity_id = ?", event.activityId());
    }

    @EventHandler
    void on(ActivityGroupCreated event) {
        jdbc.update("insert into activity_group_ref (group_id, fractal_id) values (?, ?) on conflict do nothing",
                    event.groupId(), event.fractalId());
    }

    @EventHandler
    void on(ActivityGroupDeleted event) {
        jdbc.update("delete from activity_group_ref where group_id = ?", event.groupId());
    }

    @EventHandler
    void on(FractalDeleted event) {
        jdbc.update("update activity_ref set deleted = true where fractal_id = ?", event.fractalId());
        jdbc.update("delete from activity_group_ref where fractal_id = ?", event.fractalId());
    }

    @Override
    public Optional<Shape> find(UUID fractalId, UUID activityId) {
        return jdbc.query("select activity_id, has_sets, has_splits, has_metrics, metric_ids, split_ids from activity_ref "
                                  + "where activity_id = ? and fractal_id = ? and not deleted",
                          (rs, n) -> new Shape(rs.getObject("activity_id", UUID.class), rs.getBoolean("has_sets"),
                                               rs.getBoolean("has_splits"), rs.getBoolean("has_metrics"),
                                               ids(rs, "metric_ids"), ids(rs, "split_ids")),
                          activityId, fractalId)
                   .stream().findFirst();
    }

    @Override
    public boolean exists(UUID fractalId, UUID groupId) {
        Integer found = jdbc.queryForObject("select count(*) from activity_group_ref where group_id = ? and fractal_id = ?",
                                            Integer.class, groupId, fractalId);
        return found != null && found > 0;
    }

    private static String metricIds(List<MetricDefinition> metrics) {
        return array(metrics == null ? List.of() : metrics.stream().map(MetricDefinition::metricId).toList());
    }

    private static String splitIds(List<SplitDefinition> splits) {
        return array(splits == null ? List.of() : splits.stream().map(SplitDefinition::splitId).toList());
    }

    /** A PostgreSQL array literal; UUIDs need no quoting. */
    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Set<UUID> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList((UUID[]) array.getArray())));
    }
}
