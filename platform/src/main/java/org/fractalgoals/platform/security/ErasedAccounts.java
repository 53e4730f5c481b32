package org.fractalgoals.platform.security;

import org.fractalgoals.platform.crypto.DataKeyStore;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which user ids are tombstoned: those whose data key was destroyed. A tombstone is permanent, so a positive
 * answer is kept in memory for good. A negative one is not cached at all: the lookup is by primary key, and
 * with no cache an erasure committed by any process shuts its user out of every process from the next request
 * on, with no window in which a still-valid token works.
 */
public class ErasedAccounts {

    private final DataKeyStore keys;
    private final Set<String> erased = ConcurrentHashMap.newKeySet();

    public ErasedAccounts(DataKeyStore keys) {
        this.keys = keys;
    }

    public boolean isErased(String userId) {
        if (erased.contains(userId)) {
            return true;
        }
        if (keys.isDestroyed(userId)) {
            erased.add(userId);
            return true;
        }
        return false;
    }
}
