package org.fractalgoals.command.goal;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A busy fractal is loaded from memory, not replayed for every command: a cache of live aggregates, and a
 * snapshot every so many events so that a cold load reads a snapshot and only the events after it.
 */
@Configuration(proxyBeanMethods = false)
class FractalAggregateConfiguration {

    @Bean
    Cache fractalCache() {
        return new WeakReferenceCache();
    }

    @Bean
    SnapshotTriggerDefinition fractalSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${fractal.snapshots.every}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
