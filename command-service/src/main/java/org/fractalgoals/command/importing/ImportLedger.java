package org.fractalgoals.command.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The steps of a user's imports that succeeded ({@code import_step}). A step is claimed in the transaction that
 * sends its command: when the command is refused, the claim is rolled back with the events, so a later import
 * tries the step again.
 */
@Component
class ImportLedger {

    private final JdbcTemplate jdbc;

    ImportLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the step within the caller's transaction; false when an earlier import of the user has done it. */
    boolean claim(String ownerId, String stepKey, UUID importId) {
        return jdbc.update("insert into import_step (owner_id, step_key, import_id) values (?, ?, ?) on conflict do nothing",
                           ownerId, stepKey, importId) == 1;
    }

    boolean done(String ownerId, String stepKey) {
        Integer found = jdbc.queryForObject("select count(*) from import_step where owner_id = ? and step_key = ?",
                                            Integer.class, ownerId, stepKey);
        return found != null && found > 0;
    }

    /** The key of a step: entity, source id and step name, separated so that no two steps share one. */
    static String key(String entity, String sourceId, String step) {
        return entity + "\u001f" + sourceId + "\u001f" + step;
    }
}
