package org.fractalgoals.query.replay;

/**
 * One read model as an operator sees it: the global position its processor has reached (the lowest of its
 * segments), how many positions it is behind the head of the event store, and whether it is
 * {@code RUNNING}, {@code REPLAYING} (running, with a rebuild under way), {@code PAUSED} or in {@code ERROR}.
 */
public record ProjectionStatus(String name, long position, long lag, String status, int segments) {
}
