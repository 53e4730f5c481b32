package org.fractalgoals.query.export;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.platform.ActorMetaData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every event of a set of aggregates in the order the event store holds them (global position), read as the event
 * store reads them: stored revisions upcast and personal text decrypted by the event serializer. Axon's event store
 * reads one aggregate at a time or the whole store, so these rows are selected here and handed to Axon's own
 * deserialization. PostgreSQL hands them over through a cursor, {@value #FETCH_SIZE} rows at a time, so the reader
 * holds no more than that however long the history is.
 */
@Component
class HistoryReader {

    static final int FETCH_SIZE = 500;
    private static final String SELECT = "select globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, "
            + "timestamp, payloadtype, payloadrevision, payload, metadata from eventstore.domainevententry "
            + "where aggregateidentifier = any (?) order by globalindex";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    HistoryReader(DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer,
                  org.axonframework.config.Configuration axon) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
    }

    /**
     * The events of these aggregates that belong to {@code ownerId}, in global order. Runs in the caller's transaction
     * (PostgreSQL uses a cursor only inside one); the caller closes the stream.
     */
    Stream<HistoryEntry> read(String ownerId, List<String> aggregateIds) {
        return jdbc.queryForStream(SELECT, (rs, n) -> new StoredEvent(rs.getLong(1), new GenericDomainEventEntry<>(
                           rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                           rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10))),
                   (Object) aggregateIds.toArray(String[]::new))
                   .flatMap(stored -> EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(
                           Stream.of(stored.data()), serializer, upcasters))
                           .map(message -> entry(stored.position(), message, ownerId)))
                   .filter(Objects::nonNull);
    }

    /** The entry, or null for an event that is not the owner's (which no command writes into an owner's stream). */
    private static HistoryEntry entry(long position, DomainEventMessage<?> message, String ownerId) {
        if (!(message.getPayload() instanceof OwnedEvent event) || !ownerId.equals(event.ownerId())) {
            return null;
        }
        Revision revision = message.getPayloadType().getAnnotation(Revision.class);
        return new HistoryEntry(position, message.getType(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                                message.getPayloadType().getSimpleName(), revision == null ? null : revision.value(),
                                event.occurredAt(), message.getTimestamp(), text(message.getMetaData().get(ActorMetaData.ACTOR)),
                                text(message.getMetaData().get(ActorMetaData.ON_BEHALF_OF)), event);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record StoredEvent(long position, DomainEventData<byte[]> data) {
    }
}
