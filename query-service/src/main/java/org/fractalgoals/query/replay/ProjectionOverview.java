package org.fractalgoals.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.fractalgoals.query.consistency.StoredTokens;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Position and lag of every read model, from the processors' live status and, for the rest, the token table. */
@Component
class ProjectionOverview {

    private final ReadModelCatalogue catalogue;
    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;
    private final Replays replays;

    ProjectionOverview(ReadModelCatalogue catalogue, EventProcessingConfiguration processing, StoredTokens storedTokens,
                       Replays replays) {
        this.catalogue = catalogue;
        this.processing = processing;
        this.storedTokens = storedTokens;
        this.replays = replays;
    }

    List<ProjectionStatus> all() {
        long head = replays.head();
        return catalogue.all().stream().map(readModel -> status(readModel.name(), head)).toList();
    }

    private ProjectionStatus status(String name, long head) {
        StreamingEventProcessor processor = processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                                                      .orElse(null);
        Map<Integer, TrackingToken> positions = new HashMap<>(storedTokens.bySegment(name));
        boolean error = false;
        if (processor != null) {
            for (Map.Entry<Integer, EventTrackerStatus> segment : processor.processingStatus().entrySet()) {
                positions.put(segment.getKey(), segment.getValue().getTrackingToken());
                error |= segment.getValue().isErrorState();
            }
        }
        long position = positions.isEmpty() ? 0 : positions.values().stream()
                                                           .mapToLong(token -> ReplayJob.positionOf(token).orElse(0))
                                                           .min()
                                                           .orElse(0);
        String state;
        if (processor == null || !processor.isRunning()) {
            state = "PAUSED";
        } else if (error || processor.isError()) {
            state = "ERROR";
        } else {
            state = replays.replaying(name) ? "REPLAYING" : "RUNNING";
        }
        return new ProjectionStatus(name, position, Math.max(0, head - position), state, positions.size());
    }
}
