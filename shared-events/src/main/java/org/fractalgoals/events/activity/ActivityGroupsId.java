package org.fractalgoals.events.activity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifier of the aggregate that keeps a fractal's activity groups in order. The event store keys
 * streams by identifier alone, so it must differ from the fractal's own id; it is derived from it, so that
 * every command on a fractal's groups finds the same aggregate without a lookup.
 */
public final class ActivityGroupsId {

    private ActivityGroupsId() {
    }

    public static UUID of(UUID fractalId) {
        return UUID.nameUUIDFromBytes(("activity-groups:" + fractalId).getBytes(StandardCharsets.UTF_8));
    }
}
