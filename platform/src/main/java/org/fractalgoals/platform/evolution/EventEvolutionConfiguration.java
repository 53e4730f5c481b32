package org.fractalgoals.platform.evolution;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters of every revised event, oldest revision first. Axon puts each {@link EventUpcaster} bean into the
 * chain that the event store applies to stored events before they are deserialized.
 */
@Configuration(proxyBeanMethods = false)
public class EventEvolutionConfiguration {

    @Bean
    EventUpcaster targetReopenedUpcaster() {
        return new TargetReopenedUpcaster();
    }
}
