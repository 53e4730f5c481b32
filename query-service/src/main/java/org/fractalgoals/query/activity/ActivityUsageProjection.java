package org.fractalgoals.query.activity;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.query.erasure.ErasedOwner;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The usage part of the "activities" read model: which instances of which activity exist in live sessions,
 * and when those sessions took place. Every statement is idempotent (insert-if-absent, delete, set), so a
 * redelivered event changes nothing; a deleted session is remembered so that no later event revives it.
 */
@Component
@ReadModelTables({"activity_usage", "activity_usage_session"})
@ProcessingGroup(ActivityProjection.GROUP)
class ActivityUsageProjection {

    private final JdbcTemplate jdbc;
    private final OwnerFractals owners;

    ActivityUsageProjection(JdbcTemplate jdbc, OwnerFractals owners) {
        this.jdbc = jdbc;
        this.owners = owners;
    }

    @EventHandler
    void on(SessionCreated event) {
        Instant usedAt = event.startedAt() != null ? event.startedAt() : event.occurredAt();
        jdbc.update("insert into activity_usage_session (session_id, fractal_id, used_at) values (?, ?, ?) "
                            + "on conflict do nothing", event.sessionId(), event.fractalId(), Timestamp.from(usedAt));
        event.sections().forEach(section -> section.instances().forEach(instance ->
                use(instance.instanceId(), instance.activityId(), event.sessionId(), event.fractalId())));
    }

    @EventHandler
    void on(ActivityInstanceAdded event) {
        use(event.instanceId(), event.activityId(), event.sessionId(), event.fractalId());
    }

    @EventHandler
    void on(ActivityInstanceRemoved event) {
        jdbc.update("delete from activity_usage where instance_id = ?", event.instanceId());
    }

    @EventHandler
    void on(SessionStartChanged event) {
        if (event.startedAt() == null) {
            return;
        }
        Timestamp usedAt = Timestamp.from(event.startedAt());
        jdbc.update("update activity_usage_session set used_at = ? where session_id = ?", usedAt, event.sessionId());
        jdbc.update("update activity_usage set used_at = ? where session_id = ?", usedAt, event.sessionId());
    }

    @EventHandler
    void on(SessionDeleted event) {
        jdbc.update("update activity_usage_session set deleted = true where session_id = ?", event.sessionId());
        jdbc.update("delete from activity_usage where session_id = ?", event.sessionId());
    }

    @EventHandler
    void on(FractalDeleted event) {
        jdbc.update("delete from activity_usage where fractal_id = ?", event.fractalId());
        jdbc.update("update activity_usage_session set deleted = true where fractal_id = ?", event.fractalId());
    }

    @EventHandler
    void on(AccountErased event) {
        ErasedOwner owner = owners.erasing(event.ownerId());
        jdbc.update("delete from activity_usage where fractal_id = any (?)", (Object) owner.fractalIds());
        jdbc.update("delete from activity_usage_session where fractal_id = any (?)", (Object) owner.fractalIds());
    }

    private void use(UUID instanceId, UUID activityId, UUID sessionId, UUID fractalId) {
        jdbc.update("insert into activity_usage (instance_id, activity_id, session_id, fractal_id, used_at) "
                            + "select ?, ?, s.session_id, s.fractal_id, s.used_at from activity_usage_session s "
                            + "where s.session_id = ? and s.fractal_id = ? and not s.deleted on conflict do nothing",
                    instanceId, activityId, sessionId, fractalId);
    }
}
