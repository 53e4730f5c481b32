package org.fractalgoals.command.account;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class AccountConfiguration {

    /** A purge that failed must fail the erasure with it, not be logged and skipped as Axon does by default. */
    @Autowired
    void purgeFailuresFailTheErasure(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(CommandSidePurge.GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
