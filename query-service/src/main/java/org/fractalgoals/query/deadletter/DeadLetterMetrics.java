package org.fractalgoals.query.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code fractal_dead_letters_total{read_model, event_type}}: events dead-lettered (the failed ones and those that
 * queued behind them), counted once their batch committed. {@code fractal_dead_letters_queued{read_model}}: dead
 * letters in the queue now. (Prometheus cannot have a gauge {@code fractal_dead_letters} beside a counter of that
 * name, whose samples are {@code fractal_dead_letters_total}.) One count query serves all gauges of one scrape.
 */
@Component
class DeadLetterMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** The registries Spring Boot bound this to (the exported ones), which the counters go to as well. */
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    private final List<String> readModels;
    private final JdbcTemplate jdbc;
    private volatile Map<String, Long> latest = Map.of();
    private volatile long takenAt;

    DeadLetterMetrics(EventProcessorProperties processors, DeadLetterProperties properties, JdbcTemplate jdbc) {
        this.readModels = processors.getProcessors().keySet().stream().filter(properties::enabledFor).sorted().toList();
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        registries.add(registry);
        for (String readModel : readModels) {
            Gauge.builder("fractal.dead.letters.queued", this, metrics -> metrics.current().getOrDefault(readModel, 0L))
                 .description("Dead letters of the read model now in its dead-letter queue")
                 .tag("read_model", readModel)
                 .register(registry);
        }
    }

    void deadLettered(String readModel, String eventType) {
        for (MeterRegistry registry : registries) {
            Counter.builder("fractal.dead.letters")
                   .description("Events a read model's projection could not handle, or that waited behind one")
                   .tag("read_model", readModel)
                   .tag("event_type", eventType)
                   .register(registry)
                   .increment();
        }
    }

    private Map<String, Long> current() {
        long now = System.nanoTime();
        if (now - takenAt > FRESH_FOR.toNanos()) {
            Map<String, Long> counts = new HashMap<>();
            jdbc.query("select processinggroup, count(*) from " + DeadLetterStore.TABLE + " group by processinggroup",
                       rs -> {
                           counts.put(rs.getString(1), rs.getLong(2));
                       });
            latest = counts;
            takenAt = now;
        }
        return latest;
    }
}
