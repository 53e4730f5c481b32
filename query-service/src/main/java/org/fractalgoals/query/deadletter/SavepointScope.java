package org.fractalgoals.query.deadletter;

import java.util.concurrent.Callable;

/**
 * Marks the thread of a dead-lettering processor while it hands one event to its handlers (live, or on a retry of
 * a dead letter), so that {@link SavepointHandlerEnhancer} knows how to run each handler invocation: in a savepoint
 * of its own while the processor is {@linkplain CarefulMode careful}, bare otherwise. Replays build their own
 * processors without this mark and pay nothing.
 */
final class SavepointScope {

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private SavepointScope() {
    }

    /** The scope of the event being handled on this thread; null outside a dead-lettering processor. */
    static Scope current() {
        return CURRENT.get();
    }

    static <T> T within(CarefulMode mode, boolean retry, Callable<T> work) throws Exception {
        if (CURRENT.get() != null) {
            return work.call();
        }
        CURRENT.set(new Scope(mode, retry || mode.careful()));
        try {
            return work.call();
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * @param savepoints whether each handler invocation gets a savepoint: always for a dead letter's retry, and for a
     *                   live event while its processor is careful
     */
    record Scope(CarefulMode mode, boolean savepoints) {
    }
}
