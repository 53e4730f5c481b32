package org.fractalgoals.query.deadletter;

import java.util.concurrent.Callable;

/**
 * Marks the thread of a dead-lettering processor while it hands one event to its handlers (live, or on a retry of
 * a dead letter), so that {@link SavepointHandlerEnhancer} gives each handler invocation a savepoint. Replays build
 * their own processors without this mark and pay nothing.
 */
final class SavepointScope {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private SavepointScope() {
    }

    static boolean active() {
        return ACTIVE.get() != null;
    }

    static <T> T within(Callable<T> work) throws Exception {
        if (active()) {
            return work.call();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            ACTIVE.remove();
        }
    }
}
