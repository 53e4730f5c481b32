package org.fractalgoals.query.activity;

import org.axonframework.config.ProcessingGroup;
import org.fractalgoals.query.replay.ReadModelTables;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupDescriptionChanged;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.activity.FindActivities;
import org.fractalgoals.events.activity.FindActivity;
import org.fractalgoals.events.activity.FindActivityGroups;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.query.activity.ActivityRepository.Definition;
import org.fractalgoals.query.erasure.OwnerFractals;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The activities read model: each fractal's activity groups in order and its activity definitions with their
 * metrics and splits, and the metrics and splits edits removed. Idempotent by aggregate sequence number: an
 * activity's row keeps the number of its last applied event, and the fractal's group set that of the last
 * group event (all groups of a fractal are one aggregate); an event at or below it is skipped.
 */
@Component
@ReadModelTables({"activity_group_set", "activity_group", "activity", "activity_metric", "activity_split", "activity_removed_metric", "activity_removed_split", "activity_deleted_fractal"})
@ProcessingGroup(ActivityProjection.GROUP)
class ActivityProjection {

    static final String GROUP = "activities";
    private final ActivityRepository activities;
    private final OwnerFractals owners;

    ActivityProjection(ActivityRepository activities, OwnerFractals owners) {
        this.activities = activities;
        this.owners = owners;
    }

    @EventHandler
    void on(ActivityCreated event, @SequenceNumber long sequence) {
        Definition definition = new Definition(event.name(), event.description(), event.groupId(), event.hasSets(),
                                               event.hasSplits(), event.hasMetrics(), event.multiplicative());
        if (activities.insertActivity(event.fractalId(), event.activityId(), event.ownerId(), definition,
                                      event.occurredAt(), sequence)) {
            activities.insertMetricsAndSplits(event.activityId(), orEmpty(event.metrics()), orEmpty(event.splits()));
        }
    }

    @EventHandler
    void on(ActivityChanged event, @SequenceNumber long sequence) {
        Definition definition = new Definition(event.name(), event.description(), event.groupId(), event.hasSets(),
                                               event.hasSplits(), event.hasMetrics(), event.multiplicative());
        if (activities.updateActivity(event.activityId(), definition, event.occurredAt(), sequence)) {
            activities.replaceMetricsAndSplits(event.activityId(), orEmpty(event.metrics()), orEmpty(event.splits()),
                                               event.removedMetricIds(), event.removedSplitIds(), event.occurredAt());
        }
    }

    /** The row stays, marked deleted, so that a redelivered event of the activity cannot bring it back. */
    @EventHandler
    void on(ActivityDeleted event, @SequenceNumber long sequence) {
        activities.markActivityDeleted(event.activityId(), event.occurredAt(), sequence);
    }

    @EventHandler
    void on(ActivityGroupCreated event, @SequenceNumber long sequence) {
        if (activities.advanceGroups(event.fractalId(), event.ownerId(), sequence)) {
            activities.insertGroup(event.fractalId(), event.groupId(), event.name(), event.description(),
                                   event.occurredAt());
        }
    }

    @EventHandler
    void on(ActivityGroupRenamed event, @SequenceNumber long sequence) {
        if (activities.advanceGroups(event.fractalId(), event.ownerId(), sequence)) {
            activities.renameGroup(event.fractalId(), event.groupId(), event.name(), event.occurredAt());
        }
    }

    @EventHandler
    void on(ActivityGroupDescriptionChanged event, @SequenceNumber long sequence) {
        if (activities.advanceGroups(event.fractalId(), event.ownerId(), sequence)) {
            activities.describeGroup(event.fractalId(), event.groupId(), event.description(), event.occurredAt());
        }
    }

    @EventHandler
    void on(ActivityGroupsReordered event, @SequenceNumber long sequence) {
        if (activities.advanceGroups(event.fractalId(), event.ownerId(), sequence)) {
            activities.reorderGroups(event.fractalId(), event.groupIds());
        }
    }

    /** Its activities keep their group id; reads show them ungrouped because the group is gone. */
    @EventHandler
    void on(ActivityGroupDeleted event, @SequenceNumber long sequence) {
        if (activities.advanceGroups(event.fractalId(), event.ownerId(), sequence)) {
            activities.deleteGroup(event.fractalId(), event.groupId());
        }
    }

    @EventHandler
    void on(FractalDeleted event) {
        activities.deleteFractal(event.fractalId(), event.occurredAt());
    }

    @EventHandler
    void on(AccountErased event) {
        activities.erase(owners.erasing(event.ownerId()));
    }

    @QueryHandler
    ActivityGroupList handle(FindActivityGroups query) {
        return activities.groups(query.ownerId(), query.fractalId(), query.limit(), query.cursor());
    }

    @QueryHandler
    ActivityList handle(FindActivities query) {
        return activities.activities(query.ownerId(), query.fractalId(), query.groupId(), query.limit(),
                                     query.cursor());
    }

    @QueryHandler
    Optional<ActivityDetail> handle(FindActivity query) {
        return activities.activity(query.ownerId(), query.fractalId(), query.activityId());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
