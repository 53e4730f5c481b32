package org.fractalgoals.command.dispatch;

import java.util.UUID;
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

    Lock forAggregate(UUID aggregateId) {
        return locks[Math.floorMod(aggregateId.hashCode(), STRIPES)];
    }
}
