package org.fractalgoals.command;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's own projections (who owns a fractal, which activities exist) must be current within
 * the transaction that appends the events, so every processing group here is subscribing.
 */
@Configuration(proxyBeanMethods = false)
class LookupProjectionsConfiguration {

    @Autowired
    void subscribingByDefault(EventProcessingConfigurer processing) {
        processing.usingSubscribingEventProcessors();
    }
}
