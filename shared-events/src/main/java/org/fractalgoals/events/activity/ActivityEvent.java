package org.fractalgoals.events.activity;

import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.UUID;

/** Events of one activity definition. */
public sealed interface ActivityEvent extends OwnedEvent permits ActivityCreated, ActivityChanged, ActivityDeleted {

    UUID fractalId();

    UUID activityId();
}
