package org.fractalgoals.command.dispatch;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A fixed set of locks, one chosen per aggregate id: bounded memory, and distinct aggregates rarely share one. */
final class AggregateLocks {

    private static final int STRIPES = 256;
    private final Lock[] locks = new Lock[STRIPES];

    AggregateLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The locks of these aggregates, each once, in stripe order, so that two requests never wait on each other. */
    List<Lock> forAggregates(List<String> aggregateIds) {
        return aggregateIds.stream()
                           .filter(Objects::nonNull)
                           .mapToInt(id -> Math.floorMod(id.hashCode(), STRIPES))
                           .distinct()
                           .sorted()
                           .mapToObj(stripe -> locks[stripe])
                           .toList();
    }
}
