package org.fractalgoals.events.session;

import java.util.Objects;
import java.util.UUID;

/** One activity instance as a session is created with it: the instance's id and the activity practised. */
public record SessionInstance(UUID instanceId, UUID activityId) {

    public SessionInstance {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(activityId, "activityId");
    }
}
