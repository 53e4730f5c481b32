package org.fractalgoals.platform.eventstore;

import org.fractalgoals.events.goal.FractalCreated;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Every fractal an owner ever created, read from the event store itself (deleted ones too): what an erasure must
 * purge on both sides, where the derived tables may have forgotten a fractal or its owner. PostgreSQL reads only the
 * {@code FractalCreated} payloads as JSON; a scan of the event types, so meant for rare work such as erasures.
 */
public final class FractalsCreatedBy {

    private FractalsCreatedBy() {
    }

    /** Schema-qualified: a replay runs with only its own schema and the event store on the search path. */
    public static List<UUID> owner(JdbcTemplate jdbc, String ownerId) {
        return jdbc.queryForList("select aggregateidentifier::uuid from eventstore.domainevententry "
                                 + "where payloadtype = ? and convert_from(payload, 'UTF8')::jsonb ->> 'ownerId' = ?",
                                 UUID.class, FractalCreated.class.getName(), ownerId);
    }
}
