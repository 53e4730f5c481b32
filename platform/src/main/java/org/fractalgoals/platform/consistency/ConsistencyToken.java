package org.fractalgoals.platform.consistency;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The global positions in the event store of the events one command caused. A query side has caught up
 * with the command once every one of these positions is behind each of its segments' tokens and none of
 * them is still one of the token's gaps (an event committed after later ones).
 *
 * <p>Wire form: {@code v1.} followed by dot-separated base-36 positions or {@code from-to} ranges; opaque
 * to clients and URL-safe.
 */
public record ConsistencyToken(SortedSet<Long> positions) {

    public static final String HEADER = "X-Consistency-Token";
    private static final String VERSION = "v1";

    public ConsistencyToken {
        positions = new TreeSet<>(Objects.requireNonNull(positions));
        if (positions.stream().anyMatch(position -> position < 0)) {
            throw new IllegalArgumentException("positions are never negative");
        }
    }

    public static ConsistencyToken of(java.util.Collection<Long> positions) {
        return new ConsistencyToken(new TreeSet<>(positions));
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /**
     * Whether a processor's segment at {@code position} has handled every event of this token: each position is
     * at or behind it and none is one of its gaps (an event committed after later ones). A segment that has not
     * handled any event yet ({@code null}) covers nothing.
     */
    public boolean coveredBy(TrackingToken position) {
        if (positions.isEmpty()) {
            return true;
        }
        TrackingToken lower = position == null ? null : WrappedToken.unwrapLowerBound(position);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return positions.stream().allMatch(index -> index <= gapAware.getIndex() && !gapAware.getGaps().contains(index));
        }
        if (lower == null) {
            return false;
        }
        OptionalLong reached = lower.position();
        return reached.isPresent() && reached.getAsLong() >= positions.last();
    }

    public String encode() {
        List<String> parts = new ArrayList<>();
        parts.add(VERSION);
        Long start = null;
        Long previous = null;
        for (long position : positions) {
            if (previous != null && position == previous + 1) {
                previous = position;
                continue;
            }
            if (start != null) {
                parts.add(range(start, previous));
            }
            start = position;
            previous = position;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return String.join(".", parts);
    }

    /** Reads a token from a client; anything we did not write is refused with {@link IllegalArgumentException}. */
    public static ConsistencyToken decode(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length == 0 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Unknown consistency token format");
        }
        TreeSet<Long> positions = new TreeSet<>();
        for (int i = 1; i < parts.length; i++) {
            String[] bounds = parts[i].split("-", -1);
            try {
                long from = Long.parseLong(bounds[0], 36);
                long to = bounds.length == 2 ? Long.parseLong(bounds[1], 36) : from;
                if (bounds.length > 2 || from < 0 || to < from || to - from > 100_000) {
                    throw new IllegalArgumentException("Malformed consistency token");
                }
                for (long position = from; position <= to; position++) {
                    positions.add(position);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Malformed consistency token", e);
            }
        }
        return new ConsistencyToken(positions);
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from, 36) : Long.toString(from, 36) + "-" + Long.toString(to, 36);
    }
}
