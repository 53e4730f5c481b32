package org.fractalgoals.command.goal;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.fractalgoals.command.dispatch.AggregateCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * A busy fractal is loaded from memory, not replayed for every command: a cache of live aggregates, and a
 * snapshot every so many events so that a cold load reads a snapshot and only the events after it.
 */
@Configuration(proxyBeanMethods = false)
class FractalAggregateConfiguration {

    @Bean
    Cache fractalCache(@Value("${fractal.aggregate-cache.maximum-size}") long maximumSize,
                       @Value("${fractal.aggregate-cache.idle-for}") Duration idleFor) {
        return new AggregateCache(maximumSize, idleFor);
    }

    @Bean
    SnapshotTriggerDefinition fractalSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${fractal.snapshots.every}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
