package org.fractalgoals.query.erasure;

import org.fractalgoals.platform.eventstore.FractalsCreatedBy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every fractal an owner ever created, read from the event store itself: read models forget deleted fractals or keep
 * them without an owner, and the owner index is a read model of its own, purged in its own order. This scans the
 * stored events' types once per erased owner (PostgreSQL reads only {@code FractalCreated} payloads as JSON); every
 * read model asks within moments of the others, so the answer is kept a while for the next one.
 */
@Component
public class OwnerFractals {

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final int KEPT_OWNERS = 16;

    private final JdbcTemplate jdbc;
    /** Guarded by {@code this}; in access order, so the least recently asked-for owner goes first. */
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

    OwnerFractals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What an erasure of this owner removes from a read model. */
    public ErasedOwner erasing(String ownerId) {
        return new ErasedOwner(ownerId, fractalsOf(ownerId));
    }

    private UUID[] fractalsOf(String ownerId) {
        synchronized (this) {
            Kept known = kept.get(ownerId);
            if (known != null && System.nanoTime() - known.readAt() < KEEP.toNanos()) {
                return known.fractalIds();
            }
        }
        UUID[] fractals = FractalsCreatedBy.owner(jdbc, ownerId).toArray(UUID[]::new);
        synchronized (this) {
            kept.put(ownerId, new Kept(fractals, System.nanoTime()));
            if (kept.size() > KEPT_OWNERS) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return fractals;
    }

    private record Kept(UUID[] fractalIds, long readAt) {
    }
}
