package org.fractalgoals.platform.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * Global positions in the event store, whichever store it is: those a command's answer names in its consistency
 * token, so that a query can wait until the read models include them, and the newest one (how far replays and
 * read models have to go).
 */
public interface EventPositions {

    /**
     * @param eventIds the identifiers of the events the command published on this thread (possibly none)
     * @return positions that every read model must have passed for the command's events to be visible
     */
    List<Long> of(List<String> eventIds);

    /** The position of the newest event in the store, 0 when it holds none. */
    long head();

    /**
     * JDBC storage: the exact positions of the events, read from the event table within the command's own
     * (not yet committed) transaction; the head is the largest global index.
     */
    static EventPositions jdbc(NamedParameterJdbcTemplate jdbc) {
        return new EventPositions() {
            @Override
            public List<Long> of(List<String> eventIds) {
                if (eventIds.isEmpty()) {
                    return List.of();
                }
                return jdbc.queryForList("select globalindex from eventstore.domainevententry where eventidentifier in (:ids)",
                                         Map.of("ids", eventIds), Long.class);
            }

            @Override
            public long head() {
                Long head = jdbc.getJdbcTemplate().queryForObject(
                        "select coalesce(max(globalindex), 0) from eventstore.domainevententry", Long.class);
                return head == null ? 0 : head;
            }
        };
    }

    /**
     * Axon Server: a command's token names the position of the newest event in the store once the command has
     * completed. That is at or past each of the command's own events (Axon Server has committed them before the
     * command's result comes back), so waiting for it is correct, if sometimes a little longer than needed. The event
     * ids are not used: Axon Server may run the handler on another thread or instance, and it offers no look-up of
     * an event's position by its id.
     */
    static EventPositions head(EventStore eventStore) {
        return new EventPositions() {
            @Override
            public List<Long> of(List<String> eventIds) {
                long head = newest();
                return head < 0 ? List.of() : List.of(head);
            }

            @Override
            public long head() {
                return Math.max(0, newest());
            }

            private long newest() {
                TrackingToken head = eventStore.createHeadToken();
                return head == null ? -1 : head.position().orElse(-1);
            }
        };
    }
}
