package org.fractalgoals.query.export;

import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityEvent;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.personaldata.OwnedEvent;

import java.util.List;
import java.util.UUID;

/** An activity: its definition as created or last changed (each change replaces the whole definition). */
final class ActivityFold implements StateFold {

    private State state;
    private boolean deleted;

    @Override
    public void apply(OwnedEvent event) {
        if (!(event instanceof ActivityEvent activityEvent)) {
            return;
        }
        switch (activityEvent) {
            case ActivityCreated e -> state = new State(e.name(), e.description(), e.groupId(), e.hasSets(), e.hasSplits(),
                                                        e.hasMetrics(), e.multiplicative(), e.metrics(), e.splits());
            case ActivityChanged e -> state = new State(e.name(), e.description(), e.groupId(), e.hasSets(), e.hasSplits(),
                                                        e.hasMetrics(), e.multiplicative(), e.metrics(), e.splits());
            case ActivityDeleted e -> deleted = true;
        }
    }

    @Override
    public boolean deleted() {
        return deleted;
    }

    @Override
    public Object state() {
        return state;
    }

    record State(String name, String description, UUID groupId, boolean hasSets, boolean hasSplits, boolean hasMetrics,
                 boolean multiplicative, List<MetricDefinition> metrics, List<SplitDefinition> splits) {
    }
}
