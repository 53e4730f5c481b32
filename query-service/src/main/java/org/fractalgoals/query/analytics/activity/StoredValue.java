package org.fractalgoals.query.analytics.activity;

import java.math.BigDecimal;
import java.util.UUID;

/** One recorded value as this read model keeps it: a metric's value, for a split when the activity has splits. */
record StoredValue(UUID metricId, UUID splitId, BigDecimal value) {
}
