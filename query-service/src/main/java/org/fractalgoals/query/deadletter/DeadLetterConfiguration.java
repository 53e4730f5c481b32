package org.fractalgoals.query.deadletter;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A JDBC dead-letter queue for every live processing group of application.yml (unless switched off), in Axon's
 * table in schema {@code query} (made by Flyway, never by Axon), written with the event serializer so that personal
 * text stays encrypted at rest. Replays build their own processors and have none: a poison event fails a replay.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
class DeadLetterConfiguration {

    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder().deadLetterTable(DeadLetterStore.TABLE).build();

    @Autowired
    void deadLetterQueues(EventProcessingConfigurer processing, EventProcessorProperties axonProcessors,
                          DeadLetterProperties properties, DeadLetterMetrics metrics, DeadLetterStore store,
                          @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                          ConnectionProvider connections, TransactionManager transactions,
                          PlatformTransactionManager platformTransactions) {
        // A retry runs each letter in a transaction of its own inside the retry's: nested, a failing letter rolls back
        // to its savepoint instead of marking the whole retry (and the requeue that records the failure) rollback-only.
        DefaultTransactionDefinition nested = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
        TransactionManager retryTransactions = new SpringTransactionManager(platformTransactions, nested);
        for (String group : axonProcessors.getProcessors().keySet()) {
            if (!properties.enabledFor(group)) {
                continue;
            }
            CarefulMode mode = new CarefulMode(properties.carefulFor());
            processing.registerDeadLetterQueue(group, configuration -> new ObservedDeadLetterQueue(
                              group,
                              JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                      .processingGroup(group)
                                      .schema(SCHEMA)
                                      .connectionProvider(connections)
                                      .transactionManager(transactions)
                                      .eventSerializer(eventSerializer)
                                      .genericSerializer(serializer)
                                      .maxSequences(properties.maxSequences())
                                      .maxSequenceSize(properties.maxSequenceSize())
                                      .claimDuration(properties.claimDuration())
                                      .build(),
                              metrics))
                      .registerDeadLetterPolicy(group, configuration -> new DeadLetterPolicy(group))
                      .registerDeadLetteringEventHandlerInvokerConfiguration(
                              group, (configuration, builder) -> builder.transactionManager(retryTransactions)
                                                                        .enableSequenceIdentifierCache())
                      .registerHandlerInterceptor(group, configuration -> new DeadLetterInterceptor(group, store, mode));
        }
    }
}
