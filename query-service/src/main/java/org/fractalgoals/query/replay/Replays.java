package org.fractalgoals.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.eventstore.EventPositions;
import org.fractalgoals.query.consistency.StoredTokens;
import org.fractalgoals.query.erasure.ErasedOwnerFilter;
import org.fractalgoals.query.scaling.DeferringTokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.fractalgoals.platform.observability.PausedOnPurpose;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds read models while the live ones keep answering. A replay runs its own tracking processor over the
 * whole event store into a schema of its own; a supervisor watches it and, once it has reached the head of the
 * store, pauses the live processor, lets the replay take the last events, and switches tables and position over
 * in one transaction before the live processor resumes. A replay that fails or is cancelled drops its schema and
 * never touches the live tables. One replay per read model at a time; the last one of each stays reportable.
 */
@Component
class Replays implements DisposableBean, PausedOnPurpose {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final ReadModelCatalogue catalogue;
    private final ReplaySchemas schemas;
    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StoredTokens storedTokens;
    private final ErasedOwnerFilter erasedOwnerFilter;
    private final int batchSize;
    private final Duration catchUpTimeout;
    private final String lockTimeout;
    private final EventPositions positions;
    private final Map<String, ReplayJob> jobs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "replay-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    Replays(ReadModelCatalogue catalogue, ReplaySchemas schemas, EventProcessingConfiguration processing,
            Configuration axon, EventStore eventStore, DeferringTokenStore tokenStore,
            TransactionManager transactions, JdbcTemplate jdbc, Clock clock, StoredTokens storedTokens,
            ErasedOwnerFilter erasedOwnerFilter,
            @Value("${fractal.replay.batch-size:500}") int batchSize,
            @Value("${fractal.replay.catch-up-timeout:PT30S}") Duration catchUpTimeout,
            @Value("${fractal.replay.lock-timeout:10s}") String lockTimeout, EventPositions positions) {
        this.positions = positions;
        this.catalogue = catalogue;
        this.schemas = schemas;
        this.processing = processing;
        this.axon = axon;
        this.eventStore = eventStore;
        // A replay's tokens live in its own schema, which only its processor's transactions address.
        this.tokenStore = tokenStore.immediate();
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.storedTokens = storedTokens;
        this.erasedOwnerFilter = erasedOwnerFilter;
        this.batchSize = batchSize;
        this.catchUpTimeout = catchUpTimeout;
        this.lockTimeout = lockTimeout;
        supervisor.scheduleWithFixedDelay(this::superviseAll, 200, 200, TimeUnit.MILLISECONDS);
    }

    ReplayProgress start(String name) {
        ReadModelDefinition readModel = readModel(name);
        synchronized (this) {
            ReplayJob previous = jobs.get(name);
            if (previous != null && previous.running()) {
                throw new ProblemException(ProblemType.CONFLICT,
                                           "A replay of " + name + " is already running.");
            }
            ReplayJob job = new ReplayJob(readModel, clock, schemas.replaySegments(readModel));
            String schema = schemas.prepare(readModel);
            job.attach(processorFor(job, schema));
            jobs.put(name, job);
            job.processor().start();
            log.info("Replay of read model {} started into schema {}", name, schema);
            return job.progress(head());
        }
    }

    Optional<ReplayProgress> progress(String name) {
        readModel(name);
        return Optional.ofNullable(jobs.get(name)).map(job -> job.progress(head()));
    }

    ReplayProgress cancel(String name) {
        readModel(name);
        ReplayJob job = jobs.get(name);
        if (job == null) {
            throw new NotFoundException("Replay");
        }
        synchronized (job) {
            if (!job.running()) {
                throw new ProblemException(ProblemType.CONFLICT,
                                           "The replay of " + name + " has already ended (" + job.status() + ").");
            }
            abandon(job, ReplayStatus.CANCELLED, null);
        }
        return job.progress(head());
    }

    /** Whether a replay of this read model is running now (for the projections overview). */
    boolean replaying(String name) {
        ReplayJob job = jobs.get(name);
        return job != null && job.running();
    }

    /** A live processor stopped while its read model is being replayed is paused by the switch-over. */
    @Override
    public boolean pausedOnPurpose(String processorName) {
        return replaying(processorName);
    }

    long head() {
        return positions.head();
    }

    private ReadModelDefinition readModel(String name) {
        return catalogue.find(name).orElseThrow(() -> new NotFoundException("Read model"));
    }

    private TrackingEventProcessor processorFor(ReplayJob job, String schema) {
        List<EventMessageHandler> handlers = job.readModel().projections().stream()
                .map(bean -> (EventMessageHandler) new AnnotationEventHandlerAdapter(
                        bean, axon.parameterResolverFactory(), axon.handlerDefinition(bean.getClass())))
                .toList();
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                .listenerInvocationErrorHandler((exception, event, handler) -> {
                    job.handlerFailed(exception, event);
                    throw exception;
                })
                .build();
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(job.processorName())
                .eventHandlerInvoker(invoker)
                .errorHandler(PropagatingErrorHandler.instance())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(new SearchPathTransactionManager(transactions, jdbc, schema, job::commitFailed))
                .trackingEventProcessorConfiguration(
                        TrackingEventProcessorConfiguration.forParallelProcessing(job.segments())
                                .andInitialSegmentsCount(job.segments())
                                .andBatchSize(batchSize)
                                // A worker notices its shutdown only between waits for events; the switch-over
                                // stops the replay once it has every event, so a long wait is pure delay there.
                                .andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        // Built here rather than by Axon's configuration, so it gets the live processors' filter explicitly.
        processor.registerHandlerInterceptor(erasedOwnerFilter);
        return processor;
    }

    private void superviseAll() {
        for (ReplayJob job : jobs.values()) {
            try {
                supervise(job);
            } catch (RuntimeException e) {
                log.error("Replay of {} could not be supervised", job.readModel().name(), e);
                synchronized (job) {
                    abandon(job, ReplayStatus.FAILED, "The switch-over failed: " + e.getClass().getSimpleName());
                }
            }
        }
    }

    private void supervise(ReplayJob job) {
        synchronized (job) {
            if (!job.running()) {
                return;
            }
            if (job.failure().isPresent()) {
                abandon(job, ReplayStatus.FAILED, null);
            } else if (job.position() >= head()) {
                switchOver(job);
            }
        }
    }

    /** Called with the job's lock held. */
    private void switchOver(ReplayJob job) {
        String name = job.readModel().name();
        TrackingEventProcessor live = processing.eventProcessorByProcessingGroup(name, TrackingEventProcessor.class)
                                                .orElseThrow(() -> new IllegalStateException("No tracking processor for " + name));
        schemas.analyze(job.readModel());
        live.shutDown();
        boolean switched = false;
        long reached = -1;
        try {
            if (!awaitReplayReaches(job, storedTokens.of(name))) {
                return;
            }
            reached = job.position();
            job.processor().shutDown();
            schemas.switchOver(job.readModel(), job.processorName(), job.segments(), lockTimeout);
            switched = true;
            // Cleared before the job ends: a new replay of this read model may start the moment it has ended.
            dropQuietly(job.readModel());
        } finally {
            // The job ends only after the live processor runs again: until then readiness counts it paused on
            // purpose, and an instance between the two would be taken out of the balancer for nothing.
            live.start();
            if (switched) {
                job.finish(ReplayStatus.COMPLETED, null, reached);
                log.info("Replay of read model {} completed at position {}", name, reached);
            } else if (job.running()) {
                abandon(job, ReplayStatus.FAILED, "The replay did not reach the live read model's position in time.");
            }
        }
    }

    /**
     * Lets the replay take the events the paused live processor has already applied. Positions are compared,
     * not gaps: the live processor takes over the replay's token with its gaps, so an event the replay has not
     * seen yet is handled after the switch.
     */
    private boolean awaitReplayReaches(ReplayJob job, List<TrackingToken> livePositions) {
        long target = livePositions.stream().mapToLong(token -> ReplayJob.positionOf(token).orElse(0)).max().orElse(0);
        long deadline = System.nanoTime() + catchUpTimeout.toNanos();
        log.info("Replay of {} at {} takes the events up to the paused live position {}", job.readModel().name(),
                 job.position(), target);
        while (System.nanoTime() < deadline && job.failure().isEmpty()) {
            if (job.position() >= target) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return false;
    }

    /** Called with the job's lock held: stops the replay and drops its schema; the live read model is untouched. */
    private void abandon(ReplayJob job, ReplayStatus outcome, String reason) {
        long reached = job.position();
        TrackingEventProcessor processor = job.processor();
        if (processor != null) {
            processor.shutDown();
        }
        dropQuietly(job.readModel());
        job.finish(outcome, reason, reached);
        log.info("Replay of read model {} ended: {}", job.readModel().name(), outcome);
    }

    private void dropQuietly(ReadModelDefinition readModel) {
        try {
            schemas.drop(readModel);
        } catch (RuntimeException e) {
            // Left-overs only cost space: the next replay of this read model drops them first.
            log.warn("Could not drop the replay schema of {}: {}", readModel.name(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        supervisor.shutdownNow();
        jobs.values().forEach(job -> {
            synchronized (job) {
                if (job.running()) {
                    abandon(job, ReplayStatus.CANCELLED, "The service stopped.");
                }
            }
        });
    }
}
