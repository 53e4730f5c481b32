package org.fractalgoals.query.deadletter;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether a live processor runs its handlers in savepoints now. A savepoint per handler invocation costs two round
 * trips to PostgreSQL ({@code SAVEPOINT}, {@code RELEASE}): under the command benchmark they were at least a
 * quarter of every statement the database ran. They matter only when a handler fails, so a processor starts
 * without them; the first failure rolls its whole batch back and makes the processor careful for
 * {@code carefulFor}, and Axon's retry of that batch runs each handler in a savepoint, so that the failing event
 * alone becomes a dead letter.
 */
final class CarefulMode {

    private final long carefulForNanos;
    private final LongSupplier nanoTime;
    private volatile long carefulUntil;
    private volatile boolean everFailed;

    CarefulMode(Duration carefulFor) {
        this(carefulFor, System::nanoTime);
    }

    CarefulMode(Duration carefulFor, LongSupplier nanoTime) {
        this.carefulForNanos = carefulFor.toNanos();
        this.nanoTime = nanoTime;
    }

    boolean careful() {
        return everFailed && nanoTime.getAsLong() - carefulUntil < 0;
    }

    /** A handler failed outside a savepoint: its batch is lost, and the next ones run carefully. */
    void handlerFailed() {
        carefulUntil = nanoTime.getAsLong() + carefulForNanos;
        everFailed = true;
    }
}
