package org.fractalgoals.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.Optional;

/**
 * Axon's JDBC storage, reading a snapshot's payload as soon as it reads the snapshot. Axon would read it only while
 * building the aggregate, past the point where it skips a snapshot it cannot read (logging it and replaying the
 * events), so a snapshot that no longer fits the aggregate would fail every command on it. Snapshots are a cache:
 * one that cannot be read must only cost a replay.
 */
class EagerSnapshotStorageEngine extends JdbcEventStorageEngine {

    EagerSnapshotStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
        snapshot.ifPresent(DomainEventMessage::getPayload);
        return snapshot;
    }
}
