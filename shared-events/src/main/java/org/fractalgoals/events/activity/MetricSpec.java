package org.fractalgoals.events.activity;

import java.util.UUID;

/**
 * A metric as a command asks for it. {@code metricId} names an existing metric to keep (on a change); null,
 * or an id the activity does not have, asks for a match by name and unit, else for a new metric.
 */
public record MetricSpec(UUID metricId, String name, String unit, boolean topSet, boolean multiplicative) {
}
