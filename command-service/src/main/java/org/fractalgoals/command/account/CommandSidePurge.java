package org.fractalgoals.command.account;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.platform.eventstore.FractalsCreatedBy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Deletes an erased user's rows from the command side's own tables, in the transaction that records the
 * erasure (a subscribing processor whose errors fail that transaction). The lookup tables hold ids and flags
 * only, the idempotency records hold hashes of request bodies and answers with ids, the imports their summaries
 * and the steps they ran; none may outlive the account.
 */
@Component
@ProcessingGroup(CommandSidePurge.GROUP)
class CommandSidePurge {

    static final String GROUP = "account-erasure";

    /** Tables whose rows belong to a fractal. */
    static final List<String> FRACTAL_TABLES = List.of("activity_ref", "activity_group_ref", "goal_ref", "session_ref",
                                                        "instance_ref", "note_ref", "program_day_session",
                                                        "program_day_ref");

    /** Tables whose rows belong to a user. */
    static final List<String> OWNER_TABLES = List.of("fractal_owner", "idempotency_record", "import_run",
                                                      "import_step");

    private final JdbcTemplate jdbc;

    CommandSidePurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountErased event) {
        UUID[] fractals = fractalsOf(event.ownerId()).toArray(UUID[]::new);
        for (String table : FRACTAL_TABLES) {
            jdbc.update("delete from " + table + " where fractal_id = any(?)", (Object) fractals);
        }
        for (String table : OWNER_TABLES) {
            jdbc.update("delete from " + table + " where owner_id = ?", event.ownerId());
        }
    }

    /**
     * Every fractal the user ever created: {@code fractal_owner} forgets deleted fractals, whose rows other
     * tables keep marked as deleted, so the creations are read from the event store too. That scans the
     * events' types once per erasure, which is rare.
     */
    private List<UUID> fractalsOf(String ownerId) {
        Set<UUID> fractals = new LinkedHashSet<>(
                jdbc.queryForList("select fractal_id from fractal_owner where owner_id = ?", UUID.class, ownerId));
        fractals.addAll(FractalsCreatedBy.owner(jdbc, ownerId));
        return List.copyOf(fractals);
    }
}
