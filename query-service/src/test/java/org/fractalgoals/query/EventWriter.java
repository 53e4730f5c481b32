package org.fractalgoals.query;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.fractalgoals.events.account.AccountErased;
import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Appends events the way the command-service does, but through a storage engine of its own, so the
 * query-service's event store is not told about them in-process: it learns of them only from the
 * database notification, as it would in production. Like the command-service, it destroys an owner's data key in
 * the transaction that appends their {@code AccountErased}, so that from then on every processor, a replay's too,
 * drops that owner's events whatever order it meets them in.
 */
@Component
public class EventWriter {

    private final JdbcEventStorageEngine engine;
    private final TransactionTemplate transaction;
    private final NamedParameterJdbcTemplate jdbc;
    private final DataKeyStore keys;

    EventWriter(@Qualifier("eventSerializer") Serializer serializer, ConnectionProvider connections,
                TransactionManager transactions, TransactionTemplate transaction, NamedParameterJdbcTemplate jdbc,
                DataKeyStore keys) {
        this.keys = keys;
        this.engine = JdbcEventStorageEngine.builder()
                                            .eventSerializer(serializer)
                                            .snapshotSerializer(serializer)
                                            .connectionProvider(connections)
                                            .transactionManager(transactions)
                                            .build();
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /**
     * Appends events of one aggregate from {@code firstSequence} on, each with its owner as the actor; answers their
     * consistency token.
     */
    public ConsistencyToken append(UUID aggregateId, long firstSequence, OwnedEvent... events) {
        return append(aggregateId, firstSequence, event -> MetaData.with("actor", event.ownerId()), events);
    }

    /** As {@link #append(UUID, long, OwnedEvent...)}, every event with exactly this metadata. */
    public ConsistencyToken appendWith(MetaData metaData, UUID aggregateId, long firstSequence, OwnedEvent... events) {
        return append(aggregateId, firstSequence, event -> metaData, events);
    }

    /**
     * As {@link #append(UUID, long, OwnedEvent...)}, to an aggregate of this type (the others write to aggregates of
     * type {@code Fractal}) and identifier, such as an account's.
     */
    public ConsistencyToken appendTo(String aggregateType, String aggregateId, long firstSequence, OwnedEvent... events) {
        return append(aggregateType, aggregateId, firstSequence, event -> MetaData.with("actor", event.ownerId()), events);
    }

    private ConsistencyToken append(UUID aggregateId, long firstSequence, Function<OwnedEvent, MetaData> metaData,
                                    OwnedEvent... events) {
        return append("Fractal", aggregateId.toString(), firstSequence, metaData, events);
    }

    private ConsistencyToken append(String aggregateType, String aggregateId, long firstSequence,
                                    Function<OwnedEvent, MetaData> metaData, OwnedEvent... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        long sequence = firstSequence;
        for (OwnedEvent event : events) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence++, event,
                                                         metaData.apply(event)));
        }
        transaction.executeWithoutResult(status -> {
            engine.appendEvents(messages);
            for (OwnedEvent event : events) {
                if (event instanceof AccountErased erased) {
                    keys.destroy(erased.ownerId());
                }
            }
        });
        List<String> ids = messages.stream().map(DomainEventMessage::getIdentifier).toList();
        return ConsistencyToken.of(jdbc.queryForList(
                "select globalindex from eventstore.domainevententry where eventidentifier in (:ids)",
                Map.of("ids", ids), Long.class));
    }
}
