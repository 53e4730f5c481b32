package org.fractalgoals.command.session;

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
 * Live sessions stay in memory between commands (a session records many small changes while it runs). Most
 * streams stay short, but nothing bounds one: timers restart, sets and values are recorded again, instances come
 * and go. So a long one gets a snapshot every so many events, like a fractal.
 */
@Configuration(proxyBeanMethods = false)
class SessionAggregateConfiguration {

    @Bean
    Cache sessionCache(@Value("${fractal.aggregate-cache.maximum-size}") long maximumSize,
                       @Value("${fractal.aggregate-cache.idle-for}") Duration idleFor) {
        return new AggregateCache(maximumSize, idleFor);
    }

    @Bean
    SnapshotTriggerDefinition sessionSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${fractal.snapshots.every}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
