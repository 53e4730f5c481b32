package org.fractalgoals.query.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Per read model at {@code /actuator/prometheus}: position, lag behind the head of the event store, whether its
 * processor is in error, and the progress of a running replay. One look at the processors and the token table
 * serves all gauges of one scrape.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ProjectionOverview overview;
    private final Replays replays;
    private final ReadModelCatalogue catalogue;
    private volatile Map<String, ProjectionStatus> latest = Map.of();
    private volatile long takenAt;

    ProjectionMetrics(ProjectionOverview overview, Replays replays, ReadModelCatalogue catalogue) {
        this.overview = overview;
        this.replays = replays;
        this.catalogue = catalogue;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ReadModelDefinition readModel : catalogue.all()) {
            String name = readModel.name();
            gauge(registry, "fractal.projection.position", "Global position the read model has processed", name,
                  status -> status.position());
            gauge(registry, "fractal.projection.lag", "Events in the store the read model has not processed yet", name,
                  status -> status.lag());
            gauge(registry, "fractal.projection.error", "1 while the read model's processor is in error", name,
                  status -> "ERROR".equals(status.status()) ? 1 : 0);
            Gauge.builder("fractal.replay.processed", replays, r -> replay(r, name, ReplayProgress::processed))
                 .description("Events a running or last replay of the read model has processed")
                 .tag("read_model", name).register(registry);
            Gauge.builder("fractal.replay.total", replays, r -> replay(r, name, ReplayProgress::total))
                 .description("Events a running or last replay of the read model has to process")
                 .tag("read_model", name).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String metric, String description, String name,
                       ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(metric, this, metrics -> {
                 ProjectionStatus status = metrics.current().get(name);
                 return status == null ? Double.NaN : value.applyAsDouble(status);
             })
             .description(description).tag("read_model", name).register(registry);
    }

    private static double replay(Replays replays, String name, Function<ReplayProgress, Long> value) {
        return replays.progress(name).map(progress -> (double) value.apply(progress)).orElse(0.0);
    }

    private Map<String, ProjectionStatus> current() {
        long now = System.nanoTime();
        if (now - takenAt > FRESH_FOR.toNanos()) {
            List<ProjectionStatus> all = overview.all();
            latest = all.stream().collect(Collectors.toMap(ProjectionStatus::name, Function.identity()));
            takenAt = now;
        }
        return latest;
    }
}
