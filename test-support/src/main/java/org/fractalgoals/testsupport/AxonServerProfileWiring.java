package org.fractalgoals.testsupport;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started with profile {@code axonserver}, wiring only: no Axon Server runs here, so the connector points
 * at a closed local port and nothing is sent. What a subclass proves is which beans the profile makes: Axon Server's
 * event store and buses, and none of the JDBC event-store beans the subclass names (test-support cannot see the
 * platform's classes). That commands, events and queries really flow through Axon Server is checked only where
 * Docker runs (CI job compose-smoke, docs/operations.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("axonserver")
@TestPropertySource(properties = {"axon.axonserver.servers=127.0.0.1:1",
                                  "axon.axonserver.connect-timeout=500",
                                  "axon.axonserver.reconnect-interval=500"})
@Timeout(120)
public abstract class AxonServerProfileWiring {

    private static final String DATABASE = SharedPostgres.newDatabase("axonserver_wiring");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", () -> SharedPostgres.server().user());
        registry.add("spring.datasource.password", () -> SharedPostgres.server().password());
        registry.add("fractal.security.public-key-location", () -> "file:" + TestTokens.publicKeyFile());
    }

    @Autowired
    private ApplicationContext context;

    /** Bean types that only the JDBC path makes; with Axon Server there must be none of them. */
    protected abstract List<Class<?>> jdbcOnlyBeanTypes();

    /** Bean names that only the JDBC path makes. */
    protected abstract List<String> jdbcOnlyBeanNames();

    @Test
    void the_event_store_and_the_buses_are_axon_servers() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(context.getBeansOfType(AxonServerConnectionManager.class)).hasSize(1);
    }

    @Test
    void the_jdbc_event_store_backs_off() {
        assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
        assertThat(jdbcOnlyBeanTypes()).isNotEmpty().allSatisfy(type ->
                assertThat(context.getBeansOfType(type)).as(type.getSimpleName()).isEmpty());
        assertThat(jdbcOnlyBeanNames()).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isFalse());
    }
}
