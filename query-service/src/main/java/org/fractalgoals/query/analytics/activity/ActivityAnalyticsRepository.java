package org.fractalgoals.query.analytics.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.query.analytics.activity.ActivityDefinition.Metric;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables of the activity-analytics read model. Writes of an aggregate's event first move its version and do
 * nothing more when the event was applied already. A chart reads the activity and its instances in one read-only
 * repeatable-read transaction, so that both come from one state of the projection.
 */
@Repository
class ActivityAnalyticsRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectReader METRICS = JSON.readerFor(new TypeReference<List<Metric>>() {
    });
    private static final ObjectReader IDS = JSON.readerFor(new TypeReference<List<UUID>>() {
    });
    private static final ObjectReader KEYS = JSON.readerFor(new TypeReference<List<ValueKeys.Key>>() {
    });

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    ActivityAnalyticsRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    // ---- writes: activities -------------------------------------------------------------------------------

    record Definition(String name, boolean hasSets, boolean hasSplits, boolean multiplicative,
                      List<MetricDefinition> metrics, List<SplitDefinition> splits) {

        Definition {
            metrics = metrics == null ? List.of() : metrics;
            splits = splits == null ? List.of() : splits;
        }

        String metricsJson() {
            return json(metrics.stream().map(m -> new Metric(m.metricId(), m.name(), m.unit(), m.topSet(),
                                                             m.multiplicative())).toList());
        }

        String splitIdsJson() {
            return json(splits.stream().map(SplitDefinition::splitId).toList());
        }
    }

    /** Unless the activity exists or its fractal was deleted. */
    void insertActivity(UUID fractalId, UUID activityId, Definition definition, long sequence) {
        ValueKeys keys = new ValueKeys(List.of()).with(definition.metrics(), definition.splits());
        jdbc.update("insert into analytics_activity (activity_id, fractal_id, name, has_sets, has_splits, multiplicative, "
                            + "metrics, split_ids, value_keys, version) select ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ? "
                            + "where not exists (select 1 from analytics_activity_deleted_fractal where fractal_id = ?) "
                            + "on conflict do nothing",
                    activityId, fractalId, definition.name(), definition.hasSets(), definition.hasSplits(),
                    definition.multiplicative(), definition.metricsJson(), definition.splitIdsJson(), json(keys.keys()),
                    sequence, fractalId);
    }

    /**
     * The new definition replaces the old one; values of removed metrics and splits stay stored but are not read,
     * and new metrics and splits get value keys.
     */
    void changeActivity(UUID activityId, Definition definition, long sequence) {
        int changed = jdbc.update("update analytics_activity set name = ?, has_sets = ?, has_splits = ?, multiplicative = ?, "
                                          + "metrics = ?::jsonb, split_ids = ?::jsonb, version = ? "
                                          + "where activity_id = ? and version < ? and not deleted",
                                  definition.name(), definition.hasSets(), definition.hasSplits(),
                                  definition.multiplicative(), definition.metricsJson(), definition.splitIdsJson(),
                                  sequence, activityId, sequence);
        if (changed == 1) {
            ValueKeys keys = jdbc.queryForObject("select value_keys::text from analytics_activity where activity_id = ?",
                                                 (rs, n) -> keys(rs.getString(1)), activityId);
            jdbc.update("update analytics_activity set value_keys = ?::jsonb where activity_id = ?",
                        json(keys.with(definition.metrics(), definition.splits()).keys()), activityId);
        }
    }

    void deleteActivity(UUID activityId, long sequence) {
        jdbc.update("update analytics_activity set deleted = true, version = ? where activity_id = ? and version < ?",
                    sequence, activityId, sequence);
    }

    // ---- writes: sessions ---------------------------------------------------------------------------------

    /** Inserts the session and its instances, unless it exists already or its fractal was deleted. */
    void insertSession(SessionCreated event, long sequence) {
        Instant at = event.startedAt() != null ? event.startedAt() : event.occurredAt();
        int inserted = jdbc.update(
                "insert into analytics_activity_session (session_id, fractal_id, created_at, at, version) "
                        + "select ?, ?, ?, ?, ? where not exists "
                        + "(select 1 from analytics_activity_deleted_fractal where fractal_id = ?) on conflict do nothing",
                event.sessionId(), event.fractalId(), Timestamp.from(event.occurredAt()), Timestamp.from(at), sequence,
                event.fractalId());
        if (inserted == 0) {
            return;
        }
        for (int s = 0; s < event.sections().size(); s++) {
            SessionSection section = event.sections().get(s);
            for (int i = 0; i < section.instances().size(); i++) {
                SessionInstance instance = section.instances().get(i);
                jdbc.update("insert into analytics_activity_instance (instance_id, session_id, fractal_id, activity_id, "
                                    + "at, section_index, position) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                            instance.instanceId(), event.sessionId(), event.fractalId(), instance.activityId(),
                            Timestamp.from(at), s, i);
            }
        }
    }

    /**
     * Moves the session's version to {@code sequence}; false when that event was applied already, or the session is
     * unknown or deleted, and then nothing else may change.
     */
    boolean advance(UUID sessionId, long sequence) {
        return jdbc.update("update analytics_activity_session set version = ? "
                                   + "where session_id = ? and version < ? and not deleted",
                           sequence, sessionId, sequence) == 1;
    }

    /** The session time is the start, or the creation while the session is not started. */
    void changeStart(UUID sessionId, Instant startedAt) {
        jdbc.update("update analytics_activity_session set at = coalesce(?, created_at) where session_id = ?",
                    timestamp(startedAt), sessionId);
        jdbc.update("update analytics_activity_instance i set at = s.at from analytics_activity_session s "
                            + "where s.session_id = ? and i.session_id = s.session_id", sessionId);
    }

    void deleteSession(UUID sessionId) {
        jdbc.update("update analytics_activity_session set deleted = true where session_id = ?", sessionId);
        jdbc.update("delete from analytics_activity_instance where session_id = ?", sessionId);
    }

    // ---- writes: instances (positions as the sessions read model keeps them, for the instance order) ----------

    void addInstance(UUID sessionId, UUID instanceId, UUID activityId, int section, int position) {
        jdbc.update("update analytics_activity_instance set position = position + 1 "
                            + "where session_id = ? and section_index = ? and position >= ?", sessionId, section, position);
        jdbc.update("insert into analytics_activity_instance (instance_id, session_id, fractal_id, activity_id, at, "
                            + "section_index, position) select ?, s.session_id, s.fractal_id, ?, s.at, ?, ? "
                            + "from analytics_activity_session s where s.session_id = ? on conflict do nothing",
                    instanceId, activityId, section, position, sessionId);
    }

    void removeInstance(UUID sessionId, UUID instanceId) {
        placeOf(instanceId).ifPresent(place -> {
            jdbc.update("delete from analytics_activity_instance where instance_id = ?", instanceId);
            closeGap(sessionId, place);
        });
    }

    void moveInstance(UUID sessionId, UUID instanceId, int section, int position) {
        placeOf(instanceId).ifPresent(place -> {
            closeGap(sessionId, place);
            jdbc.update("update analytics_activity_instance set position = position + 1 "
                                + "where session_id = ? and section_index = ? and position >= ? and instance_id <> ?",
                        sessionId, section, position, instanceId);
            jdbc.update("update analytics_activity_instance set section_index = ?, position = ? where instance_id = ?",
                        section, position, instanceId);
        });
    }

    private record Place(int section, int position) {
    }

    private Optional<Place> placeOf(UUID instanceId) {
        return jdbc.query("select section_index, position from analytics_activity_instance where instance_id = ?",
                          (rs, n) -> new Place(rs.getInt(1), rs.getInt(2)), instanceId).stream().findFirst();
    }

    private void closeGap(UUID sessionId, Place place) {
        jdbc.update("update analytics_activity_instance set position = position - 1 "
                            + "where session_id = ? and section_index = ? and position > ?",
                    sessionId, place.section(), place.position());
    }

    /** The sets replace the instance's sets; blank inputs are left out, they plot nothing. */
    void recordSets(UUID instanceId, List<ActivitySet> sets) {
        keysOfInstance(instanceId).ifPresent(keys -> jdbc.update(
                "update analytics_activity_instance set sets = ?::json where instance_id = ?", keys.encodeSets(sets),
                instanceId));
    }

    /** As the sessions read model does: each value is set by metric and split, a null value removes one. */
    void recordValues(UUID instanceId, List<RecordedValue> values) {
        keysOfInstance(instanceId).ifPresent(keys -> {
            String current = jdbc.queryForObject(
                    "select single_values::text from analytics_activity_instance where instance_id = ?", String.class,
                    instanceId);
            jdbc.update("update analytics_activity_instance set single_values = ?::json where instance_id = ?",
                        keys.encodeValues(keys.apply(keys.decodeValues(current), values)), instanceId);
        });
    }

    /** Empty when the instance is gone, or its activity is unknown (then nothing of it can be plotted). */
    private Optional<ValueKeys> keysOfInstance(UUID instanceId) {
        return jdbc.query("select a.value_keys::text from analytics_activity_instance i join analytics_activity a "
                                  + "on a.activity_id = i.activity_id where i.instance_id = ?",
                          (rs, n) -> keys(rs.getString(1)), instanceId).stream().findFirst();
    }

    // ---- writes: fractals and accounts --------------------------------------------------------------------

    /** The fractal's rows go; the fractal is remembered so that no later event of it adds rows again. */
    void deleteFractal(UUID fractalId) {
        jdbc.update("insert into analytics_activity_deleted_fractal (fractal_id) values (?) on conflict do nothing",
                    fractalId);
        for (String table : List.of("analytics_activity_instance", "analytics_activity_session", "analytics_activity")) {
            jdbc.update("delete from " + table + " where fractal_id = ?", fractalId);
        }
    }

    void erase(ErasedOwner owner) {
        for (String table : List.of("analytics_activity_instance", "analytics_activity_session", "analytics_activity",
                                    "analytics_activity_deleted_fractal")) {
            jdbc.update("delete from " + table + " where fractal_id = any (?)", (Object) owner.fractalIds());
        }
    }

    // ---- reads --------------------------------------------------------------------------------------------

    record Usage(UUID activityId, String name, long instanceCount, Instant lastUsedAt, List<Metric> metrics) {
    }

    /** Every live activity of the fractal: most recently used first, never-used ones last, by name. */
    List<Usage> usage(UUID fractalId) {
        return snapshot.execute(tx -> jdbc.query(
                "select a.activity_id, a.name, a.metrics::text, count(i.instance_id), max(i.at) "
                        + "from analytics_activity a left join analytics_activity_instance i "
                        + "on i.activity_id = a.activity_id and i.fractal_id = a.fractal_id "
                        + "where a.fractal_id = ? and not a.deleted group by a.activity_id "
                        + "order by max(i.at) desc nulls last, a.name, a.activity_id",
                (rs, n) -> new Usage(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(4),
                                     instant(rs.getTimestamp(5)), read(METRICS, rs.getString(3))), fractalId));
    }

    /** One instance of the activity: when its session took place, and its sets (single values as one set). */
    record InstanceValues(UUID sessionId, Instant at, List<List<StoredValue>> sets) {
    }

    record Chart(ActivityDefinition activity, List<InstanceValues> instances) {
    }

    /** The live activity of the fractal with its instances in session time order; empty when there is none. */
    Optional<Chart> chart(UUID fractalId, UUID activityId) {
        return snapshot.execute(tx -> {
            Optional<Stored> found = jdbc.query(
                    "select activity_id, name, has_sets, has_splits, multiplicative, metrics::text, split_ids::text, "
                            + "value_keys::text from analytics_activity "
                            + "where activity_id = ? and fractal_id = ? and not deleted",
                    (rs, n) -> new Stored(definition(rs), keys(rs.getString(8))), activityId, fractalId)
                                         .stream().findFirst();
            return found.map(stored -> new Chart(stored.activity(), jdbc.query(
                    "select session_id, at, " + (stored.activity().hasSets() ? "sets" : "single_values")
                            + " from analytics_activity_instance where activity_id = ? and fractal_id = ? "
                            + "order by at, session_id, section_index, position",
                    (rs, n) -> new InstanceValues(rs.getObject(1, UUID.class), instant(rs.getTimestamp(2)),
                                                  sets(stored, rs.getString(3))),
                    activityId, fractalId)));
        });
    }

    private record Stored(ActivityDefinition activity, ValueKeys keys) {
    }

    /** An activity without sets has its single values read as one set. */
    private static List<List<StoredValue>> sets(Stored stored, String json) {
        if (stored.activity().hasSets()) {
            return stored.keys().decodeSets(json);
        }
        Map<Integer, BigDecimal> values = stored.keys().decodeValues(json);
        return List.of(values.entrySet().stream().map(value -> {
            ValueKeys.Key key = stored.keys().keys().get(value.getKey());
            return new StoredValue(key.metricId(), key.splitId(), value.getValue());
        }).toList());
    }

    private static ValueKeys keys(String json) {
        return new ValueKeys(read(KEYS, json));
    }

    private static ActivityDefinition definition(ResultSet rs) throws SQLException {
        return new ActivityDefinition(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                                      rs.getBoolean(5), read(METRICS, rs.getString(6)), read(IDS, rs.getString(7)));
    }

    // ---- mapping ------------------------------------------------------------------------------------------

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serializable as JSON", e);
        }
    }

    private static <T> T read(ObjectReader reader, String json) {
        try {
            return reader.readValue(json);
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
