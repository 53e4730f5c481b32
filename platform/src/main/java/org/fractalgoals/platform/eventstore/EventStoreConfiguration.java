package org.fractalgoals.platform.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fractalgoals.platform.crypto.CryptoProperties;
import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.platform.crypto.ErasedOwners;
import org.fractalgoals.platform.crypto.MasterKey;
import org.fractalgoals.platform.crypto.PersonalDataCipher;
import org.fractalgoals.platform.crypto.PersonalDataSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The event store both services share: Axon's JDBC storage with its default tables in the
 * {@code eventstore} schema, gap-aware tracking, and every event serialized as JSON with personal data
 * encrypted per user.
 *
 * <p>With {@code axon.axonserver.enabled=true} (profile {@code axonserver}) the JDBC storage beans back off and
 * {@link AxonServerEventStoreConfiguration} stores the same serialized form in Axon Server. The {@code eventstore}
 * schema is migrated either way: it also holds the users' data keys and their tombstones.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CryptoProperties.class, EventStoreProperties.class})
@Import(AxonServerEventStoreConfiguration.class)
public class EventStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventStoreConfiguration.class);

    @Bean
    EventStoreSchema eventStoreSchema(DataSource dataSource) {
        return new EventStoreSchema(dataSource);
    }

    @Bean
    @DependsOn("eventStoreSchema")
    DataKeyStore dataKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, CryptoProperties crypto) {
        if (crypto.isDevelopmentKey()) {
            log.warn("Using the development master key: fine on a laptop, never in production (set FRACTAL_MASTER_KEY)");
        }
        return new DataKeyStore(jdbc, transactions, MasterKey.from(crypto));
    }

    /**
     * A negative answer is kept briefly: processors ask for every event, and an erasure is also learnt first-hand
     * from the event that records it.
     */
    @Bean
    @DependsOn("eventStoreSchema")
    ErasedOwners erasedOwners(JdbcTemplate jdbc,
                              @Value("${fractal.erasure.not-erased-for:PT10S}") Duration notErasedFor) {
        return new ErasedOwners(jdbc, notErasedFor);
    }

    @Bean
    PersonalDataCipher personalDataCipher(DataKeyStore keys) {
        return new PersonalDataCipher(keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver, PersonalDataCipher cipher) {
        JacksonSerializer jackson = JacksonSerializer.builder()
                                                     .objectMapper(eventObjectMapper())
                                                     .revisionResolver(revisionResolver)
                                                     .converter(new ChainingConverter(getClass().getClassLoader()))
                                                     .build();
        return new PersonalDataSerializer(jackson, cipher);
    }

    /**
     * The JSON form of stored events is fixed here, apart from the API's Jackson settings, so that a change to
     * how the API writes JSON can never change how events are stored. Unknown fields are ignored on reading:
     * an older reader meets a newer event's added field without failing.
     */
    public static ObjectMapper eventObjectMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .build();
    }

    @Bean
    @OnJdbcEventStore
    EventSchema eventSchema() {
        return new EventSchema();
    }

    @Bean
    @OnJdbcEventStore
    @DependsOn("eventStoreSchema")
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer generalSerializer,
                                          Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          DataSource dataSource,
                                          EventStoreProperties properties) {
        return new EagerSnapshotStorageEngine(
                JdbcEventStorageEngine.builder()
                                      .eventSerializer(eventSerializer)
                                      .snapshotSerializer(eventSerializer)
                                      .upcasterChain(configuration.upcasterChain())
                                      .snapshotFilter(configuration.snapshotFilter())
                                      .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                                      .connectionProvider(connectionProvider)
                                      .transactionManager(transactionManager)
                                      .schema(eventSchema)
                                      .dataType(byte[].class)
                                      .batchSize(properties.fetchSize())
                                      .gapTimeout(properties.gapTimeoutMillis()));
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @OnJdbcEventStore
    NotifiableEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                    EventStoreProperties properties) {
        return new NotifiableEventStore(
                NotifiableEventStore.builder()
                                    .storageEngine(storageEngine)
                                    .fetchDelay(properties.fetchDelayMillis())
                                    .cachedEvents(properties.cachedEvents())
                                    .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                                    .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /** Positions of committed events for consistency tokens: read from the event table, in the caller's transaction. */
    @Bean
    @OnJdbcEventStore
    EventPositions eventPositions(NamedParameterJdbcTemplate jdbc) {
        return EventPositions.jdbc(jdbc);
    }
}
