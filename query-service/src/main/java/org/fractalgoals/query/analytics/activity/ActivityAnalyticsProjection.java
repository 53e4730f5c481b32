package org.fractalgoals.query.analytics.activity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionEvent;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.query.analytics.activity.ActivityAnalyticsRepository.Definition;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.fractalgoals.query.replay.ReadModelTables;
import org.springframework.stereotype.Component;

/**
 * The activity-analytics read model: activity definitions, session times and, per activity instance of a live
 * session, its recorded values. Activity and session events are skipped at or below their aggregate's version,
 * so a redelivered event changes nothing; a fractal's deletion and an account's erasure are idempotent deletes.
 * The processor runs one segment on purpose: an instance's values are stored under keys of its activity (see
 * {@link ValueKeys}), so the activity's events must be applied before those of later sessions, which segments split
 * by aggregate would not guarantee.
 */
@Component
@ReadModelTables({"analytics_activity", "analytics_activity_session", "analytics_activity_instance",
                  "analytics_activity_deleted_fractal"})
@ProcessingGroup(ActivityAnalyticsProjection.GROUP)
class ActivityAnalyticsProjection {

    static final String GROUP = "activity-analytics";

    private final ActivityAnalyticsRepository analytics;
    private final OwnerFractals owners;

    ActivityAnalyticsProjection(ActivityAnalyticsRepository analytics, OwnerFractals owners) {
        this.analytics = analytics;
        this.owners = owners;
    }

    @EventHandler
    void on(ActivityCreated event, @SequenceNumber long sequence) {
        analytics.insertActivity(event.fractalId(), event.activityId(),
                                 new Definition(event.name(), event.hasSets(), event.hasSplits(), event.multiplicative(),
                                                event.metrics(), event.splits()), sequence);
    }

    @EventHandler
    void on(ActivityChanged event, @SequenceNumber long sequence) {
        analytics.changeActivity(event.activityId(),
                                 new Definition(event.name(), event.hasSets(), event.hasSplits(), event.multiplicative(),
                                                event.metrics(), event.splits()), sequence);
    }

    /** The row stays, marked deleted: the activity answers 404 and a redelivered creation cannot revive it. */
    @EventHandler
    void on(ActivityDeleted event, @SequenceNumber long sequence) {
        analytics.deleteActivity(event.activityId(), sequence);
    }

    /** Events that change nothing plotted only move the session's version. */
    @EventHandler
    void on(SessionEvent event, @SequenceNumber long sequence) {
        if (event instanceof SessionCreated created) {
            analytics.insertSession(created, sequence);
            return;
        }
        if (!analytics.advance(event.sessionId(), sequence)) {
            return;
        }
        switch (event) {
            case SessionStartChanged e -> analytics.changeStart(e.sessionId(), e.startedAt());
            case ActivityInstanceAdded e -> analytics.addInstance(e.sessionId(), e.instanceId(), e.activityId(),
                                                                  e.section(), e.position());
            case ActivityInstanceRemoved e -> analytics.removeInstance(e.sessionId(), e.instanceId());
            case ActivityInstanceMoved e -> analytics.moveInstance(e.sessionId(), e.instanceId(), e.section(),
                                                                   e.position());
            case SetsRecorded e -> analytics.recordSets(e.instanceId(), e.sets());
            case ValuesRecorded e -> analytics.recordValues(e.instanceId(), e.values());
            case SessionDeleted e -> analytics.deleteSession(e.sessionId());
            default -> {
            }
        }
    }

    @EventHandler
    void on(FractalDeleted event) {
        analytics.deleteFractal(event.fractalId());
    }

    @EventHandler
    void on(AccountErased event) {
        analytics.erase(owners.erasing(event.ownerId()));
    }
}
