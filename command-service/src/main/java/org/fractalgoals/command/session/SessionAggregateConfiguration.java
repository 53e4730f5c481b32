package org.fractalgoals.command.session;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Live sessions stay in memory between commands (a session records many small changes while it runs). Most
 * streams stay short, but nothing bounds one: timers restart, sets and values are recorded again, instances come
 * and go. So a long one gets a snapshot every so many events, like a fractal.
 */
@Configuration(proxyBeanMethods = false)
class SessionAggregateConfiguration {

    @Bean
    Cache sessionCache() {
        return new WeakReferenceCache();
    }

    @Bean
    SnapshotTriggerDefinition sessionSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${fractal.snapshots.every}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
