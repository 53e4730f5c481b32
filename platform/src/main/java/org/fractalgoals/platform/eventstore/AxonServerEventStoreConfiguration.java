package org.fractalgoals.platform.eventstore;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Profile {@code axonserver}: events and snapshots are stored in Axon Server. This is the bean Axon's
 * auto-configuration would make (it backs off for it), with one difference: snapshots use our encrypting event
 * serializer too. Axon's default would write them with the general serializer, in plain text, and a snapshot of a
 * fractal holds the same personal data as its events.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@OnAxonServer
class AxonServerEventStoreConfiguration {

    @Bean
    EventStore eventStore(AxonServerConfiguration axonServer, Configuration configuration,
                          AxonServerConnectionManager connections,
                          @Qualifier("eventSerializer") Serializer eventSerializer) {
        return AxonServerEventStore.builder()
                                   .configuration(axonServer)
                                   .platformConnectionManager(connections)
                                   .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                                   .snapshotSerializer(eventSerializer)
                                   .eventSerializer(eventSerializer)
                                   .upcasterChain(configuration.upcasterChain())
                                   .snapshotFilter(configuration.snapshotFilter())
                                   .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                                   .build();
    }

    @Bean
    EventPositions eventPositions(EventStore eventStore) {
        return EventPositions.head(eventStore);
    }
}
