package org.fractalgoals.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.fractalgoals.events.goal.CompletionSource;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.platform.crypto.CryptoProperties;
import org.fractalgoals.platform.crypto.DataKeyStore;
import org.fractalgoals.platform.crypto.MasterKey;
import org.fractalgoals.platform.crypto.PersonalDataCipher;
import org.fractalgoals.platform.crypto.PersonalDataSerializer;
import org.fractalgoals.platform.eventstore.EventStoreConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills an empty event store with realistic goal histories, written the way the command-service writes them:
 * the same JSON, the same per-user encryption of personal text, one aggregate stream per fractal. Seeding
 * through the command API would take longer than the benchmark itself; the events are the same either way.
 */
final class EventSeeder {

    /** Events per fractal: the fractal, its root, 15 goals, 20 renames, 5 descriptions, 5 targets, 3 completions. */
    static final int EVENTS_PER_FRACTAL = 50;
    private static final int FRACTALS_PER_USER = 100;
    private static final String DEVELOPMENT_KEY = "ZGV2LW9ubHktbWFzdGVyLWtleS0zMi1ieXRlcy0hISE=";

    private final JdbcEventStorageEngine engine;
    private final TransactionTemplate transaction;
    private final Random random = new Random(7);

    EventSeeder(String url, String user, String password) {
        // Axon names the event store's tables without a schema, as the services do with their search path.
        String inEventStore = url + (url.contains("?") ? "&" : "?") + "currentSchema=eventstore";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(inEventStore, user, password);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        DataKeyStore keys = new DataKeyStore(new JdbcTemplate(dataSource), transactions,
                                             MasterKey.from(new CryptoProperties(DEVELOPMENT_KEY, CryptoProperties.DEV_KEY_ID)));
        JacksonSerializer jackson = JacksonSerializer.builder()
                                                     .objectMapper(EventStoreConfiguration.eventObjectMapper())
                                                     .revisionResolver(new AnnotationRevisionResolver())
                                                     .converter(new ChainingConverter(getClass().getClassLoader()))
                                                     .build();
        PersonalDataSerializer serializer = new PersonalDataSerializer(jackson, new PersonalDataCipher(keys));
        this.engine = JdbcEventStorageEngine.builder()
                                            .eventSerializer(serializer)
                                            .snapshotSerializer(serializer)
                                            .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                                            .transactionManager(new SpringTransactionManager(transactions))
                                            .schema(new EventSchema())
                                            .dataType(byte[].class)
                                            .build();
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Appends {@code fractals} fractal histories, {@value #EVENTS_PER_FRACTAL} events each, in batches of 20 fractals. */
    void seed(int fractals) {
        seed(fractals, null);
    }

    /** As {@link #seed(int)}, but every fractal belongs to {@code owner} (one account of many events). */
    void seedFor(String owner, int fractals) {
        seed(fractals, owner);
    }

    private void seed(int fractals, String onlyOwner) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        String owner = onlyOwner;
        for (int i = 0; i < fractals; i++) {
            if (onlyOwner == null && i % FRACTALS_PER_USER == 0) {
                owner = UUID.randomUUID().toString();
            }
            batch.addAll(history(owner, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 60L)));
            if (batch.size() >= 20 * EVENTS_PER_FRACTAL) {
                append(batch);
            }
        }
        append(batch);
    }

    private void append(List<DomainEventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            List<DomainEventMessage<?>> events = List.copyOf(batch);
            transaction.executeWithoutResult(status -> engine.appendEvents(events));
            batch.clear();
        }
    }

    private List<DomainEventMessage<?>> history(String owner, Instant start) {
        UUID fractal = UUID.randomUUID();
        List<GoalEvent> events = new ArrayList<>();
        events.add(new FractalCreated(fractal, owner, start));
        events.add(new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Live well", "The life goal", null,
                                   "Because it matters", owner, start));
        List<UUID> goals = new ArrayList<>(List.of(fractal));
        GoalLevel[] levels = GoalLevel.values();
        for (int i = 0; i < 15; i++) {
            UUID parent = goals.get(random.nextInt(goals.size()));
            UUID goal = UUID.randomUUID();
            int depth = Math.min(levels.length - 1, 1 + i / 3);
            events.add(new GoalCreated(fractal, goal, parent, levels[depth], "Goal " + i, "Description of goal " + i,
                                       LocalDate.parse("2026-06-30"), null, owner, start.plusSeconds(i + 1)));
            goals.add(goal);
        }
        for (int i = 0; i < 20; i++) {
            events.add(new GoalRenamed(fractal, pick(goals), "Renamed goal " + i, owner, start.plusSeconds(20 + i)));
        }
        for (int i = 0; i < 5; i++) {
            events.add(new GoalDescriptionChanged(fractal, pick(goals), "New description " + i, owner, start.plusSeconds(40 + i)));
        }
        for (int i = 0; i < 5; i++) {
            events.add(new TargetAdded(fractal, pick(goals), UUID.randomUUID(), "Target " + i, null, List.of(), owner,
                                       start.plusSeconds(45 + i)));
        }
        for (int i = 0; i < 3; i++) {
            events.add(new GoalCompleted(fractal, goals.get(goals.size() - 1 - i), CompletionSource.MANUAL, null, owner,
                                         start.plusSeconds(50 + i)));
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Fractal", fractal.toString(), sequence, events.get(sequence),
                                                         MetaData.with("actor", owner)));
        }
        return messages;
    }

    private UUID pick(List<UUID> goals) {
        return goals.get(1 + random.nextInt(goals.size() - 1));
    }
}
