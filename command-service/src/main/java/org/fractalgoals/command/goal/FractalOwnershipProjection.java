package org.fractalgoals.command.goal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.platform.web.FractalOwnership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who owns which fractal, on the command side. A subscribing processor updates it in the transaction that
 * appends the events, so an ownership check right after a create never misses the new fractal.
 */
@Component
@ProcessingGroup(FractalOwnershipProjection.GROUP)
class FractalOwnershipProjection implements FractalOwnership {

    static final String GROUP = "fractal-ownership";
    private final JdbcTemplate jdbc;

    FractalOwnershipProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FractalCreated event) {
        jdbc.update("insert into fractal_owner (fractal_id, owner_id) values (?, ?) on conflict do nothing",
                    event.fractalId(), event.ownerId());
    }

    @EventHandler
    void on(FractalDeleted event) {
        jdbc.update("delete from fractal_owner where fractal_id = ?", event.fractalId());
    }

    @Override
    public boolean isOwnedBy(UUID fractalId, String userId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from fractal_owner where fractal_id = ? and owner_id = ?", Integer.class, fractalId, userId);
        return found != null && found > 0;
    }
}
