package org.fractalgoals.query.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.fractalgoals.query.consistency.StoredTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments of every streaming processor among the query-service instances that run now. Axon's
 * tracking processors never rebalance by themselves: the first instance claims every segment it has a thread for.
 * So each instance heartbeats in {@code service_instance}, and every balance interval it compares, per processor,
 * the segments it holds with its fair share (segments divided by live instances, rounded up); holding more, it
 * releases one segment, which an instance with a free thread claims within its token claim interval. One segment
 * per round keeps the hand-over gradual. An instance alone keeps all segments (its thread count equals the segment
 * count), and when an instance stops its row is deleted (or ages out) and its claims expire, so the others take over.
 */
@Component
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;
    private final NodeId nodeId;
    private final Duration heartbeat;
    private final Duration balanceEvery;
    private final Duration liveFor;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, StoredTokens storedTokens, NodeId nodeId,
                    @Value("${fractal.scaling.heartbeat:PT3S}") Duration heartbeat,
                    @Value("${fractal.scaling.balance-every:PT10S}") Duration balanceEvery,
                    @Value("${fractal.scaling.live-for:PT15S}") Duration liveFor) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.storedTokens = storedTokens;
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.balanceEvery = balanceEvery;
        this.liveFor = liveFor;
    }

    /** The most segments of a processor one instance should hold: ceil(segments / live instances). */
    static int fairShare(int segments, int liveInstances) {
        if (segments <= 0) {
            return 0;
        }
        int instances = Math.max(1, liveInstances);
        return (segments + instances - 1) / instances;
    }

    /** The segment to hand over when this instance holds more than its share: the highest one it holds. */
    static OptionalInt segmentToRelease(Set<Integer> held, int segments, int liveInstances) {
        if (held.size() <= fairShare(segments, liveInstances)) {
            return OptionalInt.empty();
        }
        return held.stream().mapToInt(Integer::intValue).max();
    }

    @Override
    public void start() {
        beat();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::beatQuietly, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::balanceQuietly, balanceEvery.toMillis(), balanceEvery.toMillis(),
                                         TimeUnit.MILLISECONDS);
        running = true;
        log.info("Query-service instance {} shares event processing with the others", nodeId);
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        try {
            jdbc.update("delete from query.service_instance where node_id = ?", nodeId.value());
        } catch (RuntimeException e) {
            log.warn("Could not remove instance {} from service_instance; it ages out", nodeId, e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the event processors (which start in phase Integer.MAX_VALUE / 2 or earlier); stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    void beat() {
        jdbc.update("insert into query.service_instance (node_id) values (?) "
                    + "on conflict (node_id) do update set heartbeat_at = now()", nodeId.value());
    }

    int liveInstances() {
        Integer live = jdbc.queryForObject("select count(*) from query.service_instance "
                                           + "where heartbeat_at > now() - make_interval(secs => ?)",
                                           Integer.class, liveFor.toMillis() / 1000.0);
        return live == null ? 1 : Math.max(1, live);
    }

    /** One balancing round over every streaming processor of this instance. */
    void balance() {
        int live = liveInstances();
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                balance(streaming, live);
            }
        }
    }

    private void balance(StreamingEventProcessor processor, int live) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        Set<Integer> held = status.keySet();
        int segments = storedTokens.segments(processor.getName()).size();
        segmentToRelease(held, segments, live).ifPresent(segment -> {
            log.info("{} holds {} of {} segments of {} with {} instances live; releasing segment {}",
                     nodeId, held.size(), segments, processor.getName(), live, segment);
            processor.releaseSegment(segment);
        });
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("Heartbeat of instance {} failed", nodeId, e);
        }
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Balancing segments failed on instance {}", nodeId, e);
        }
    }
}
