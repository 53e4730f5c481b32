package org.fractalgoals.command.session;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Live sessions stay in memory between commands (a session records many small changes while it runs). No
 * snapshots: a session's stream stays short.
 */
@Configuration(proxyBeanMethods = false)
class SessionAggregateConfiguration {

    @Bean
    Cache sessionCache() {
        return new WeakReferenceCache();
    }
}
