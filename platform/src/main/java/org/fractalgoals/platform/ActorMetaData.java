package org.fractalgoals.platform;

import org.axonframework.messaging.MetaData;

/**
 * Who caused an event, as its metadata tells. Every command carries the acting user's id in {@code actor}, and
 * Axon copies it onto the events the command causes. A step the system takes by itself in answer to a user's
 * request (achieving targets and completing goals from recorded evidence, re-opening targets) names
 * {@code system} as its actor and keeps the user in {@code onBehalfOf}, so that an audit trail can tell them apart.
 */
public final class ActorMetaData {

    public static final String ACTOR = "actor";
    public static final String ON_BEHALF_OF = "onBehalfOf";
    public static final String SYSTEM = "system";

    private ActorMetaData() {
    }

    /** The metadata of an automatic step taken because of {@code user}'s request (null when nobody is known). */
    public static MetaData automaticStepFor(String user) {
        MetaData system = MetaData.with(ACTOR, SYSTEM);
        return user == null ? system : system.and(ON_BEHALF_OF, user);
    }
}
