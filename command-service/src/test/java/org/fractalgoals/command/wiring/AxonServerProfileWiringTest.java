package org.fractalgoals.command.wiring;

import org.fractalgoals.platform.eventstore.NotifiableEventStore;
import org.fractalgoals.testsupport.AxonServerProfileWiring;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

/** The command-service under profile {@code axonserver}: see {@link AxonServerProfileWiring}. */
// No Keycloak here to delete erased users in.
@TestPropertySource(properties = "fractal.identity.delete-users=false")
class AxonServerProfileWiringTest extends AxonServerProfileWiring {

    @Override
    protected List<Class<?>> jdbcOnlyBeanTypes() {
        return List.of(NotifiableEventStore.class);
    }

    @Override
    protected List<String> jdbcOnlyBeanNames() {
        return List.of("eventSchema");
    }
}
