package org.fractalgoals.command.activity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads an activity's current definition from its events, decrypted by the event serializer. The aggregate
 * keeps no texts (its state could be snapshotted unencrypted), so an edit that matches metrics by name and
 * unit, or a duplicate that copies them, finds them here. Reading from sequence 0 skips snapshots.
 */
@Component
class ActivityDefinitions {

    private final EventStore events;

    ActivityDefinitions(EventStore events) {
        this.events = events;
    }

    /** The activity's definition, unless it was never created or is deleted. */
    Optional<ActivityDefinition> current(UUID activityId) {
        ActivityDefinition current = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(activityId.toString(), 0).asStream().iterator();
        while (stream.hasNext()) {
            // A stream of another aggregate type (an id that is no activity's) has none of these events.
            Object event = stream.next().getPayload();
            if (event instanceof ActivityCreated created) {
                current = ActivityDefinition.of(created);
            } else if (event instanceof ActivityChanged changed && current != null) {
                current = ActivityDefinition.of(changed);
            } else if (event instanceof ActivityDeleted) {
                current = null;
            }
        }
        return Optional.ofNullable(current);
    }
}
