package org.fractalgoals.query.wiring;

import org.fractalgoals.platform.eventstore.EventAppendedListener;
import org.fractalgoals.platform.eventstore.NotifiableEventStore;
import org.fractalgoals.testsupport.AxonServerProfileWiring;

import java.util.List;

/** The query-service under profile {@code axonserver}: see {@link AxonServerProfileWiring}. */
class AxonServerProfileWiringTest extends AxonServerProfileWiring {

    @Override
    protected List<Class<?>> jdbcOnlyBeanTypes() {
        // Axon Server pushes new events to the tracking processors: no PostgreSQL LISTEN connection either.
        return List.of(NotifiableEventStore.class, EventAppendedListener.class);
    }

    @Override
    protected List<String> jdbcOnlyBeanNames() {
        return List.of("eventSchema");
    }
}
