package org.fractalgoals.events.activity;

import org.fractalgoals.events.personaldata.PersonalData;

import java.util.Objects;
import java.util.UUID;

/** A metric of an activity: what is measured and in which unit. */
public record MetricDefinition(UUID metricId, @PersonalData String name, @PersonalData String unit, boolean topSet,
                               boolean multiplicative) {

    public MetricDefinition {
        Objects.requireNonNull(metricId, "metricId");
    }
}
