package org.fractalgoals.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Map;
import java.util.TreeMap;

/**
 * Part of readiness: every streaming event processor of the service runs and none is stuck in error. A processor
 * paused on purpose (the last moment of a replay, see {@link PausedOnPurpose}) counts as running. Details name
 * processors and states, never event content.
 */
public class EventProcessorsHealth extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final PausedOnPurpose paused;

    public EventProcessorsHealth(EventProcessingConfiguration processing, PausedOnPurpose paused) {
        super("Event processors could not be checked");
        this.processing = processing;
        this.paused = paused;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, String> states = new TreeMap<>();
        boolean healthy = true;
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            String state;
            if (!processor.isRunning() && paused.pausedOnPurpose(entry.getKey())) {
                state = "PAUSED";
            } else if (!processor.isRunning()) {
                state = "STOPPED";
                healthy = false;
            } else if (processor.isError()) {
                state = "ERROR";
                healthy = false;
            } else {
                state = "RUNNING";
            }
            if (processor instanceof StreamingEventProcessor streaming && state.equals("RUNNING")
                    && streaming.processingStatus().values().stream().anyMatch(status -> status.isErrorState())) {
                state = "ERROR";
                healthy = false;
            }
            states.put(entry.getKey(), state);
        }
        (healthy ? health.up() : health.down()).withDetails(Map.copyOf(states));
    }
}
