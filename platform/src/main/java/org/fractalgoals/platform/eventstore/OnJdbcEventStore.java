package org.fractalgoals.platform.eventstore;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Present only with our JDBC event store: {@code axon.axonserver.enabled=false}, which both services' application.yml
 * set (the tested default). Left unset, Axon's own auto-configuration would connect to Axon Server, so this condition
 * requires the explicit {@code false}, like Axon's. With Axon Server (profile {@code axonserver}), Axon's
 * auto-configuration and {@link AxonServerEventStoreConfiguration} provide the event store instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public @interface OnJdbcEventStore {
}
