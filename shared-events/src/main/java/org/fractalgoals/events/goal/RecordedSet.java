package org.fractalgoals.events.goal;

import java.util.List;

/** The values of one set (or the single values of an activity without sets). */
public record RecordedSet(List<MetricValue> values) {

    public RecordedSet {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
