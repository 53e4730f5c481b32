package org.fractalgoals.command.wiring;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.platform.eventstore.NotifiableEventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The default (no profile): our JDBC event store, and nothing of Axon Server although its connector is on the classpath. */
class JdbcEventStoreWiringTest extends CommandServiceTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void the_default_is_the_jdbc_event_store_without_axon_server() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(NotifiableEventStore.class);
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(CommandBus.class).getClass().getName()).doesNotContain("AxonServer");
        assertThat(context.getBeansOfType(AxonServerConnectionManager.class)).isEmpty();
    }
}
