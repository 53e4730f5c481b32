package org.fractalgoals.query.replay;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One replay of one read model: the processor that rebuilds it into the replay schema, and what it has done.
 * State changes happen under the job's lock, so a cancel and the switch-over cannot cross.
 */
final class ReplayJob {

    private final ReadModelDefinition readModel;
    private final Clock clock;
    private final Instant startedAt;
    private final long startedNanos;
    private final int segments;
    private TrackingEventProcessor processor;
    private volatile ReplayStatus status = ReplayStatus.RUNNING;
    private volatile String failure;
    private volatile Instant finishedAt;
    private volatile long finishedNanos;
    private volatile long finalPosition = -1;

    ReplayJob(ReadModelDefinition readModel, Clock clock, int segments) {
        this.readModel = readModel;
        this.segments = segments;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.startedNanos = System.nanoTime();
    }

    ReadModelDefinition readModel() {
        return readModel;
    }

    /** How many segments (and threads) the replay processor has. */
    int segments() {
        return segments;
    }

    String processorName() {
        return readModel.name() + ".replay";
    }

    synchronized void attach(TrackingEventProcessor processor) {
        this.processor = processor;
    }

    TrackingEventProcessor processor() {
        return processor;
    }

    ReplayStatus status() {
        return status;
    }

    boolean running() {
        return status == ReplayStatus.RUNNING;
    }

    /** Called from the replay's own thread when a projection throws: the supervisor ends the replay. */
    void handlerFailed(Exception exception, EventMessage<?> event) {
        handlerFailed(exception, event, event);
    }

    /** As above, for a failed write that one of the events from {@code first} to {@code last} had queued. */
    private void handlerFailed(Exception exception, EventMessage<?> first, EventMessage<?> last) {
        if (failure == null) {
            long from = first instanceof TrackedEventMessage<?> tracked
                    ? positionOf(tracked.trackingToken()).orElse(-1) : -1;
            long to = last instanceof TrackedEventMessage<?> tracked
                    ? positionOf(tracked.trackingToken()).orElse(-1) : -1;
            String position = from < 0 ? "" : to > from ? " at one of the positions " + from + " to " + to
                    : " at position " + from;
            // The exception's message may quote row values (personal text), so only its type is kept.
            failure = exception.getClass().getSimpleName() + " while handling " + first.getPayloadType().getSimpleName()
                    + position;
        }
    }

    /** Called from the replay's own thread when a batch could not commit (its deferred writes are sent then). */
    void commitFailed(RuntimeException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeferredWrites.Failed failed && failed.event() instanceof EventMessage<?> event
                    && failed.events().getLast() instanceof EventMessage<?> last
                    && failed.getCause() instanceof Exception writeFailure) {
                handlerFailed(writeFailure, event, last);
                return;
            }
        }
        if (failure == null) {
            failure = exception.getClass().getSimpleName() + " while committing a batch after position " + position();
        }
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The replay processor's position: the global index of the last event it handled, 0 before the first. */
    long position() {
        if (finalPosition >= 0) {
            return finalPosition;
        }
        TrackingEventProcessor current = processor;
        if (current == null) {
            return 0;
        }
        return current.processingStatus().values().stream()
                      .map(EventTrackerStatus::getTrackingToken)
                      .map(ReplayJob::positionOf)
                      .mapToLong(reached -> reached.orElse(0))
                      .min()
                      .orElse(0);
    }

    /** @param reached the position before the processor was shut down (a stopped processor reports none) */
    synchronized void finish(ReplayStatus outcome, String reason, long reached) {
        if (status != ReplayStatus.RUNNING) {
            return;
        }
        finalPosition = reached;
        if (reason != null && failure == null) {
            failure = reason;
        }
        finishedAt = clock.instant();
        finishedNanos = System.nanoTime();
        status = outcome;
    }

    ReplayProgress progress(long head) {
        long processed = position();
        long total = Math.max(head, processed);
        if (status == ReplayStatus.COMPLETED) {
            total = processed;
        }
        long elapsedNanos = (finishedAt == null ? System.nanoTime() : finishedNanos) - startedNanos;
        double seconds = Duration.ofNanos(elapsedNanos).toMillis() / 1000.0;
        double rate = seconds > 0 ? processed / seconds : 0;
        Long eta = !running() ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((total - processed) / rate)) : null;
        return new ReplayProgress(readModel.name(), status, processed, total, Math.round(rate * 10) / 10.0, eta,
                                  startedAt, finishedAt, status == ReplayStatus.FAILED ? failure : null, segments);
    }

    static OptionalLong positionOf(TrackingToken token) {
        TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return lower == null ? OptionalLong.empty() : lower.position();
    }
}
