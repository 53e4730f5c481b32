package org.fractalgoals.platform;

import org.fractalgoals.platform.apidocs.OpenApiConfiguration;
import org.fractalgoals.platform.eventstore.EventStoreConfiguration;
import org.fractalgoals.platform.observability.ObservabilityConfiguration;
import org.fractalgoals.platform.observability.RequestIds;
import org.fractalgoals.platform.evolution.EventEvolutionConfiguration;
import org.fractalgoals.platform.security.ResourceServerConfiguration;
import org.fractalgoals.platform.web.ApiExceptionHandler;
import org.fractalgoals.platform.web.BodySizeConfiguration;
import org.fractalgoals.platform.web.ProblemErrorController;
import org.fractalgoals.platform.web.TomcatErrorConfiguration;
import org.fractalgoals.platform.web.UnstorableTextAdvice;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What both services share: the event store, encryption of personal data, token checks and errors. */
@Configuration(proxyBeanMethods = false)
@Import({EventStoreConfiguration.class, EventEvolutionConfiguration.class, ResourceServerConfiguration.class,
         ApiExceptionHandler.class, OpenApiConfiguration.class, ObservabilityConfiguration.class,
         BodySizeConfiguration.class, TomcatErrorConfiguration.class, ProblemErrorController.class,
         UnstorableTextAdvice.class})
public class PlatformConfiguration {

    /**
     * Metadata that a command hands on to the events it causes: who acted (and, for an automatic step, for whom),
     * the request it came from, and for imported data the import.
     */
    public static final String[] CORRELATED_METADATA = {ActorMetaData.ACTOR, ActorMetaData.ON_BEHALF_OF, RequestIds.KEY,
        ImportMetaData.IMPORT_ID, ImportMetaData.IMPORTED_FROM};

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(CORRELATED_METADATA);
    }
}
