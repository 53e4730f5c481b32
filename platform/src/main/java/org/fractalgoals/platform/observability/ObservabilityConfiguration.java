package org.fractalgoals.platform.observability;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Request ids from the HTTP edge into commands, events and every event processor of the service. */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ErrorReports errorReports() {
        return new ErrorReports();
    }

    /** Named eventProcessors: the readiness group of each service includes it (application.yml). */
    @Bean
    EventProcessorsHealth eventProcessorsHealthIndicator(EventProcessingConfiguration processing,
                                                         ObjectProvider<PausedOnPurpose> paused) {
        PausedOnPurpose none = processorName -> false;
        return new EventProcessorsHealth(processing, processorName -> paused.getIfAvailable(() -> none)
                                                                            .pausedOnPurpose(processorName));
    }

    @Autowired
    void requestIdsInMessages(EventProcessingConfigurer processing, ObjectProvider<CommandBus> commandBus) {
        processing.registerDefaultHandlerInterceptor((configuration, processorName) -> RequestIdMetaData.inEventHandlers());
        commandBus.ifAvailable(bus -> bus.registerDispatchInterceptor(RequestIdMetaData.onCommands()));
    }
}
