package org.fractalgoals.command.activity;

import java.util.UUID;

/** Whether a group exists in a fractal right now; an activity may only be put in such a group. */
@FunctionalInterface
interface ActivityGroupLookup {

    boolean exists(UUID fractalId, UUID groupId);
}
