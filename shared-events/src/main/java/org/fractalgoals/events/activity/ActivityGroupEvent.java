package org.fractalgoals.events.activity;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Events of a fractal's activity groups (one aggregate per fractal keeps their order). */
public sealed interface ActivityGroupEvent extends OwnedEvent
        permits ActivityGroupCreated, ActivityGroupRenamed, ActivityGroupDescriptionChanged, ActivityGroupsReordered,
                ActivityGroupDeleted {

    UUID fractalId();
}
