package org.fractalgoals.platform.crypto;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The one database question behind every "is this user erased?": is their key row a tombstone. */
final class KeyTombstones {

    private KeyTombstones() {
    }

    /** Read from the database by primary key, never from memory; schema-qualified for replays' search paths. */
    static boolean isDestroyed(JdbcTemplate jdbc, String ownerId) {
        List<Boolean> rows = jdbc.queryForList(
                "select destroyed_at is not null from eventstore.user_data_key where owner_id = ?", Boolean.class, ownerId);
        return !rows.isEmpty() && rows.getFirst();
    }
}
