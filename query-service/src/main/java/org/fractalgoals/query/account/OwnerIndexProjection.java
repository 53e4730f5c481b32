package org.fractalgoals.query.account;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.query.replay.ReadModelTables;
import org.springframework.stereotype.Component;

/**
 * Keeps the owner index from every owned event. Part of the accounts read model: both are about users as a whole,
 * and one processor reading every event serves both.
 */
@Component
@ReadModelTables({"owner_aggregate"})
@ProcessingGroup(AccountProjection.GROUP)
class OwnerIndexProjection {

    private final OwnerIndex index;

    OwnerIndexProjection(OwnerIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(OwnedEvent event, DomainEventMessage<?> message) {
        index.index(event.ownerId(), message.getAggregateIdentifier(), message.getType(), FractalScope.of(event),
                    message.getSequenceNumber(), event.occurredAt());
    }

    /** The more specific handler: an erasure is not indexed, it empties the owner's rows. */
    @EventHandler
    void on(AccountErased event) {
        index.forget(event.ownerId());
    }
}
