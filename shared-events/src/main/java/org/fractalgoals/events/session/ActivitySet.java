package org.fractalgoals.events.session;

import java.util.List;

/** One set of an activity instance: a value per metric (and split). */
public record ActivitySet(List<RecordedValue> values) {

    public ActivitySet {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
