package org.fractalgoals.query.erasure;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Every live processor of this service leaves erased owners alone; replays register the same filter themselves. */
@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    @Autowired
    void skipErasedOwners(EventProcessingConfigurer processing, ErasedOwnerFilter filter) {
        processing.registerDefaultHandlerInterceptor((configuration, processorName) -> filter);
    }
}
