package org.fractalgoals.platform.crypto;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an owner id is erased: its data key is destroyed ({@code user_data_key.destroyed_at} set; the row is the
 * tombstone). Asked for every owned event a processor handles, so answers are kept in memory:
 * <ul>
 *     <li>an erased owner stays erased (tombstones are permanent), so a positive answer is kept for good;</li>
 *     <li>a negative answer is kept for {@code notErasedFor} only. An erasure committed meanwhile is seen late by
 *     this lookup alone; whoever learns of an erasure first-hand (the event that records it) calls
 *     {@link #recheck(String)} so that the next answer comes from the database.</li>
 * </ul>
 * The API's door asks {@link #isErasedNow(String)}, which never trusts a remembered negative answer.
 */
public class ErasedOwners {

    /** Past this many remembered negative answers, the expired ones are dropped on the next lookup. */
    private static final int NEGATIVE_CLEANUP_THRESHOLD = 10_000;

    private final JdbcTemplate jdbc;
    private final long notErasedNanos;
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    /** Owner id → when the database said "not erased" (System.nanoTime()). */
    private final Map<String, Long> notErasedSince = new ConcurrentHashMap<>();

    public ErasedOwners(JdbcTemplate jdbc, Duration notErasedFor) {
        this.jdbc = jdbc;
        this.notErasedNanos = notErasedFor.toNanos();
    }

    public boolean isErased(String ownerId) {
        if (erased.contains(ownerId)) {
            return true;
        }
        long now = System.nanoTime();
        Long checked = notErasedSince.get(ownerId);
        if (checked != null && now - checked < notErasedNanos) {
            return false;
        }
        if (destroyed(ownerId)) {
            erased.add(ownerId);
            notErasedSince.remove(ownerId);
            return true;
        }
        if (notErasedSince.size() > NEGATIVE_CLEANUP_THRESHOLD) {
            notErasedSince.values().removeIf(since -> now - since >= notErasedNanos);
        }
        notErasedSince.put(ownerId, now);
        return false;
    }

    /**
     * As {@link #isErased(String)}, but a negative answer always comes from the database (a primary-key lookup):
     * for the door of the API, where an erasure committed by any process must shut its user out from the very
     * next request on.
     */
    public boolean isErasedNow(String ownerId) {
        recheck(ownerId);
        return isErased(ownerId);
    }

    /** Forgets a negative answer, so that the next lookup for this owner asks the database. */
    public void recheck(String ownerId) {
        notErasedSince.remove(ownerId);
    }

    private boolean destroyed(String ownerId) {
        return KeyTombstones.isDestroyed(jdbc, ownerId);
    }
}
